/**
 * The corridor comparison: one row per corridor with a bar per measure (cost, days, CO2e, P90 days),
 * each column scaled to its own maximum, the best of each column marked. Rows are buttons that select.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import {
  COMPARE_MEASURES,
  compareRows,
  type CompareMeasure,
  type CompareRow,
} from '../view-model/compare-rows.ts';
import { formatCo2e, formatNumber, formatUsd } from '../view-model/format.ts';
import { t, type Lang } from '../view-model/i18n.ts';
import { modeColour } from '../view-model/map-style.ts';
import { shortCorridorLabel } from '../view-model/corridor-label.ts';

/** Rows shown before "show all": enough to compare, short enough to read. */
const COLLAPSED_ROWS = 8;

const HEAD: Record<CompareMeasure, Parameters<typeof t>[1]> = {
  cost_usd: 'route.cost',
  days: 'route.days',
  co2e_kg: 'route.co2e',
  p90_days: 'compare.p90',
};

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
  const expanded = host.dataset.expanded === '1';
  const shown = expanded
    ? rows
    : rows.filter((r, i) => i < COLLAPSED_ROWS || isSelected(r.route_id));
  const table = root.append('div').attr('class', 'compare-grid').attr('role', 'table');
  const head = table.append('div').attr('class', 'compare-row compare-head').attr('role', 'row');
  head.append('span').attr('role', 'columnheader').text(t(lang, 'compare.corridor'));
  for (const m of COMPARE_MEASURES)
    head.append('span').attr('role', 'columnheader').text(t(lang, HEAD[m]));
  const line = table
    .selectAll<HTMLButtonElement, CompareRow>('button.compare-row')
    .data(shown, (d) => d.id)
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
    const full = lang === 'zh' ? d.label_zh : d.label;
    name
      .attr('title', full)
      .append('span')
      .attr('class', 'clamp')
      .text(shortCorridorLabel(lang, full));
    for (const m of COMPARE_MEASURES) {
      const cell = row
        .append('span')
        .attr('class', `compare-cell${d.best[m] ? ' best' : ''}`)
        .attr('role', 'cell');
      cell
        .append('span')
        .attr('class', 'bar')
        .style('width', `${Math.max(2, d.shares[m] * 100)}%`);
      cell
        .append('span')
        .attr('class', 'bar-value')
        .text(valueText(lang, m, d.values[m]));
    }
  });
  if (rows.length > COLLAPSED_ROWS) {
    root
      .append('button')
      .attr('type', 'button')
      .attr('class', 'link-button')
      .text(
        expanded
          ? t(lang, 'compare.show_fewer')
          : `${t(lang, 'compare.show_all')} (${rows.length})`,
      )
      .on('click', () => {
        host.dataset.expanded = expanded ? '0' : '1';
        renderCompare(host, routes, lang, isSelected, onSelect);
      });
  }
}
