/**
 * The corridor comparison: one row per corridor with a bar per measure (cost, days, CO2e, P90 days),
 * each column scaled to its own maximum, the best of each column marked. Rows are buttons that select.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import { COMPARE_MEASURES, compareRows, type CompareMeasure, type CompareRow } from '../view-model/compare-rows.ts';
import { formatCo2e, formatNumber, formatUsd } from '../view-model/format.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import { modeColour } from '../view-model/map-style.ts';

const HEAD: Record<CompareMeasure, Parameters<typeof t>[1]> = { cost_usd: 'route.cost', days: 'route.days', co2e_kg: 'route.co2e', p90_days: 'compare.p90' };

function valueText(lang: Lang, m: CompareMeasure, v: number): string {
  if (m === 'cost_usd') return formatUsd(lang, v);
  if (m === 'co2e_kg') return formatCo2e(lang, v);
  return formatNumber(lang, v, 1);
}

export function renderCompare(
  host: HTMLElement,
  routes: readonly Route[],
  lang: Lang,
  isSelected: (route_id: string) => boolean,
  onSelect: (route_id: string) => void,
): void {
  const root = d3.select(host);
  root.selectAll('*').remove();
  const rows = compareRows(routes);
  if (rows.length === 0) {
    root.append('p').attr('class', 'muted empty').text(t(lang, 'compare.empty'));
    return;
  }
  const table = root.append('div').attr('class', 'compare-grid').attr('role', 'table');
  const head = table.append('div').attr('class', 'compare-row compare-head').attr('role', 'row');
  head.append('span').attr('role', 'columnheader').text(t(lang, 'compare.corridor'));
  for (const m of COMPARE_MEASURES) head.append('span').attr('role', 'columnheader').text(t(lang, HEAD[m]));
  const line = table
    .selectAll<HTMLButtonElement, CompareRow>('button.compare-row')
    .data(rows, (d) => d.id)
    .join('button')
    .attr('type', 'button')
    .attr('role', 'row')
    .attr('class', 'compare-row')
    .attr('data-route', (d) => d.route_id)
    .classed('selected', (d) => isSelected(d.route_id))
    .on('click', (_ev, d) => onSelect(d.route_id));
  line.each(function (d) {
    const row = d3.select(this);
    const name = row.append('span').attr('class', 'compare-name').attr('role', 'cell');
    name
      .append('span')
      .attr('class', 'mode-dots')
      .selectAll('i')
      .data(d.modes)
      .join('i')
      .style('background', (m) => modeColour(m));
    name.append('span').text(lang === 'zh' ? d.label_zh : d.label);
    for (const m of COMPARE_MEASURES) {
      const cell = row.append('span').attr('class', `compare-cell${d.best[m] ? ' best' : ''}`).attr('role', 'cell');
      cell.append('span').attr('class', 'bar').style('width', `${Math.max(2, d.shares[m] * 100)}%`);
      cell.append('span').attr('class', 'bar-value').text(valueText(lang, m, d.values[m]));
    }
  });
}
