/**
 * Page state ⇄ URL query string, so a planner can share a comparison by link. Decoding is lenient:
 * unknown or malformed values fall back to defaults instead of breaking the page.
 */
import { parseLang, type Lang } from './i18n.ts';
import { PRESET_IDS, type PresetId } from './projection-presets.ts';
import { DEFAULT_TIME_ZONE, parseTimeZone, type TimeZoneId } from './time-zone.ts';
import {
  CARGO_FLAGS,
  MODES,
  DEFAULT_QUERY,
  OBJECTIVES,
  QUANTITY_UNITS,
  REGIMES,
  parseCountryList,
  type QueryState,
} from './query-state.ts';

export interface PageState {
  query: QueryState;
  /** selected route key ("<panel>/<route id>") */
  selected?: string;
  view?: PresetId;
  lang?: Lang;
  /** the zone dates are shown in; absent means Beijing time */
  zone?: TimeZoneId;
  /** the route whose timeline is compared with the selected one's (a route id) */
  compare?: string;
}

/** Route ids are short hashes ("r-1744ap0"); anything else in the link is dropped. */
const ROUTE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((x) => x === value);
}

/** @example encodePageState({ query: { ...DEFAULT_QUERY, from: 'baotou', to: 'duisburg' } }) === 'from=baotou&to=duisburg' */
export function encodePageState(state: PageState): string {
  const q = state.query;
  const p = new URLSearchParams();
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  if (q.depart) p.set('depart', q.depart);
  if (q.unit !== DEFAULT_QUERY.unit || q.quantity !== DEFAULT_QUERY.quantity)
    p.set(q.unit, String(q.quantity));
  if (q.cargo.length) p.set('cargo', q.cargo.join(','));
  if (q.regime !== DEFAULT_QUERY.regime) p.set('regime', q.regime);
  if (q.objective !== DEFAULT_QUERY.objective) p.set('objective', q.objective);
  if (q.avoid.length) p.set('avoid', q.avoid.join(','));
  if (q.value_usd > 0) p.set('value', String(q.value_usd));
  if (q.pieces > 0) p.set('pieces', String(q.pieces));
  if (q.dg_class > 0) p.set('dg', String(q.dg_class));
  if (q.modes.length > 0 && q.modes.length < MODES.length) p.set('modes', q.modes.join(','));
  if (state.selected) p.set('route', state.selected);
  if (state.compare) p.set('compare', state.compare);
  if (state.view) p.set('view', state.view);
  if (state.lang) p.set('lang', state.lang);
  if (state.zone && state.zone !== DEFAULT_TIME_ZONE) p.set('tz', state.zone);
  return p.toString();
}

export function decodePageState(search: string): PageState {
  const p = new URLSearchParams(search);
  const query: QueryState = { ...DEFAULT_QUERY, cargo: [], avoid: [], modes: [] };
  const value = Number(p.get('value'));
  if (p.has('value') && Number.isFinite(value) && value > 0 && value <= 1e10)
    query.value_usd = value;
  const pieces = Number(p.get('pieces'));
  if (p.has('pieces') && Number.isInteger(pieces) && pieces > 0 && pieces <= 10_000_000)
    query.pieces = pieces;
  const dg = Number(p.get('dg'));
  if (p.has('dg') && Number.isInteger(dg) && dg >= 1 && dg <= 9) query.dg_class = dg;
  query.from = (p.get('from') ?? '').slice(0, 120);
  query.to = (p.get('to') ?? '').slice(0, 120);
  const depart = p.get('depart') ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(depart) && !Number.isNaN(Date.parse(depart)))
    query.depart = depart;
  for (const unit of QUANTITY_UNITS) {
    const n = Number(p.get(unit));
    if (p.has(unit) && Number.isFinite(n) && n > 0) {
      query.unit = unit;
      query.quantity = n;
      break;
    }
  }
  query.cargo = (p.get('cargo') ?? '').split(',').flatMap((c) => oneOf(CARGO_FLAGS, c) ?? []);
  query.regime = oneOf(REGIMES, p.get('regime')) ?? DEFAULT_QUERY.regime;
  query.objective = oneOf(OBJECTIVES, p.get('objective')) ?? DEFAULT_QUERY.objective;
  query.avoid = parseCountryList(p.get('avoid') ?? '');
  const modes = MODES.filter((m) => (p.get('modes') ?? '').split(',').includes(m));
  query.modes = modes.length < MODES.length ? modes : [];
  const state: PageState = { query };
  const selected = p.get('route');
  if (selected) state.selected = selected;
  const compare = p.get('compare');
  if (compare && ROUTE_ID.test(compare)) state.compare = compare;
  const view = oneOf(PRESET_IDS, p.get('view'));
  if (view) state.view = view;
  const lang = parseLang(p.get('lang'));
  if (lang) state.lang = lang;
  const zone = parseTimeZone(p.get('tz'));
  if (zone) state.zone = zone;
  return state;
}
