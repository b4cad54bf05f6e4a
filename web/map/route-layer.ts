/**
 * Planned routes on the map: the alternatives faint, the selected route bold with a halo, its stops
 * labelled in the chosen language and its border crossings marked.
 */
import type * as d3 from 'd3';
import type { Route } from '../types.ts';
import {
  routeFeatures,
  type RouteLegFeature,
  type RouteStopFeature,
} from '../view-model/route-features.ts';
import { pickName, type Lang } from '../view-model/i18n.ts';
import { placePoints } from './network-layer.ts';
import { wrapToWidth } from '../view-model/declutter.ts';
import { setLines } from './map-labels.ts';
import type { G } from './map-view.ts';

interface DrawnLeg extends RouteLegFeature {
  selected: boolean;
}

interface Label extends RouteStopFeature {
  lon: number;
  lat: number;
}

export function drawRoutes(
  g: G,
  labels: G,
  routes: readonly Route[],
  selected: Route | undefined,
  path: d3.GeoPath,
  projection: d3.GeoProjection,
  k: number,
  lang: Lang,
): void {
  const others = routes.filter((r) => r !== selected && r.id !== selected?.id);
  const legs: DrawnLeg[] = [
    ...others.flatMap((r) => routeFeatures(r).legs.map((l) => ({ ...l, selected: false }))),
    ...(selected
      ? routeFeatures(selected).legs.map((l) => ({ ...l, id: `sel:${l.id}`, selected: true }))
      : []),
  ];
  const line = (d: DrawnLeg) => path({ type: 'LineString', coordinates: d.coordinates }) ?? '';
  g.selectAll<SVGPathElement, DrawnLeg>('path.route-halo')
    .data(
      legs.filter((l) => l.selected),
      (d) => d.id,
    )
    .join('path')
    .attr('class', 'route-halo')
    .attr('d', line);
  g.selectAll<SVGPathElement, DrawnLeg>('path.route-leg')
    .data(legs, (d) => d.id)
    .join('path')
    .attr('class', (d) => `route-leg${d.selected ? ' selected' : ''}`)
    .attr('data-route', (d) => d.id.replace(/^sel:/, '').split('#')[0] ?? '')
    .attr('d', line)
    .attr('stroke', (d) => d.colour)
    .attr('stroke-dasharray', (d) => (d.mode === 'air' ? '2 4' : null))
    .raise();
  g.selectAll('path.route-leg.selected').raise();

  const stops: Label[] = selected
    ? routeFeatures(selected).stops.map((s) => ({ ...s, lon: s.terminal.lon, lat: s.terminal.lat }))
    : [];
  const sel = labels
    .selectAll<SVGGElement, Label>('g.stop')
    .data(stops, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('circle').attr('r', 5);
      e.append('text').attr('x', 8).attr('y', 4);
      return e;
    })
    .attr('class', (d) => `stop ${d.role}`);
  // the map label drops a trailing qualifier ("(rail terminal)"): the hover and the cards keep it
  sel.select<SVGTextElement>('text').each(function (d) {
    setLines(
      this,
      wrapToWidth(
        pickName(lang, d.terminal).replace(/\s*[(（][^()（）]*[)）]\s*$/, ''),
        170,
        LABEL_FONT_PX,
      ),
    );
  });
  placePoints(labels, 'g.stop', projection, k);
}

const LABEL_FONT_PX = 13;
