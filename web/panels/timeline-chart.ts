/**
 * The leg timeline (Gantt) of the selected route: one row per step (running, waiting, border dwell,
 * transfers, customs) on an axis of days from departure.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import { formatDuration } from '../view-model/format.ts';
import { t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { truncateToWidth } from '../view-model/declutter.ts';
import {
  STEP_COLOURS,
  STEP_TYPES,
  timelineBars,
  type TimelineBar,
} from '../view-model/timeline-bars.ts';

const ROW_PX = 18;
const MARGIN = { top: 22, right: 16, bottom: 8, left: 190 };

export function renderTimeline(host: HTMLElement, route: Route | undefined, lang: Lang): void {
  const root = d3.select(host);
  root.selectAll('*').remove();
  if (!route) {
    root.append('p').attr('class', 'muted empty').text(t(lang, 'timeline.empty'));
    return;
  }
  const layout = timelineBars(route);
  const width = Math.max(320, host.clientWidth || 600);
  const left = width < 520 ? 120 : MARGIN.left;
  const innerW = width - left - MARGIN.right;
  const height = MARGIN.top + layout.bars.length * ROW_PX + MARGIN.bottom;
  const x = d3.scaleLinear().domain([0, layout.total_h]).range([0, innerW]);
  const svg = root
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', t(lang, 'timeline.title'));
  const g = svg.append('g').attr('transform', `translate(${left},${MARGIN.top})`);
  g.selectAll('g.tick')
    .data(layout.ticks_h, (d) => String(d))
    .join((e) => {
      const tick = e.append('g').attr('class', 'tick');
      tick.append('line');
      tick.append('text');
      return tick;
    })
    .attr('transform', (d) => `translate(${x(d)},0)`)
    .call((s) =>
      s
        .select('line')
        .attr('y1', -4)
        .attr('y2', layout.bars.length * ROW_PX),
    )
    .call((s) =>
      s
        .select('text')
        .attr('y', -8)
        .attr('text-anchor', 'middle')
        .text((d) => `${d / 24}${lang === 'zh' ? '天' : 'd'}`),
    );
  const rows = g
    .selectAll<SVGGElement, TimelineBar>('g.bar')
    .data(layout.bars, (d) => d.id)
    .join((e) => {
      const row = e.append('g');
      row.append('text').attr('class', 'bar-label');
      row.append('rect');
      row.append('title');
      return row;
    })
    .attr('class', (d) => `bar step-${d.type}`)
    .attr('transform', (d) => `translate(0,${d.row * ROW_PX})`);
  const labelWidth_px = left - 14;
  rows
    .select('text.bar-label')
    .attr('x', -8)
    .attr('y', ROW_PX / 2 + 4)
    .attr('text-anchor', 'end')
    .text((d) => truncateToWidth(lang === 'zh' ? d.label_zh : d.label, labelWidth_px, 11));
  rows
    .select('rect')
    .attr('x', (d) => x(d.start_h))
    .attr('y', 3)
    .attr('height', ROW_PX - 6)
    .attr('width', (d) => Math.max(2, x(d.end_h) - x(d.start_h)))
    .attr('fill', (d) => d.colour);
  rows
    .select('title')
    .text(
      (d) =>
        `${lang === 'zh' ? d.label_zh : d.label}: ${formatDuration(lang, d.end_h - d.start_h)}`,
    );
  const legend = root.append('div').attr('class', 'chart-legend');
  for (const type of STEP_TYPES) {
    const item = legend.append('span').attr('class', 'legend-item');
    item.append('span').attr('class', 'swatch').style('background', STEP_COLOURS[type]);
    item.append('span').text(tDynamic(lang, `step.${type}`));
  }
}
