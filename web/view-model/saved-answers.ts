/**
 * Answers a planner keeps in the browser (localStorage) to compare later: each holds the query and
 * the comparison's figures per corridor, small enough to keep twenty. Two saved answers side by
 * side show where they differ: the query, and each corridor's cost, days and CO2e. Pure: the page
 * reads and writes the storage, these functions only shape what is stored and shown.
 */
import type { PlanResult } from '../types.ts';
import { corridorTable } from './corridor-table.ts';
import { formatCo2e, formatDate, formatNumber, formatUsd } from './format.ts';
import { t, tDynamic, type Lang } from './i18n.ts';
import { MODES, type QueryState } from './query-state.ts';
import type { TimeZoneId } from './time-zone.ts';

export const SAVED_KEY = 'corridor-planner.saved';
const MAX_SAVED = 20;

interface SavedCorridor {
  key: string;
  short: string;
  short_zh: string;
  possible: boolean;
  cost_usd?: number;
  p50_days?: number;
  p90_days?: number;
  co2e_kg?: number;
}

export interface SavedAnswer {
  id: string;
  saved_at: string;
  query: QueryState;
  from_name: string;
  from_name_zh: string;
  to_name: string;
  to_name_zh: string;
  corridors: SavedCorridor[];
}

export function toSaved(query: QueryState, answer: PlanResult, now: Date): SavedAnswer {
  const first = answer.routes[0];
  const rows = corridorTable(answer).rows;
  return {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    saved_at: now.toISOString(),
    query,
    from_name: first?.from.name ?? query.from,
    from_name_zh: first?.from.name_zh ?? query.from,
    to_name: first?.to.name ?? query.to,
    to_name_zh: first?.to.name_zh ?? query.to,
    corridors: rows.map((r) => ({
      key: r.key,
      short: r.short,
      short_zh: r.short_zh,
      possible: r.possible,
      ...(r.cost_usd !== undefined ? { cost_usd: r.cost_usd } : {}),
      ...(r.p50_days !== undefined ? { p50_days: r.p50_days } : {}),
      ...(r.p90_days !== undefined ? { p90_days: r.p90_days } : {}),
      ...(r.co2e_kg !== undefined ? { co2e_kg: r.co2e_kg } : {}),
    })),
  };
}

const isSaved = (x: unknown): x is SavedAnswer => {
  const s = x as Partial<SavedAnswer> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.id === 'string' &&
    typeof s.saved_at === 'string' &&
    typeof s.query === 'object' &&
    s.query !== null &&
    typeof s.from_name === 'string' &&
    typeof s.to_name === 'string' &&
    Array.isArray(s.corridors)
  );
};

/** The stored list; anything unreadable (another version, a hand edit) is left out, never thrown. */
export function parseSaved(json: string | null): SavedAnswer[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isSaved) : [];
  } catch {
    return [];
  }
}

/** The newest first; past twenty the oldest goes. */
export function addSaved(list: readonly SavedAnswer[], item: SavedAnswer): SavedAnswer[] {
  return [item, ...list.filter((s) => s.id !== item.id)].slice(0, MAX_SAVED);
}

export function removeSaved(list: readonly SavedAnswer[], id: string): SavedAnswer[] {
  return list.filter((s) => s.id !== id);
}

/** "Baotou → Duisburg · 2 FEU · 1 Dec 2026" */
export function savedTitle(lang: Lang, s: SavedAnswer): string {
  const q = s.query;
  const from = lang === 'zh' ? s.from_name_zh : s.from_name;
  const to = lang === 'zh' ? s.to_name_zh : s.to_name;
  const qty = `${formatNumber(lang, q.quantity, 3)} ${q.unit === 'kg' ? t(lang, 'unit.kg') : q.unit.toUpperCase()}`;
  const when = q.depart ? formatDate(lang, q.depart) : t(lang, 'report.now');
  return `${from} → ${to} · ${qty} · ${when}`;
}

export interface SideBySideRow {
  label: string;
  a: string;
  b: string;
  /** the two differ: the page marks the row */
  differs: boolean;
}

function corridorCell(lang: Lang, c: SavedCorridor | undefined): string {
  if (!c) return '—';
  if (!c.possible || c.cost_usd === undefined) return t(lang, 'saved.not_possible');
  const days =
    c.p50_days !== undefined && c.p90_days !== undefined
      ? `${formatNumber(lang, c.p50_days, 1)}–${formatNumber(lang, c.p90_days, 1)} ${t(lang, 'unit.days')}`
      : '';
  const co2 = c.co2e_kg !== undefined ? formatCo2e(lang, c.co2e_kg) : '';
  return [formatUsd(lang, c.cost_usd), days, co2].filter(Boolean).join(' · ');
}

/**
 * Two saved answers side by side: the query's facts, then one row per corridor either names
 * (in the order of the first), each with its best route's cost, P50–P90 days and CO2e.
 */
export function sideBySide(
  lang: Lang,
  a: SavedAnswer,
  b: SavedAnswer,
  zone: TimeZoneId,
): SideBySideRow[] {
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  const modes = (q: QueryState) =>
    list((q.modes.length > 0 ? q.modes : MODES).map((m) => tDynamic(lang, `mode.${m}`)));
  const facts: [string, (s: SavedAnswer) => string][] = [
    [t(lang, 'saved.route'), (s) => savedTitle(lang, s)],
    [t(lang, 'query.modes'), (s) => modes(s.query)],
    [
      t(lang, 'query.cargo'),
      (s) => list(s.query.cargo.map((c) => tDynamic(lang, `cargo.${c}`))) || '—',
    ],
    [t(lang, 'query.regime'), (s) => tDynamic(lang, `regime.${s.query.regime}`)],
    [t(lang, 'query.objective'), (s) => tDynamic(lang, `objective.${s.query.objective}`)],
    [t(lang, 'saved.saved_at'), (s) => formatDate(lang, s.saved_at, zone)],
  ];
  const rows: SideBySideRow[] = facts.map(([label, of]) => {
    const va = of(a);
    const vb = of(b);
    return { label, a: va, b: vb, differs: va !== vb };
  });
  const keys = [...new Set([...a.corridors, ...b.corridors].map((c) => c.key))];
  for (const key of keys) {
    const ca = a.corridors.find((c) => c.key === key);
    const cb = b.corridors.find((c) => c.key === key);
    const named = ca ?? cb;
    if (!named) continue;
    const va = corridorCell(lang, ca);
    const vb = corridorCell(lang, cb);
    rows.push({
      label: lang === 'zh' ? named.short_zh : named.short,
      a: va,
      b: vb,
      differs: va !== vb,
    });
  }
  return rows;
}
