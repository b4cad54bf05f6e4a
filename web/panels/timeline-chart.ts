/**
 * The leg timeline (Gantt) of the selected route: one row per step (running, waiting, border dwell,
 * transfers, customs) in chronological order on a calendar axis in the page's time zone, which the
 * chart names above its axis. Labels are wrapped in a column of their own, never cut at the edge,
 * and each row says when the step starts and ends. Everything is in the SVG, so the chart exports
 * whole.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import { t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { wrapToWidth } from '../view-model/declutter.ts';
import {
  routeSpan,
  STEP_COLOURS,
  STEP_TYPES,
  timelineLayout,
  type TimelineBar,
} from '../view-model/timeline-bars.ts';
import { routeCorridorName } from '../view-model/corridor-label.ts';
import type { TimeZoneId } from '../view-model/time-zone.ts';

const LABEL_PX = 12;
const LINE_PX = 15;
const ROW_GAP_PX = 7;
/** room for one date label on the axis ("28 Dec", "12月28日") */
const TICK_LABEL_PX = 60;
const MARGIN = { top: 44, right: 16, bottom: 10, left: 4 };

interface PlacedBar extends TimelineBar {
  lines: string[];
  whenLines: string[];
  y: number;
  height: number;
  /** top of the bar within the row */
  barY: number;
}

const BAR_PX = 12;
/** below this width the label goes above its bar, which then spans the whole chart */
const STACK_BELOW_PX = 560;

/**
 * The selected route's timeline, and a second route's under it on the same calendar scale when one
 * is chosen to compare: equal lengths of time are equally long in both, so waits and border dwell
 * line up by eye. Panes and bars are keyed by route and step.
 */
export function renderTimeline(
  host: HTMLElement,
  route: Route | undefined,
  lang: Lang,
  zone: TimeZoneId,
  other?: Route,
): void {
  const root = d3.select(host);
  const routes = route ? (other && other.id !== route.id ? [route, other] : [route]) : [];
  root
    .selectAll<HTMLParagraphElement, string>('p.empty')
    .data(route ? [] : [t(lang, 'timeline.empty')])
    .join('p')
    .attr('class', 'muted empty')
    .text((d) => d);
  const spans = routes.map(routeSpan);
  const span = {
    first_ms: Math.min(...spans.map((s) => s.first_ms)),
    last_ms: Math.max(...spans.map((s) => s.last_ms)),
  };
  const panes = root
    .selectAll<HTMLDivElement, Route>('div.timeline-pane')
    .data(routes, (r) => r.id)
    .join((e) => {
      const pane = e.append('div').attr('class', 'timeline-pane');
      pane.append('h3').attr('class', 'timeline-route');
      pane.append('div').attr('class', 'timeline-svg');
      return pane;
    })
    .attr('data-route', (r) => r.id)
    .order();
  panes
    .select('h3.timeline-route')
    .attr('hidden', routes.length > 1 ? null : '')
    .text((r, i) => `${i === 0 ? 'A' : 'B'} · ${routeCorridorName(lang, r)}`);
  panes.select<HTMLDivElement>('div.timeline-svg').each(function (r) {
    drawPane(this, r, lang, zone, routes.length > 1 ? span : undefined, host.clientWidth);
  });
  root
    .selectAll<HTMLDivElement, number>('div.chart-legend')
    .data(route ? [0] : [])
    .join('div')
    .attr('class', 'chart-legend')
    .selectAll<HTMLSpanElement, (typeof STEP_TYPES)[number]>('span.legend-item')
    .data(STEP_TYPES, (d) => d)
    .join((e) => {
      const item = e.append('span').attr('class', 'legend-item');
      item.append('span').attr('class', 'swatch');
      item.append('span').attr('class', 'legend-text');
      return item;
    })
    .call((item) => item.select('span.swatch').style('background', (d) => STEP_COLOURS[d]))
    .call((item) => item.select('span.legend-text').text((d) => tDynamic(lang, `step.${d}`)));
  // a pane that entered after the legend goes above it
  root.select<HTMLDivElement>('div.chart-legend').raise();
}

