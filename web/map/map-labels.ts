/**
 * Lays out every name on the map at once: the chosen route's stops first, then terminals by how
 * much a planner looks for them (border gateways, cities, ports, airports …). Each name is wrapped
 * to at most three short lines, measured as drawn, and put at the first free spot around its marker
 * inside the visible map and clear of the panels over it (`placeLabels`); a name with no free spot
 * is hidden whole rather than cut.
 */
import * as d3 from 'd3';
import type { TerminalItem } from '../view-model/network-features.ts';
import { estimateTextWidth } from '../view-model/declutter.ts';
import {
  markerBox,
  placeLabels,
  type LabelRequest,
  type Placement,
  type Rect,
} from '../view-model/label-placement.ts';

/** Font sizes as styles.css sets them, for the line height and the fallback width estimate. */
const FONT_PX = { terminal: 11, stop: 13 } as const;
const LINE_HEIGHT = 1.2;
/** the white halo around the text adds this much on each side */
const HALO_PX = 1.5;
const MARGIN_PX = 4;
/** the radius of a gauge-change ring (styles and network-layer draw it 9 px) */
const BORDER_RING_PX = 9;

/** Where a planner looks first: gateways, then cities, ports and airports, then the rest. */
const LABEL_RANK = [
  'border_station',
  'city_hub',
  'seaport',
  'airport',
  'bonded_zone',
  'rail_terminal',
  'express_centre',
  'road_terminal',
];

function rankOf(kinds: readonly string[]): number {
  const ranks = kinds.map((k) => LABEL_RANK.indexOf(k)).filter((i) => i >= 0);
  return ranks.length ? Math.min(...ranks) : LABEL_RANK.length;
}

/** Writes a label as one <tspan> per line. */
export function setLines(text: SVGTextElement, lines: readonly string[]): void {
  const current = [...text.querySelectorAll('tspan')].map((t) => t.textContent);
  if (current.length === lines.length && current.every((c, i) => c === lines[i])) return;
  text.replaceChildren(
    ...lines.map((line) => {
      const span = document.createElementNS('http://www.w3.org/2000/svg', 'tspan');
      span.textContent = line;
      return span;
    }),
  );
  sizes.delete(text);
}

const sizes = new WeakMap<SVGTextElement, { key: string; w: number; h: number }>();
/** bumped when font slices arrive: every label is measured again */
let fontGeneration = 0;
export function forgetLabelSizes(): void {
  fontGeneration += 1;
}

/** The drawn size of a label block (measured once per text and font), halo included. */
function measure(text: SVGTextElement, fontPx: number): { w: number; h: number } {
  const spans = [...text.querySelectorAll('tspan')];
  const key = `${fontGeneration}|${spans.map((s) => s.textContent).join('\n')}`;
  const cached = sizes.get(text);
  if (cached?.key === key) return cached;
  let w = 0;
  for (const s of spans) {
    const measured = s.getComputedTextLength();
    w = Math.max(w, measured > 0 ? measured : estimateTextWidth(s.textContent ?? '', fontPx));
  }
  const size = { key, w: w + 2 * HALO_PX, h: spans.length * fontPx * LINE_HEIGHT + 2 * HALO_PX };
  sizes.set(text, size);
  return size;
}

/** Puts the text block into its placed box (positions are relative to the counter-scaled marker). */
function applyPlacement(
  text: SVGTextElement,
  p: Placement | undefined,
  x: number,
  y: number,
  fontPx: number,
): void {
  if (!p) {
    text.setAttribute('visibility', 'hidden');
    return;
  }
  text.removeAttribute('visibility');
  const anchor = p.spot.endsWith('left')
    ? 'end'
    : p.spot === 'above' || p.spot === 'below'
      ? 'middle'
      : 'start';
  const tx =
    anchor === 'start'
      ? p.box.x0 + HALO_PX - x
      : anchor === 'end'
        ? p.box.x1 - HALO_PX - x
        : (p.box.x0 + p.box.x1) / 2 - x;
  // the first baseline sits about one font size below the block's top
  const ty = p.box.y0 + HALO_PX + fontPx * 0.95 - y;
  text.setAttribute('text-anchor', anchor);
  text.setAttribute('x', String(tx));
  text.setAttribute('y', String(ty));
  text.querySelectorAll('tspan').forEach((s, i) => {
    s.setAttribute('x', String(tx));
    s.setAttribute('dy', i === 0 ? '0' : String(fontPx * LINE_HEIGHT));
  });
}

/** Panels laid over the map (buttons, the open legend key, details), as boxes in map pixels. */
function overlayBoxes(svg: SVGSVGElement, overlays: readonly Element[]): Rect[] {
  const origin = svg.getBoundingClientRect();
  const out: Rect[] = [];
  for (const el of overlays) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({
      x0: r.left - origin.left - MARGIN_PX,
      y0: r.top - origin.top - MARGIN_PX,
      x1: r.right - origin.left + MARGIN_PX,
      y1: r.bottom - origin.top + MARGIN_PX,
    });
  }
  return out;
}

