/**
 * The corridor comparison as data: one row per named corridor of a compare answer (its `corridors`
 * rows), the possible ones with their best route's cost split into parts, P50–P90 days, CO2e and
 * the P90 buffer, the impossible ones with their reason; the best of each column marked. Pure.
 */
import type { CorridorRow, MessageParams, Mode, PlanResult, Route } from '../types.ts';
import type { StringKey } from './i18n-strings.ts';

/** The parts a cost bar is stacked from, in drawing order; subsidy is negative and drawn last. */
const COST_PARTS = [
  'line_haul',
  'handling',
  'border',
  'gauge_change',
  'customs',
  'surcharges',
  'subsidy',
] as const;
export type CostPart = (typeof COST_PARTS)[number];

/** The i18n key naming each cost part (chart legend, tooltips, CSV headers). */
export const COST_PART_KEYS: Record<CostPart, StringKey> = {
  line_haul: 'cost.line_haul',
  handling: 'cost.handling',
  border: 'cost.border',
  gauge_change: 'cost.gauge_change',
  customs: 'cost.customs',
  surcharges: 'cost.surcharges',
  subsidy: 'cost.subsidy',
};

const TABLE_MEASURES = ['cost_usd', 'days', 'co2e_kg', 'buffer_days'] as const;
export type TableMeasure = (typeof TABLE_MEASURES)[number];

export interface CostSlice {
  part: CostPart;
  usd: number;
}

export interface TableRow {
  /** the corridor id (stable key of the row) */
  key: string;
  short: string;
  short_zh: string;
  name: string;
  name_zh: string;
  mode: Mode;
  possible: boolean;
  /** the best route of the corridor; absent when impossible */
  route_id?: string;
  /** how many routes of the answer run through this corridor */
  route_count: number;
  reason?: { code?: string; params?: MessageParams; text: string };
  /** the best route's cost: total, and its parts (all ≥ 0 but subsidy, which is ≤ 0) */
  cost_usd?: number;
  parts?: CostSlice[];
  p50_days?: number;
  p90_days?: number;
  co2e_kg?: number;
  /** P90 − P50 in days: the buffer a planner adds to be on time nine times in ten */
  buffer_days?: number;
  best: Record<TableMeasure, boolean>;
}

export interface CorridorTable {
  rows: TableRow[];
  /** the largest gross cost (parts before subsidy) of any row, for a common bar scale */
  maxCostUsd: number;
  maxDays: number;
  maxCo2eKg: number;
  /** the parts any row has, so the legend names only colours that appear */
  partsUsed: CostPart[];
}

/** The cost parts of a route; `surcharges` is what the total holds beyond the named parts. */
export function costParts(route: Route): CostSlice[] {
  const c = route.cost;
  const gauge = c.gauge_change_usd ?? 0;
  // China's clearance, the destination's import clearance and a transit into it show as one customs part
  const customs = c.customs_usd + (c.import_customs_usd ?? 0) + (c.transit_customs_usd ?? 0);
  const named = c.line_haul_usd + c.handling_usd + c.border_usd + gauge + customs + c.subsidy_usd;
  const rest = c.total_usd - named;
  const parts: CostSlice[] = [
    { part: 'line_haul', usd: c.line_haul_usd },
    { part: 'handling', usd: c.handling_usd },
    { part: 'border', usd: c.border_usd },
    { part: 'gauge_change', usd: gauge },
    { part: 'customs', usd: customs },
    // rounding leaves cents; a dollar or more is a real surcharge
    { part: 'surcharges', usd: rest >= 1 ? rest : 0 },
    { part: 'subsidy', usd: Math.min(0, c.subsidy_usd) },
  ];
  return parts.filter((p) => Math.abs(p.usd) >= 0.5);
}

const NO_BEST: Record<TableMeasure, boolean> = {
  cost_usd: false,
  days: false,
  co2e_kg: false,
  buffer_days: false,
};

/** Rows from the answer's own `corridors`; an answer without them gets one row per route's corridor. */
function sourceRows(result: PlanResult): CorridorRow[] {
  if (result.corridors && result.corridors.length > 0) return result.corridors;
  const rows = new Map<string, CorridorRow>();
  for (const r of result.routes) {
    const key = r.corridor.group ?? r.corridor.id;
    const row = rows.get(key);
    if (row) row.route_ids.push(r.id);
    else
      rows.set(key, {
        group: key,
        short: r.corridor.short ?? r.corridor.label,
        short_zh: r.corridor.short_zh ?? r.corridor.label_zh,
        name: r.corridor.label,
        name_zh: r.corridor.label_zh,
        mode: r.modes[0] ?? 'rail',
        possible: true,
        route_id: r.id,
        route_ids: [r.id],
      });
  }
  return [...rows.values()];
}

export function corridorTable(result: PlanResult | undefined): CorridorTable {
  if (!result) return { rows: [], maxCostUsd: 0, maxDays: 0, maxCo2eKg: 0, partsUsed: [] };
  const byId = new Map(result.routes.map((r) => [r.id, r]));
  const rows: TableRow[] = sourceRows(result).map((row) => {
    const base = {
      key: row.group,
      short: row.short,
      short_zh: row.short_zh,
      name: row.name,
      name_zh: row.name_zh,
      mode: row.mode,
      route_count: row.route_ids.length,
      best: { ...NO_BEST },
    };
    const route = row.route_id !== undefined ? byId.get(row.route_id) : undefined;
    if (!row.possible || !route)
      return {
        ...base,
        possible: false,
        reason: {
          ...(row.reason_code ? { code: row.reason_code } : {}),
          ...(row.reason_params ? { params: row.reason_params } : {}),
          text: row.reason ?? '',
        },
      };
    return {
      ...base,
      possible: true,
      route_id: route.id,
      cost_usd: route.cost.total_usd,
      parts: costParts(route),
      p50_days: route.duration_p50_h / 24,
      p90_days: route.duration_p90_h / 24,
      co2e_kg: route.co2e_kg,
      buffer_days: (route.duration_p90_h - route.duration_p50_h) / 24,
    };
  });
  const possible = rows.filter((r) => r.possible);
  const value = (r: TableRow, m: TableMeasure): number =>
    m === 'days'
      ? r.p50_days!
      : m === 'cost_usd'
        ? r.cost_usd!
        : m === 'co2e_kg'
          ? r.co2e_kg!
          : r.buffer_days!;
  if (possible.length > 1)
    for (const m of TABLE_MEASURES) {
      const min = Math.min(...possible.map((r) => value(r, m)));
      // equal to the best within rounding counts as best too
      for (const r of possible) r.best[m] = value(r, m) <= min + Math.abs(min) * 1e-9 + 1e-9;
    }
  const gross = (r: TableRow) =>
    (r.parts ?? []).filter((p) => p.usd > 0).reduce((s, p) => s + p.usd, 0);
  const used = new Set(possible.flatMap((r) => (r.parts ?? []).map((p) => p.part)));
  return {
    rows,
    maxCostUsd: Math.max(0, ...possible.map(gross)),
    maxDays: Math.max(0, ...possible.map((r) => r.p90_days!)),
    maxCo2eKg: Math.max(0, ...possible.map((r) => r.co2e_kg!)),
    partsUsed: COST_PARTS.filter((p) => used.has(p)),
  };
}