/** One route's chart: the calendar axis, then a row per step with its label, dates and bar. */
function drawPane(
  host: HTMLElement,
  route: Route,
  lang: Lang,
  zone: TimeZoneId,
  span: { first_ms: number; last_ms: number } | undefined,
  hostWidth: number,
): void {
  const root = d3.select(host);
  root.selectAll('svg').remove();
  const width = Math.max(300, hostWidth || 600);
  const stacked = width < STACK_BELOW_PX;
  // the labels get their own column: wide enough for a border name on two lines
  const labelW = stacked
    ? width - MARGIN.left - MARGIN.right
    : Math.round(Math.min(300, Math.max(180, width * 0.36)));
  const barsX = stacked ? MARGIN.left : MARGIN.left + labelW + 10;
  const innerW = width - barsX - MARGIN.right;
  const layout = timelineLayout(route, lang, zone, Math.floor(innerW / TICK_LABEL_PX), span);
  let y = 0;
  const placed: PlacedBar[] = layout.bars.map((b) => {
    const lines = wrapToWidth(b.label, labelW, LABEL_PX, stacked ? 4 : 3);
    const whenLines = wrapToWidth(`${b.when} · ${b.duration}`, labelW, LABEL_PX - 1, 2);
    const textH = (lines.length + whenLines.length) * LINE_PX;
    const height = textH + (stacked ? BAR_PX + 4 : 0) + ROW_GAP_PX;
    const barY = stacked ? textH + 2 : (textH - BAR_PX) / 2;
    const p = { ...b, lines, whenLines, y, height, barY };
    y += height;
    return p;
  });
  const rowsH = y;
  const height = MARGIN.top + rowsH + MARGIN.bottom;
  const x = d3.scaleLinear().domain([0, layout.total_h]).range([0, innerW]);
  const svg = root
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `${t(lang, 'timeline.title')} · ${layout.zone_note}`);
  svg
    .append('text')
    .attr('class', 'zone-note')
    .attr('x', MARGIN.left)
    .attr('y', 14)
    .text(layout.zone_note);
  const axis = svg.append('g').attr('transform', `translate(${barsX},${MARGIN.top})`);
  axis
    .selectAll('g.tick')
    .data(layout.ticks, (d) => String((d as { h: number }).h))
    .join((e) => {
      const tick = e.append('g').attr('class', 'tick');
      tick.append('line');
      tick.append('text');
      return tick;
    })
    .attr('transform', (d) => `translate(${x(d.h)},0)`)
    .call((s) => s.select('line').attr('y1', -6).attr('y2', rowsH))
    .call((s) =>
      s
        .select('text')
        .attr('y', -10)
        // the first and a last date at the edge stay inside the chart
        .attr('text-anchor', (d, i) =>
          i === 0 ? 'start' : x(d.h) > innerW - TICK_LABEL_PX / 2 ? 'end' : 'middle',
        )
        .text((d) => d.label),
    );
  axis
    .append('line')
    .attr('class', 'depart-mark')
    .attr('x1', x(layout.depart_h))
    .attr('x2', x(layout.depart_h))
    .attr('y1', 0)
    .attr('y2', rowsH);
  const rows = svg
    .append('g')
    .attr('transform', `translate(0,${MARGIN.top})`)
    .selectAll<SVGGElement, PlacedBar>('g.bar')
    .data(placed, (d) => d.id)
    .join((e) => {
      const row = e.append('g');
      row.append('text').attr('class', 'bar-label');
      row.append('text').attr('class', 'bar-when');
      row.append('rect');
      row.append('title');
      return row;
    })
    .attr('class', (d) => `bar step-${d.type}`)
    .attr('data-start-h', (d) => d.start_h)
    .attr('transform', (d) => `translate(0,${d.y})`);
  rows
    .select<SVGTextElement>('text.bar-label')
    .attr('x', MARGIN.left)
    .attr('y', LINE_PX - 3)
    .selectAll('tspan')
    .data((d) => d.lines)
    .join('tspan')
    .attr('x', MARGIN.left)
    .attr('dy', (_l, i) => (i === 0 ? 0 : LINE_PX))
    .text((l) => l);
  rows
    .select<SVGTextElement>('text.bar-when')
    .attr('x', MARGIN.left)
    .attr('y', (d) => d.lines.length * LINE_PX + LINE_PX - 4)
    .selectAll('tspan')
    .data((d) => d.whenLines)
    .join('tspan')
    .attr('x', MARGIN.left)
    .attr('dy', (_l, i) => (i === 0 ? 0 : LINE_PX))
    .text((l) => l);
  rows
    .select('rect')
    .attr('x', (d) => barsX + x(d.start_h))
    .attr('y', (d) => d.barY)
    .attr('height', BAR_PX)
    .attr('rx', 2)
    .attr('width', (d) => Math.max(2, x(d.end_h) - x(d.start_h)))
    .attr('fill', (d) => d.colour);
  rows.select('title').text((d) => `${d.label}: ${d.when} (${d.duration})`);
}
