/**
 * The cost-against-time chart: every route of the answer a point at (P50 days, cost), coloured by
 * CO2e on a scale shown beside it, the Pareto front drawn larger and joined by a step line, each point
 * labelled with its corridor's short name where there is room. The cost axis starts at zero and says
 * so. Points are joined by route id and updated in place, so keyboard focus survives a selection.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import { formatCo2e, formatDays, formatNumber, formatUsd } from '../view-model/format.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import {
  CO2E_HIGH,
  CO2E_LOW,
  paretoFront,
  paretoPoints,
  paretoScales,
  placeLabels,
  type ParetoPoint,
} from '../view-model/pareto-points.ts';

const M = { top: 14, right: 18, bottom: 44, left: 86 };
const HEIGHT = 280;

export interface ParetoOptions {
  lang: Lang;
  isSelected(route_id: string): boolean;
  onSelect(route_id: string): void;
}

function skeleton(root: d3.Selection<HTMLElement, unknown, null, undefined>) {
  const svg = root.append('svg').attr('class', 'pareto-svg').attr('role', 'group');
  svg.append('desc');
  const g = svg.append('g').attr('class', 'plot');
  g.append('g').attr('class', 'axis x');
  g.append('g').attr('class', 'axis y');
  g.append('text').attr('class', 'axis-title x').attr('text-anchor', 'middle');
  g.append('text').attr('class', 'axis-title y').attr('text-anchor', 'middle');
  g.append('path').attr('class', 'front');
  g.append('g').attr('class', 'points');
  g.append('g').attr('class', 'labels');
  const key = root.append('div').attr('class', 'chart-legend pareto-legend');
  key.append('span').attr('class', 'legend-title');
  key.append('span').attr('class', 'ramp-lo');
  key.append('span').attr('class', 'ramp').attr('aria-hidden', 'true');
  key.append('span').attr('class', 'ramp-hi');
  const f = key.append('span').attr('class', 'legend-item');
  f.append('span').attr('class', 'swatch round front-swatch');
  f.append('span').attr('class', 'front-text');
  const o = key.append('span').attr('class', 'legend-item');
  o.append('span').attr('class', 'swatch round other-swatch');
  o.append('span').attr('class', 'other-text');
}

export function renderPareto(host: HTMLElement, routes: readonly Route[], o: ParetoOptions): void {
  const { lang } = o;
  const root = d3.select<HTMLElement, unknown>(host);
  if (routes.length === 0) {
    root.selectAll('*').remove();
    root.append('p').attr('class', 'muted empty').text(t(lang, 'pareto.empty'));
    return;
  }
  root.selectAll(':scope > p.empty').remove();
  if (root.select('svg.pareto-svg').empty()) skeleton(root);
  const width = Math.max(300, host.clientWidth || 420);
  const w = width - M.left - M.right;
  const h = HEIGHT - M.top - M.bottom;
  const pts = paretoPoints(routes);
  const s = paretoScales(pts, w, h);
  const name = (p: ParetoPoint) => (lang === 'zh' ? p.label_zh : p.label);
  const svg = root
    .select<SVGSVGElement>('svg.pareto-svg')
    .attr('width', width)
    .attr('height', HEIGHT)
    .attr('aria-label', t(lang, 'pareto.title'));
  svg.select('desc').text(t(lang, 'pareto.desc'));
  const g = svg.select<SVGGElement>('g.plot').attr('transform', `translate(${M.left},${M.top})`);
  g.select<SVGGElement>('g.axis.x')
    .attr('transform', `translate(0,${h})`)
    .call(
      d3
        .axisBottom(s.x)
        .tickValues(s.xTicks)
        .tickFormat((v) => formatNumber(lang, Number(v))),
    );
  g.select<SVGGElement>('g.axis.y').call(
    d3
      .axisLeft(s.y)
      .tickValues(s.yTicks)
      .tickFormat((v) => formatUsd(lang, Number(v))),
  );
  g.select('text.axis-title.x')
    .attr('x', w / 2)
    .attr('y', h + 36)
    .text(t(lang, 'pareto.x'));
  g.select('text.axis-title.y')
    .attr('transform', `translate(${-74},${h / 2}) rotate(-90)`)
    .text(t(lang, 'pareto.y'));
  const front = paretoFront(pts);
  const line = d3
    .line<ParetoPoint>()
    .x((p) => s.x(p.days))
    .y((p) => s.y(p.cost_usd))
    .curve(d3.curveStepAfter);
  g.select('path.front').attr('d', front.length > 1 ? (line(front) ?? '') : '');

  const tip = (p: ParetoPoint) =>
    `${name(p)}: ${formatUsd(lang, p.cost_usd)}, ${formatDays(lang, p.days * 24)}, ${formatCo2e(lang, p.co2e_kg)}${p.pareto_optimal ? ` (${t(lang, 'pareto.front')})` : ''}`;
  g.select('g.points')
    .selectAll<SVGCircleElement, ParetoPoint>('circle.point')
    .data(pts, (p) => p.id)
    .join((enter) =>
      enter
        .append('circle')
        .attr('tabindex', 0)
        .attr('role', 'button')
        .call((c) => c.append('title')),
    )
    .attr('class', (p) => `point${p.pareto_optimal ? ' optimal' : ' dominated'}`)
    .classed('selected', (p) => o.isSelected(p.route_id))
    .attr('data-route', (p) => p.route_id)
    .attr('cx', (p) => s.x(p.days))
    .attr('cy', (p) => s.y(p.cost_usd))
    .attr('r', (p) => (o.isSelected(p.route_id) ? 9 : p.pareto_optimal ? 7 : 5))
    .attr('fill', (p) => s.colour(p.co2e_kg))
    .attr('aria-pressed', (p) => String(o.isSelected(p.route_id)))
    .attr('aria-label', tip)
    .on('click', (_ev, p) => o.onSelect(p.route_id))
    .on('keydown', (ev: KeyboardEvent, p) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        o.onSelect(p.route_id);
      }
    })
    .select('title')
    .text(tip);

  const placed = placeLabels(
    pts.map((p) => ({
      id: p.id,
      x: s.x(p.days),
      y: s.y(p.cost_usd),
      text: name(p),
      priority: (o.isSelected(p.route_id) ? 2 : 0) + (p.pareto_optimal ? 1 : 0),
    })),
    w,
    lang === 'zh' ? 12 : 6.6,
  );
  const byId = new Map(pts.map((p) => [p.id, p]));
  g.select('g.labels')
    .selectAll<SVGTextElement, (typeof placed)[number]>('text.point-label')
    .data(placed, (l) => l.id)
    .join('text')
    .attr('class', (l) => `point-label${byId.get(l.id)?.pareto_optimal ? ' optimal' : ''}`)
    .attr('x', (l) => l.x)
    .attr('y', (l) => l.y)
    .attr('text-anchor', (l) => l.anchor)
    .attr('aria-hidden', 'true')
    .text((l) => name(byId.get(l.id)!));

  // the colour scale, its ends in tonnes, and what big and small dots mean
  const key = root.select('.pareto-legend');
  key.select('.legend-title').text(`${t(lang, 'pareto.colour')}:`);
  const [lo, hi] = s.co2eDomain;
  key.select('.ramp-lo').text(formatCo2e(lang, lo));
  key.select('.ramp').style('background', `linear-gradient(90deg, ${CO2E_LOW}, ${CO2E_HIGH})`);
  key.select('.ramp-hi').text(formatCo2e(lang, hi));
  key.select('.front-text').text(t(lang, 'pareto.front'));
  key.select('.other-text').text(t(lang, 'pareto.other'));
}
