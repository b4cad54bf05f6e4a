/**
 * The Pareto chart: each route a point at (P50 days, cost), coloured by CO2e, the front joined by a
 * step line. Points are focusable; clicking or pressing Enter selects the route.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import { formatCo2e, formatDays, formatNumber, formatUsd } from '../view-model/format.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import { shortCorridorLabel } from '../view-model/corridor-label.ts';
import {
  paretoFront,
  paretoPoints,
  paretoScales,
  type ParetoPoint,
} from '../view-model/pareto-points.ts';

const M = { top: 14, right: 18, bottom: 40, left: 86 };

export function renderPareto(
  host: HTMLElement,
  routes: readonly Route[],
  lang: Lang,
  isSelected: (route_id: string) => boolean,
  onSelect: (route_id: string) => void,
): void {
  const root = d3.select(host);
  root.selectAll('*').remove();
  if (routes.length === 0) {
    root.append('p').attr('class', 'muted empty').text(t(lang, 'pareto.empty'));
    return;
  }
  const width = Math.max(300, host.clientWidth || 420);
  const height = 260;
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const pts = paretoPoints(routes);
  const s = paretoScales(pts, w, h);
  const svg = root
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('aria-label', t(lang, 'pareto.title'));
  const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  const xAxis = d3
    .axisBottom(s.x)
    .tickValues(s.xTicks)
    .tickFormat((v) => formatNumber(lang, Number(v)));
  g.append('g').attr('class', 'axis').attr('transform', `translate(0,${h})`).call(xAxis);
  const yAxis = d3
    .axisLeft(s.y)
    .tickValues(s.yTicks)
    .tickFormat((v) => formatUsd(lang, Number(v)));
  g.append('g').attr('class', 'axis').call(yAxis);
  g.append('text')
    .attr('class', 'axis-title')
    .attr('x', w / 2)
    .attr('y', h + 34)
    .attr('text-anchor', 'middle')
    .text(t(lang, 'pareto.x'));
  g.append('text')
    .attr('class', 'axis-title')
    .attr('transform', `translate(${-74},${h / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(t(lang, 'pareto.y'));
  const front = paretoFront(pts);
  if (front.length > 1) {
    const line = d3
      .line<ParetoPoint>()
      .x((p) => s.x(p.days))
      .y((p) => s.y(p.cost_usd))
      .curve(d3.curveStepAfter);
    g.append('path')
      .attr('class', 'front')
      .attr('d', line(front) ?? '');
  }
  g.selectAll<SVGCircleElement, ParetoPoint>('circle.point')
    .data(pts, (p) => p.id)
    .join('circle')
    .attr('class', (p) => `point${p.pareto_optimal ? ' optimal' : ''}`)
    .classed('selected', (p) => isSelected(p.route_id))
    .attr('data-route', (p) => p.route_id)
    .attr('cx', (p) => s.x(p.days))
    .attr('cy', (p) => s.y(p.cost_usd))
    .attr('r', (p) => (isSelected(p.route_id) ? 9 : 7))
    .attr('fill', (p) => s.colour(p.co2e_kg))
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr(
      'aria-label',
      (p) =>
        `${shortCorridorLabel(lang, lang === 'zh' ? p.label_zh : p.label)}: ${formatUsd(lang, p.cost_usd)}, ${formatDays(lang, p.days * 24)}, ${formatCo2e(lang, p.co2e_kg)}`,
    )
    .on('click', (_ev, p) => onSelect(p.route_id))
    .on('keydown', (ev: KeyboardEvent, p) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        onSelect(p.route_id);
      }
    })
    .call((c) =>
      c
        .append('title')
        .text(
          (p) =>
            `${shortCorridorLabel(lang, lang === 'zh' ? p.label_zh : p.label)}\n${formatUsd(lang, p.cost_usd)} · ${formatDays(lang, p.days * 24)} · ${formatCo2e(lang, p.co2e_kg)}`,
        ),
    );
  g.selectAll('circle.selected').raise();
  // CO2e colour key
  const key = root.append('div').attr('class', 'chart-legend');
  key.append('span').text(`${t(lang, 'pareto.colour')}:`);
  const [lo, hi] = s.co2eDomain;
  for (const v of [lo, (lo + hi) / 2, hi]) {
    const item = key.append('span').attr('class', 'legend-item');
    item.append('span').attr('class', 'swatch round').style('background', s.colour(v));
    item.append('span').text(formatNumber(lang, v / 1000, 1));
  }
}
