/**
 * The route list and the corridor comparison as CSV a planner opens in Excel: RFC 4180 quoting
 * (fields with commas, quotes or line breaks in double quotes, quotes doubled), CRLF line ends, a
 * header row in the page's language that names every unit, plain numbers (no thousands separators,
 * a dot for decimals) and times as "2026-12-01 04:00" in the page's time zone, which the header
 * names. The file starts with a UTF-8 byte order mark, without which Excel reads Chinese names as
 * mojibake. Pure.
 */
import type { Route } from '../types.ts';
import { COST_PART_KEYS, costParts, type CorridorTable, type CostPart } from './corridor-table.ts';
import { t, tDynamic, type Lang } from './i18n.ts';
import type { StringKey } from './i18n-strings.ts';
import { messageText, type Namer } from './notice-text.ts';
import { localStamp, type TimeZoneId } from './time-zone.ts';

const BOM = '\uFEFF';
export type Cell = string | number | boolean | null | undefined;
/** A header row and data rows, as the CSV and the XLSX downloads write them. */
export type Table = Cell[][];

const PARTS = Object.keys(COST_PART_KEYS) as CostPart[];

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces. @example csvField('a,"b"') === '"a,""b"""' */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with a byte order mark and CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

function heads(lang: Lang, zone: TimeZoneId) {
  const withUnit = (key: StringKey, unit: string) =>
    t(lang, 'csv.with_unit').replace('{name}', t(lang, key)).replace('{unit}', unit);
  const usd = t(lang, 'unit.usd');
  const days = t(lang, 'unit.days');
  const zoneName = t(lang, zone === 'utc' ? 'tz.short.utc' : 'tz.short.beijing');
  return {
    plain: (key: StringKey) => t(lang, key),
    usd: (key: StringKey) => withUnit(key, usd),
    days: (key: StringKey) => withUnit(key, days),
    time: (key: StringKey) => withUnit(key, zoneName),
    kg: (key: StringKey) => withUnit(key, t(lang, 'unit.kg')),
    km: (key: StringKey) => withUnit(key, t(lang, 'unit.km')),
  };
}

const yesNo = (lang: Lang, on: boolean) => t(lang, on ? 'csv.yes' : 'csv.no');
const named = (lang: Lang, x: { name: string; name_zh?: string | null | undefined }) =>
  lang === 'zh' && x.name_zh ? x.name_zh : x.name;

/** The routes of an answer as CSV text. */
export function routesCsv(routes: readonly Route[], lang: Lang, zone: TimeZoneId): string {
  return toCsv(routesRows(routes, lang, zone));
}

/** The routes of an answer, one row each in the list's order. */
export function routesRows(routes: readonly Route[], lang: Lang, zone: TimeZoneId): Table {
  const h = heads(lang, zone);
  const header = [
    h.plain('csv.rank'),
    h.plain('csv.corridor'),
    h.plain('csv.corridor_full'),
    h.plain('csv.modes'),
    h.plain('csv.from'),
    h.plain('csv.to'),
    h.time('csv.depart'),
    h.time('csv.first_departure'),
    h.time('csv.arrive_p50'),
    h.time('csv.arrive_p90'),
    h.days('csv.days_p50'),
    h.days('csv.days_p90'),
    h.days('csv.transit'),
    h.usd('csv.cost'),
    ...PARTS.map((p) => h.usd(COST_PART_KEYS[p])),
    h.kg('csv.co2e'),
    h.km('csv.distance'),
    h.plain('csv.transfers'),
    h.plain('csv.borders'),
    h.plain('csv.pareto'),
  ];
  const rows = routes.map((r, i) => {
    const parts = new Map(costParts(r).map((p) => [p.part, p.usd]));
    const c = r.corridor;
    return [
      i + 1,
      (lang === 'zh' ? c.short_zh : c.short) ?? (lang === 'zh' ? c.label_zh : c.label),
      lang === 'zh' ? c.label_zh : c.label,
      r.modes.map((m) => tDynamic(lang, `mode.${m}`)).join(' + '),
      named(lang, r.from),
      named(lang, r.to),
      localStamp(r.depart, zone),
      localStamp(r.legs[0]?.depart ?? r.depart, zone),
      localStamp(r.arrive_p50, zone),
      localStamp(r.arrive_p90, zone),
      round(r.duration_p50_h / 24, 2),
      round(r.duration_p90_h / 24, 2),
      round(r.transit_h / 24, 2),
      round(r.cost.total_usd, 2),
      ...PARTS.map((p) => round(parts.get(p) ?? 0, 2)),
      round(r.co2e_kg, 1),
      round(r.distance_km, 0),
      r.transfers,
      r.border_events.map((b) => named(lang, b)).join('; '),
      yesNo(lang, r.pareto_optimal),
    ];
  });
  return [header, ...rows];
}

/** The corridor comparison as CSV text. */
export function comparisonCsv(
  table: CorridorTable,
  lang: Lang,
  zone: TimeZoneId,
  namer?: Namer,
): string {
  return toCsv(comparisonRows(table, lang, zone, namer));
}

/** The corridor comparison, one row per corridor, the impossible ones with their reason. */
export function comparisonRows(
  table: CorridorTable,
  lang: Lang,
  zone: TimeZoneId,
  namer?: Namer,
): Table {
  const h = heads(lang, zone);
  const header = [
    h.plain('csv.corridor'),
    h.plain('csv.corridor_full'),
    h.plain('csv.mode'),
    h.plain('csv.possible'),
    h.plain('csv.routes'),
    h.usd('compare.cost'),
    ...PARTS.map((p) => h.usd(COST_PART_KEYS[p])),
    h.days('csv.days_p50'),
    h.days('csv.days_p90'),
    h.days('csv.buffer'),
    h.kg('csv.co2e'),
    h.plain('csv.reason'),
  ];
  const rows = table.rows.map((r) => {
    const parts = new Map((r.parts ?? []).map((p) => [p.part, p.usd]));
    const num = (v: number | undefined, digits: number) =>
      v === undefined ? '' : round(v, digits);
    return [
      lang === 'zh' ? r.short_zh : r.short,
      lang === 'zh' ? r.name_zh : r.name,
      tDynamic(lang, `mode.${r.mode}`),
      yesNo(lang, r.possible),
      r.route_count,
      num(r.cost_usd, 2),
      ...PARTS.map((p) => (r.possible ? round(parts.get(p) ?? 0, 2) : '')),
      num(r.p50_days, 2),
      num(r.p90_days, 2),
      num(r.buffer_days, 2),
      num(r.co2e_kg, 1),
      r.reason ? messageText(lang, r.reason, namer, zone) : '',
    ];
  });
  return [header, ...rows];
}
