/**
 * The corridor comparison: a table with one row per named corridor of the compare answer. Possible
 * corridors show their best route's cost as a stacked bar of its parts, P50–P90 days as a range, CO2e
 * and the P90 buffer, the best of each column starred; impossible ones say why in plain words. Rows
 * are joined by corridor id and updated in place, so the focused button survives a re-render.
 */
import * as d3 from 'd3';
import type { PlanResult } from '../types.ts';
import {
  corridorTable,
  COST_PART_KEYS,
  type CostPart,
  type TableMeasure,
  type TableRow,
} from '../view-model/corridor-table.ts';
import { formatCo2e, formatNumber, formatUsd } from '../view-model/format.ts';
import { t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { modeColour } from '../view-model/map-style.ts';
import { messageText, type Namer } from '../view-model/notice-text.ts';
import type { TimeZoneId } from '../view-model/time-zone.ts';
import type { StringKey } from '../view-model/i18n-strings.ts';

/** Colours of the cost parts: distinct hues, each at least 3:1 against white. */
const PART_COLOUR: Record<CostPart, string> = {
  line_haul: '#2c5d8f',
  handling: '#5e8fc2',
  border: '#b35806',
  gauge_change: '#8c6d1f',
  customs: '#7b3294',
  surcharges: '#c0392b',
  subsidy: '#1b7837',
};

const HEAD: Record<TableMeasure, StringKey> = {
  cost_usd: 'compare.cost',
  days: 'compare.days',
  co2e_kg: 'route.co2e',
  buffer_days: 'compare.buffer',
};

export interface CompareOptions {
  lang: Lang;
  /** the zone dates are written in */
  zone: TimeZoneId;
  namer?: Namer;
  isSelected(route_id: string): boolean;
  onSelect(route_id: string): void;
}

const days = (lang: Lang, d: number) => formatNumber(lang, d, 1);

function bestMark(
  cell: d3.Selection<HTMLTableCellElement, TableRow, null, undefined>,
  on: boolean,
  lang: Lang,
) {
  cell.classed('best', on);
  cell
    .select('.best-mark')
    .attr('hidden', on ? null : '')
    .attr('title', t(lang, 'compare.best'))
    .select('.sr-only')
    .text(t(lang, 'compare.best'));
}

/** Builds the cells of a row once, for its kind (possible or not); later renders only update them. */
function build(tr: d3.Selection<HTMLTableRowElement, TableRow, null, undefined>, row: TableRow) {
  tr.selectAll('*').remove();
  tr.attr('data-kind', row.possible ? 'possible' : 'impossible');
  const th = tr.append('th').attr('scope', 'row').attr('class', 'compare-name');
  if (row.possible) {
    const b = th.append('button').attr('type', 'button').attr('class', 'corridor-pick');
    b.append('i').attr('class', 'mode-dot').attr('aria-hidden', 'true');
    b.append('span').attr('class', 'short');
  } else {
    th.append('i').attr('class', 'mode-dot').attr('aria-hidden', 'true');
    th.append('span').attr('class', 'short');
  }
  th.append('span').attr('class', 'count muted');
  if (!row.possible) {
    tr.append('td').attr('colspan', 4).attr('class', 'reason');
    return;
  }
  const cost = tr.append('td').attr('class', 'm-cost');
  cost.append('span').attr('class', 'stack').attr('aria-hidden', 'true');
  cost.append('span').attr('class', 'val');
  const daysCell = tr.append('td').attr('class', 'm-days');
  daysCell
    .append('span')
    .attr('class', 'range')
    .attr('aria-hidden', 'true')
    .append('span')
    .attr('class', 'range-bar');
  daysCell.append('span').attr('class', 'val');
  const co2 = tr.append('td').attr('class', 'm-co2e');
  co2
    .append('span')
    .attr('class', 'bar-track')
    .attr('aria-hidden', 'true')
    .append('span')
    .attr('class', 'bar');
  co2.append('span').attr('class', 'val');
  tr.append('td').attr('class', 'm-buffer').append('span').attr('class', 'val');
  for (const td of tr.selectAll<HTMLTableCellElement, unknown>('td').nodes()) {
    const m = d3.select(td).append('span').attr('class', 'best-mark').attr('hidden', '');
    m.append('span').attr('aria-hidden', 'true').text('★');
    m.append('span').attr('class', 'sr-only');
  }
}

export function renderCompare(
  host: HTMLElement,
  result: PlanResult | undefined,
  o: CompareOptions,
): void {
  const { lang } = o;
  const table = corridorTable(result);
  const root = d3.select(host);
  if (table.rows.length === 0) {
    root.selectAll('*').remove();
    root.append('p').attr('class', 'muted empty').text(t(lang, 'compare.empty'));
    return;
  }
  root.selectAll(':scope > p.empty').remove();
  let tbl = root.select<HTMLTableElement>('table.compare-table');
  if (tbl.empty()) {
    tbl = root.append('table').attr('class', 'compare-table');
    tbl.append('caption').attr('class', 'sr-only');
    tbl.append('thead').append('tr');
    tbl.append('tbody');
    root.append('div').attr('class', 'chart-legend compare-legend');
  }
  tbl.select('caption').text(t(lang, 'compare.title'));
  tbl
    .select('thead tr')
    .selectAll<HTMLTableCellElement, string>('th')
    .data(['compare.corridor', ...(Object.values(HEAD) as string[])])
    .join('th')
    .attr('scope', 'col')
    .text((k) => t(lang, k as StringKey));

  const gross = (r: TableRow) =>
    (r.parts ?? []).filter((p) => p.usd > 0).reduce((s, p) => s + p.usd, 0);
  const pct = (v: number, max: number) => `${max > 0 ? Math.max(0, (v / max) * 100) : 0}%`;

  tbl
    .select('tbody')
    .selectAll<HTMLTableRowElement, TableRow>('tr')
    .data(table.rows, (r) => r.key)
    .join('tr')
    .order()
    .each(function (row) {
      const tr = d3.select<HTMLTableRowElement, TableRow>(this);
      if (tr.attr('data-kind') !== (row.possible ? 'possible' : 'impossible')) build(tr, row);
      const selected = row.route_id !== undefined && o.isSelected(row.route_id);
      tr.attr('data-corridor', row.key)
        .attr('data-route', row.route_id ?? null)
        .classed('selected', selected)
        .classed('impossible', !row.possible);
      const short = lang === 'zh' ? row.short_zh : row.short;
      const name = lang === 'zh' ? row.name_zh : row.name;
      tr.select('.mode-dot').style('background', modeColour(row.mode));
      tr.select('.short').text(short).attr('title', name);
      tr.select('.count').text(
        row.route_count > 1
          ? ` ${t(lang, 'compare.routes').replace('{n}', String(row.route_count))}`
          : '',
      );
      if (!row.possible) {
        tr.select('td.reason').text(
          row.reason ? messageText(lang, row.reason, o.namer, o.zone) : '',
        );
        return;
      }
      tr.select('button.corridor-pick')
        .attr('aria-pressed', String(selected))
        .attr('aria-label', `${short}: ${t(lang, 'route.select')}`)
        .on('click', () => o.onSelect(row.route_id!));
      const costCell = tr.select<HTMLTableCellElement>('td.m-cost');
      costCell
        .select('.stack')
        .style('width', pct(gross(row), table.maxCostUsd))
        .selectAll<HTMLSpanElement, { part: CostPart; usd: number }>('span.seg')
        .data(row.parts ?? [], (p) => p.part)
        .join('span')
        .attr('class', (p) => `seg seg-${p.part}`)
        .style('background', (p) => (p.part === 'subsidy' ? null : PART_COLOUR[p.part]))
        .style('border-color', (p) => (p.part === 'subsidy' ? PART_COLOUR.subsidy : null))
        // the subsidy takes its share back from the end of the gross bar
        .style('width', (p) => pct(Math.abs(p.usd), gross(row)))
        .style('margin-left', (p) => (p.part === 'subsidy' ? `-${pct(-p.usd, gross(row))}` : null))
        .attr(
          'title',
          (p) => `${tDynamic(lang, COST_PART_KEYS[p.part])}: ${formatUsd(lang, p.usd)}`,
        );
      costCell.select('.val').text(formatUsd(lang, row.cost_usd!));
      bestMark(costCell, row.best.cost_usd, lang);
      const dayCell = tr.select<HTMLTableCellElement>('td.m-days');
      dayCell
        .select('.range-bar')
        .style('margin-left', pct(row.p50_days!, table.maxDays))
        .style('width', pct(row.p90_days! - row.p50_days!, table.maxDays));
      dayCell
        .select('.val')
        .text(`${days(lang, row.p50_days!)}–${days(lang, row.p90_days!)} ${t(lang, 'unit.days')}`);
      bestMark(dayCell, row.best.days, lang);
      const co2Cell = tr.select<HTMLTableCellElement>('td.m-co2e');
      co2Cell.select('.bar').style('width', pct(row.co2e_kg!, table.maxCo2eKg));
      co2Cell.select('.val').text(formatCo2e(lang, row.co2e_kg!));
      bestMark(co2Cell, row.best.co2e_kg, lang);
      const bufCell = tr.select<HTMLTableCellElement>('td.m-buffer');
      bufCell.select('.val').text(`+${days(lang, row.buffer_days!)} ${t(lang, 'unit.days')}`);
      bestMark(bufCell, row.best.buffer_days, lang);
    });

  // a legend entry for every colour and mark the table uses
  const legend = root.select<HTMLDivElement>('.compare-legend');
  const items = [
    ...table.partsUsed.map((p) => ({ key: p, kind: 'part' as const })),
    { key: 'range', kind: 'range' as const },
    { key: 'best', kind: 'best' as const },
    ...[...new Set(table.rows.map((r) => r.mode))].map((m) => ({
      key: `mode-${m}`,
      kind: 'mode' as const,
      mode: m,
    })),
  ];
  legend
    .selectAll<HTMLSpanElement, (typeof items)[number]>('span.legend-item')
    .data(items, (d) => d.key)
    .join((enter) => {
      const s = enter.append('span').attr('class', 'legend-item');
      s.append('span').attr('class', 'swatch');
      s.append('span').attr('class', 'legend-text');
      return s;
    })
    .each(function (d) {
      const s = d3.select(this);
      const sw = s
        .select<HTMLSpanElement>('.swatch')
        .attr('class', `swatch swatch-${d.kind}`)
        .text('');
      sw.style('background', null).style('border-color', null);
      let text = '';
      if (d.kind === 'part') {
        const part = d.key as CostPart;
        if (part === 'subsidy')
          sw.classed('swatch-subsidy', true).style('border-color', PART_COLOUR.subsidy);
        else sw.style('background', PART_COLOUR[part]);
        text = tDynamic(lang, COST_PART_KEYS[part]);
      } else if (d.kind === 'range') text = t(lang, 'compare.range');
      else if (d.kind === 'best') {
        sw.text('★');
        text = t(lang, 'compare.best');
      } else if ('mode' in d) {
        sw.classed('round', true).style('background', modeColour(d.mode));
        text = tDynamic(lang, `mode.${d.mode}`);
      }
      s.select('.legend-text').text(text);
    });
}
