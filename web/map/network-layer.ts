/**
 * The network on the map: service lines (colour by mode, dash by kind), border crossings (gauge
 * changes ringed) and terminals (symbol by kind). Each layer is (selection, data) with a keyed join.
 */
import * as d3 from 'd3';
import type { BorderItem, ServiceItem, TerminalItem } from '../view-model/network-features.ts';
import type { SymbolName } from '../view-model/map-style.ts';
import { wrapToWidth } from '../view-model/declutter.ts';
import { showsService, showsTerminal, type MapFilter } from '../view-model/map-filter.ts';
import { setLines } from './map-labels.ts';
import { pathInParts } from './path-parts.ts';
import type { G } from './map-view.ts';

export interface PickHandlers<T> {
  hover(item: T, ev: MouseEvent | FocusEvent): void;
  leave(): void;
  pick(item: T): void;
}

const SYMBOLS: Record<SymbolName, d3.SymbolType> = {
  circle: d3.symbolCircle,
  square: d3.symbolSquare,
  triangle: d3.symbolTriangle,
  diamond: d3.symbolDiamond,
  cross: d3.symbolCross,
  star: d3.symbolStar,
  wye: d3.symbolWye,
};

export function symbolPath(name: SymbolName, size: number): string {
  return d3.symbol(SYMBOLS[name], size)() ?? '';
}

/** Keyboard: Enter or Space on a focused map feature picks it, as a click does. */
function keyPick<T>(
  sel: d3.Selection<SVGElement, T, SVGGElement, unknown>,
  h: PickHandlers<T>,
): void {
  sel
    .attr('tabindex', 0)
    .on('mouseenter focus', (ev: MouseEvent | FocusEvent, d) => h.hover(d, ev))
    .on('mouseleave blur', () => h.leave())
    .on('click', (_ev, d) => h.pick(d))
    .on('keydown', (ev: KeyboardEvent, d) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        h.pick(d);
      }
    });
}

/**
 * Each service line's path, by projection and geometry: a line's shape does not change with the
 * language or the filters, so a redraw projects only lines it has not projected before.
 */
const projected = new WeakMap<d3.GeoPath, WeakMap<object, string>>();
function shapesOf(path: d3.GeoPath): WeakMap<object, string> {
  let shapes = projected.get(path);
  if (shapes === undefined) projected.set(path, (shapes = new WeakMap()));
  return shapes;
}

/** Projects each service line not projected yet (a step or a few each), then writes the paths in one keyed join. */
export function* drawServices(
  g: G,
  items: ServiceItem[],
  path: d3.GeoPath,
  h: PickHandlers<ServiceItem>,
): Generator<void> {
  const shapes = shapesOf(path);
  for (const d of items)
    if (!shapes.has(d.geometry)) shapes.set(d.geometry, yield* pathInParts(path, d.geometry));
  const sel = g
    .selectAll<SVGPathElement, ServiceItem>('path.service')
    .data(items, (d) => d.id)
    .join('path')
    .attr('class', (d) => `service mode-${d.mode} kind-${d.kind}`)
    .attr('data-id', (d) => d.id)
    .attr('d', (d) => shapes.get(d.geometry) ?? '')
    .attr('stroke', (d) => d.colour)
    .attr('stroke-width', (d) => d.style.width_px)
    .attr('stroke-dasharray', (d) => d.style.dash || null)
    .attr('role', 'button')
    .attr('aria-label', (d) => d.name);
  keyPick(sel as unknown as d3.Selection<SVGElement, ServiceItem, SVGGElement, unknown>, h);
}

/** Places point items at their projected position, counter-scaled so symbols keep their size. */
export function placePoints(g: G, selector: string, projection: d3.GeoProjection, k: number): void {
  g.selectAll<SVGGElement, { lon: number; lat: number }>(selector).attr('transform', (d) => {
    const [x, y] = projection([d.lon, d.lat]) ?? [0, 0];
    return `translate(${x},${y}) scale(${1 / k})`;
  });
}

/** Draws the terminals' symbols, then wraps their names (a few a step). */
export function* drawTerminals(
  g: G,
  items: TerminalItem[],
  projection: d3.GeoProjection,
  k: number,
  h: PickHandlers<TerminalItem>,
  label: (d: TerminalItem) => string,
): Generator<void> {
  const sel = g
    .selectAll<SVGGElement, TerminalItem>('g.terminal')
    .data(items, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('path').attr('class', 'symbol');
      // hidden until the map's label layout places it (or finds no room for it)
      e.append('text')
        .attr('class', 'tlabel')
        .attr('x', 7)
        .attr('y', 4)
        .attr('visibility', 'hidden');
      return e;
    })
    .attr('class', (d) => `terminal tkind-${d.kind}`)
    .attr('data-id', (d) => d.id)
    .attr('role', 'button')
    .attr('aria-label', (d) => d.name);
  sel
    .select('path.symbol')
    .attr('d', (d) => symbolPath(d.symbol, d.kind === 'city_hub' ? 40 : 60))
    .attr('fill', (d) => d.fill);
  placePoints(g, 'g.terminal', projection, k);
  keyPick(sel as unknown as d3.Selection<SVGElement, TerminalItem, SVGGElement, unknown>, h);
  yield;
  // the map name drops a trailing qualifier ("(rail terminal)") and wraps instead of being cut
  const texts: [SVGTextElement, TerminalItem][] = [];
  sel.select<SVGTextElement>('text.tlabel').each(function (d) {
    texts.push([this, d]);
  });
  for (const [text, d] of texts) {
    setLines(
      text,
      wrapToWidth(label(d).replace(/\s*[(（][^()（）]*[)）]\s*$/, ''), 130, TERMINAL_LABEL_PX),
    );
    yield;
  }
}

export function drawBorders(
  g: G,
  items: BorderItem[],
  projection: d3.GeoProjection,
  k: number,
  h: PickHandlers<BorderItem>,
): void {
  const sel = g
    .selectAll<SVGGElement, BorderItem>('g.border')
    .data(items, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('circle').attr('class', 'ring');
      return e;
    })
    .attr('class', (d) => `border${d.gauge_change ? ' gauge-change' : ''}`)
    .attr('data-id', (d) => d.id)
    .attr('role', 'button')
    .attr('aria-label', (d) => d.name);
  sel.select('circle.ring').attr('r', (d) => (d.gauge_change ? 9 : 6));
  placePoints(g, 'g.border', projection, k);
  keyPick(sel as unknown as d3.Selection<SVGElement, BorderItem, SVGGElement, unknown>, h);
}

const TERMINAL_LABEL_PX = 11;

/** Hides the lines and terminals the legend's filter switched off (the join keeps them, for focus). */
export function applyMapFilter(services: G, terminals: G, f: MapFilter): void {
  services
    .selectAll<SVGPathElement, { mode: string; kind: string }>('path.service')
    .attr('display', (d) => (showsService(f, d) ? null : 'none'));
  terminals
    .selectAll<SVGGElement, TerminalItem>('g.terminal')
    .attr('display', (d) => (showsTerminal(f, d) ? null : 'none'));
}
