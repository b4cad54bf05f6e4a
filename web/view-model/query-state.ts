/**
 * The page's query state: what the planner panel holds, what the URL carries, and the request body
 * it becomes. Pure; the vocabularies are repeated here as plain lists because the web may not
 * import src/ at run time (a unit test checks them against src/model).
 */
import type { CargoFlag, CustomsRegime, Mode, Objective, RouteQueryInput } from '../types.ts';

export const CARGO_FLAGS = [
  'reefer',
  'dangerous_goods',
  'lithium_batteries',
  'oversize',
] as const satisfies readonly CargoFlag[];
export const REGIMES = [
  'general',
  '9610',
  '9710',
  '9810',
  '1210',
] as const satisfies readonly CustomsRegime[];
export const OBJECTIVES = [
  'generalized',
  'cost',
  'time',
  'co2',
  'pareto',
] as const satisfies readonly Objective[];
/** Every mode once, in the model's order: a Record<Mode, …> so the compiler names a missing one. */
const MODE_ORDER: Readonly<Record<Mode, number>> = { rail: 0, road: 1, sea: 2, air: 3 };
export const MODES: readonly Mode[] = (Object.keys(MODE_ORDER) as Mode[]).sort(
  (a, b) => MODE_ORDER[a] - MODE_ORDER[b],
);
export const QUANTITY_UNITS = ['teu', 'feu', 'kg'] as const;
type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export interface QueryState {
  from: string;
  to: string;
  /** YYYY-MM-DD, or '' for "now" */
  depart: string;
  unit: QuantityUnit;
  quantity: number;
  cargo: CargoFlag[];
  regime: CustomsRegime;
  objective: Objective;
  /** ISO 3166-1 alpha-2 codes */
  avoid: string[];
  /** allowed modes; empty means all */
  modes: Mode[];
  /** declared value of the shipment in USD (it prices the time in transit); 0 when not given */
  value_usd: number;
  /** parcels the kg are packed in (9610 e-commerce parcels, priced per piece); 0 when not given */
  pieces: number;
  /** UN class (1–9) of dangerous goods, sent only with the dangerous-goods flag; 0 when not given */
  dg_class: number;
}

export const DEFAULT_QUERY: QueryState = {
  from: '',
  to: '',
  depart: '',
  unit: 'teu',
  quantity: 1,
  cargo: [],
  regime: 'general',
  objective: 'generalized',
  avoid: [],
  modes: [],
  value_usd: 0,
  pieces: 0,
  dg_class: 0,
};

/** Splits "ru, by;PL" into valid upper-case country codes, without duplicates. */
export function parseCountryList(text: string): string[] {
  const codes = text
    .split(/[\s,;，、]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));
  return [...new Set(codes)];
}

/**
 * A departure date as a planner types it, as "YYYY-MM-DD": "2026-12-1", "2026/12/01", "2026.12.01"
 * and "2026年12月1日" are read; '' for an empty field, undefined for text that is no calendar date
 * (a 30 February included). The field shows dates this way in both languages: the browser's own
 * date field writes them in the browser's locale ("12/01/2026"), not the page's.
 * @example parseDateText('2026年12月1日') === '2026-12-01'
 */
export function parseDateText(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return '';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** True when the state can be sent: both places, a positive quantity and a readable date (or none). */
export function isRunnable(state: QueryState): boolean {
  return (
    state.from.trim() !== '' &&
    state.to.trim() !== '' &&
    Number.isFinite(state.quantity) &&
    state.quantity > 0 &&
    (state.depart === '' || parseDateText(state.depart) === state.depart)
  );
}

/**
 * The body of POST /api/v1/routes and /api/v1/corridors/compare.
 * @example toRequestBody({ ...DEFAULT_QUERY, from: 'baotou', to: 'duisburg' }, 'inner-mongolia').shipment.teu === 1
 */
export function toRequestBody(
  state: QueryState,
  network: string,
  objective: Objective = state.objective,
): RouteQueryInput & { network: string } {
  const body: RouteQueryInput & { network: string } = {
    network,
    from: state.from.trim(),
    to: state.to.trim(),
    shipment: {
      [state.unit]: state.quantity,
      cargo: [...state.cargo],
      regime: state.regime,
      ...(state.value_usd > 0 ? { value_usd: state.value_usd } : {}),
      // pieces count parcels of loose cargo; boxes are counted by their unit
      ...(state.pieces > 0 && state.unit === 'kg' ? { pieces: state.pieces } : {}),
      // the class says which dangerous goods a service takes; without the flag it means nothing
      ...(state.dg_class > 0 && state.cargo.includes('dangerous_goods')
        ? { dg_class: state.dg_class }
        : {}),
    },
    objective,
    constraints: {
      avoid_countries: [...state.avoid],
      ...(state.modes.length > 0 && state.modes.length < MODES.length
        ? { modes: [...state.modes] }
        : {}),
    },
    alternatives: objective === 'pareto' ? 10 : 5,
  };
  if (state.depart !== '') body.depart = state.depart;
  return body;
}