interface StopDatum {
  lon: number;
  lat: number;
  role: 'origin' | 'destination' | 'transfer';
  terminal: { id: string };
}

export function layoutMapLabels(
  svg: SVGSVGElement,
  layers: {
    terminals: d3.Selection<SVGGElement, unknown, null, undefined>;
    borders: d3.Selection<SVGGElement, unknown, null, undefined>;
    labels: d3.Selection<SVGGElement, unknown, null, undefined>;
  },
  projection: d3.GeoProjection,
  overlays: readonly Element[],
): void {
  // nothing to name yet (no network, no route): no layout is read, so none is forced
  if (layers.terminals.select('g.terminal').empty() && layers.labels.select('g.stop').empty())
    return;
  const width = svg.clientWidth;
  const height = svg.clientHeight;
  if (width === 0 || height === 0) return;
  const view = d3.zoomTransform(svg);
  const screen = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat]) ?? [0, 0];
    return view.apply(p);
  };
  const bounds: Rect = {
    x0: MARGIN_PX,
    y0: MARGIN_PX,
    x1: width - MARGIN_PX,
    y1: height - MARGIN_PX,
  };
  const obstacles: (Rect & { id?: string; marker?: boolean })[] = overlayBoxes(svg, overlays);

  const shown = (el: Element) => el.getAttribute('display') !== 'none';
  const terminals: { d: TerminalItem; el: SVGGElement; x: number; y: number }[] = [];
  layers.terminals.selectAll<SVGGElement, TerminalItem>('g.terminal').each(function (d) {
    if (!shown(this)) return;
    const [x, y] = screen(d.lon, d.lat);
    terminals.push({ d, el: this, x, y });
    obstacles.push(markerBox(d.id, x, y, 5));
  });
  const borderMarks: { id: string; x: number; y: number }[] = [];
  layers.borders
    .selectAll<SVGGElement, { id: string; lon: number; lat: number }>('g.border')
    .each(function (d) {
      const [x, y] = screen(d.lon, d.lat);
      obstacles.push(markerBox(`border:${d.id}`, x, y, BORDER_RING_PX));
      borderMarks.push({ id: `border:${d.id}`, x, y });
    });

  const stops: { el: SVGTextElement; x: number; y: number; id: string; end: boolean }[] = [];
  layers.labels.selectAll<SVGGElement, StopDatum>('g.stop').each(function (d) {
    const [x, y] = screen(d.lon, d.lat);
    const text = this.querySelector('text');
    obstacles.push(markerBox(d.terminal.id, x, y, 6));
    if (text) stops.push({ el: text, x, y, id: d.terminal.id, end: d.role !== 'transfer' });
  });
  const stopIds = new Set(stops.map((s) => s.id));

  const requests: (LabelRequest & { el: SVGTextElement; font: number })[] = [];
  // the origin and the destination first, and named even over other markers
  stops.sort((a, b) => Number(b.end) - Number(a.end));
  for (const s of stops) {
    const { w, h } = measure(s.el, FONT_PX.stop);
    requests.push({
      id: s.id,
      x: s.x,
      y: s.y,
      width_px: w,
      height_px: h,
      gap_px: 8,
      over_markers: s.end,
      el: s.el,
      font: FONT_PX.stop,
    });
  }
  const hiddenTexts: SVGTextElement[] = [];
  terminals
    .sort((a, b) => rankOf(a.d.kinds) - rankOf(b.d.kinds))
    .forEach((t) => {
      const text = t.el.querySelector<SVGTextElement>('text.tlabel');
      if (!text) return;
      // a stop of the chosen route is named by the route's own, bolder label
      if (stopIds.has(t.d.id)) return void hiddenTexts.push(text);
      const { w, h } = measure(text, FONT_PX.terminal);
      // a station with its border ring drawn round it: the name starts outside the ring
      const own = borderMarks
        .filter((b) => Math.hypot(b.x - t.x, b.y - t.y) < BORDER_RING_PX)
        .map((b) => b.id);
      requests.push({
        id: t.d.id,
        x: t.x,
        y: t.y,
        width_px: w,
        height_px: h,
        gap_px: own.length > 0 ? BORDER_RING_PX + 2 : 7,
        own,
        el: text,
        font: FONT_PX.terminal,
      });
    });
  const placed = new Map(placeLabels(requests, bounds, obstacles).map((p) => [p.id, p]));
  for (const r of requests) applyPlacement(r.el, placed.get(r.id), r.x, r.y, r.font);
  for (const t of hiddenTexts) applyPlacement(t, undefined, 0, 0, 0);
}
