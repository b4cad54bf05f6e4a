/**
 * The map frame: an SVG with a d3-geo projection and path adapter, d3-zoom on one group, and the
 * layer groups in drawing order. Lines keep their width when zoomed (non-scaling stroke); point
 * symbols are counter-scaled through `onZoom` listeners.
 */
import * as d3 from 'd3';
import {
  PRESETS,
  PROJECTION_ROTATE,
  frameBox,
  type GeoBox,
  type PresetId,
} from '../view-model/projection-presets.ts';
import { drawScaleBar } from './scale-bar.ts';

type Svg = d3.Selection<SVGSVGElement, unknown, null, undefined>;
export type G = d3.Selection<SVGGElement, unknown, null, undefined>;

export interface MapView {
  svg: Svg;
  projection: d3.GeoProjection;
  path: d3.GeoPath;
  layers: { basemap: G; services: G; routes: G; borders: G; terminals: G; labels: G };
  /** current zoom scale */
  k(): number;
  zoomTo(preset: PresetId, animate?: boolean): void;
  /** frames a geographic box (e.g. the routes of an answer) */
  zoomToBox(box: GeoBox, animate?: boolean): void;
  onZoom(listener: (k: number) => void): void;
  /** after any pan or zoom, at most once a frame */
  onMove(listener: () => void): void;
  /** the map's own words (the scale bar's unit) in the page's language, after a language switch */
  relabel(): void;
}

/** Base projection scale for a width: the whole Eurasia preset fits at k = 1 around 1000 px. */
const BASE_SCALE_PER_PX = 0.19;

export function createMapView(svgEl: SVGSVGElement): MapView {
  const svg = d3.select(svgEl);
  const projection = d3
    .geoNaturalEarth1()
    .rotate(PROJECTION_ROTATE)
    .scale(1000 * BASE_SCALE_PER_PX)
    .translate([0, 0]);
  const path = d3.geoPath(projection);
  svg.selectAll('*').remove();
  svg
    .append('rect')
    .attr('class', 'ocean')
    .attr('x', -1e5)
    .attr('y', -1e5)
    .attr('width', 2e5)
    .attr('height', 2e5);
  const root = svg.append('g').attr('class', 'zoom-root');
  const layer = (name: string) => root.append('g').attr('class', `layer layer-${name}`);
  const layers = {
    basemap: layer('basemap'),
    services: layer('services'),
    routes: layer('routes'),
    borders: layer('borders'),
    terminals: layer('terminals'),
    labels: layer('labels'),
  };
  // outside the zoomed group: the bar stays put and is redrawn for the view's centre
  const scaleBar = svg.append('g').attr('class', 'scale-bar').attr('aria-hidden', 'true');
  const listeners: ((k: number) => void)[] = [];
  const moveListeners: (() => void)[] = [];
  let moveFrame = 0;
  let current = d3.zoomIdentity;
  const zoom = d3
    .zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 60])
    .on('zoom', (ev: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
      const kChanged = ev.transform.k !== current.k;
      current = ev.transform;
      root.attr('transform', current.toString());
      if (kChanged) for (const l of listeners) l(current.k);
      if (moveFrame === 0)
        moveFrame = requestAnimationFrame(() => {
          moveFrame = 0;
          redrawScale();
          for (const l of moveListeners) l();
        });
    });
  svg.call(zoom).on('dblclick.zoom', null);

  const size = () => ({ width: svgEl.clientWidth || 900, height: svgEl.clientHeight || 500 });
  function redrawScale(): void {
    const { width, height } = size();
    const unit = document.documentElement.lang.startsWith('zh') ? '公里' : 'km';
    drawScaleBar(scaleBar, projection, current, width, height, unit);
  }
  const project = (p: [number, number]) => projection(p) as [number, number] | null;

  return {
    svg,
    projection,
    path,
    layers,
    k: () => current.k,
    zoomTo(preset, animate = true) {
      this.zoomToBox(PRESETS[preset], animate);
    },
    zoomToBox(box, animate = true) {
      const { width, height } = size();
      const f = frameBox(project, box, width, height, 28);
      const t = d3.zoomIdentity.translate(f.x, f.y).scale(f.k);
      if (animate) svg.transition().duration(450).call(zoom.transform, t);
      else svg.call(zoom.transform, t);
    },
    onZoom(listener) {
      listeners.push(listener);
    },
    onMove(listener) {
      moveListeners.push(listener);
    },
    relabel: redrawScale,
  };
}
