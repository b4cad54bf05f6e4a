/**
 * Which of a city's terminals fits the query being typed. GET /api/v1/places matches names only (it
 * takes q, network and limit), but every place it returns lists its kinds and modes, so the page
 * ranks the suggestions by the query's ticked modes, cargo and customs regime, and says why the
 * first one fits: an air-only query starts at an airport, a 1210 import ends in a bonded zone, a
 * sea-only one at a port. Places with none of the ticked modes go last, marked. Pure.
 */
import type { Place } from '../types.ts';
import type { QueryState } from './query-state.ts';
import type { StringKey } from './i18n-strings.ts';

export type PlaceField = 'from' | 'to';

export type PlaceContext = Pick<QueryState, 'modes' | 'unit' | 'regime' | 'cargo'> & {
  field: PlaceField;
};

export interface RankedPlace {
  place: Place;
  /** serves at least one ticked mode */
  fits: boolean;
  /** why this kind of terminal suits the query (shown with the first fitting place), if it does */
  why?: StringKey;
}

/** The terminal kind the query points to, and the reason, if any. */
function preferred(
  ctx: PlaceContext,
): { kind: Place['kinds'][number]; why: StringKey } | undefined {
  const modes = ctx.modes;
  // 1210: goods stocked in a bonded zone in China and cleared per order
  if (ctx.regime === '1210' && ctx.field === 'to')
    return { kind: 'bonded_zone', why: 'place.why.bonded' };
  const only = modes.length === 1 ? modes[0] : undefined;
  if (only === 'air') return { kind: 'airport', why: 'place.why.air' };
  // parcels in kg under the retail regime fly when air is ticked
  if (ctx.unit === 'kg' && ctx.regime === '9610' && (modes.length === 0 || modes.includes('air')))
    return { kind: 'airport', why: 'place.why.parcels' };
  if (only === 'sea') return { kind: 'seaport', why: 'place.why.sea' };
  if (only === 'rail') return { kind: 'rail_terminal', why: 'place.why.rail' };
  return undefined;
}

/**
 * The places in the order to offer them: those serving a ticked mode first, among them the kind the
 * query points to first; otherwise the search's own order.
 * @example rankPlaces([port, airport], { field: 'to', modes: ['air'], unit: 'kg', regime: 'general', cargo: [] })[0].place === airport
 */
export function rankPlaces(places: readonly Place[], ctx: PlaceContext): RankedPlace[] {
  const pref = preferred(ctx);
  const containers = ctx.unit === 'teu' || ctx.unit === 'feu';
  const ranked = places.map((place, i) => {
    const usable = place.modes.filter((m) => !(containers && m === 'air'));
    const fits =
      ctx.modes.length === 0 ? usable.length > 0 : usable.some((m) => ctx.modes.includes(m));
    const match = fits && pref !== undefined && place.kinds.includes(pref.kind);
    return { place, fits, match, i };
  });
  ranked.sort(
    (a, b) => Number(b.fits) - Number(a.fits) || Number(b.match) - Number(a.match) || a.i - b.i,
  );
  return ranked.map(({ place, fits, match }) =>
    match && pref ? { place, fits, why: pref.why } : { place, fits },
  );
}

/**
 * The place a typed name stands for when it names a city (or a terminal) exactly: the best fitting
 * of those, with the reason; undefined when the text is not such a name, so it goes to the planner
 * as typed.
 */
export function placeForName(
  text: string,
  places: readonly Place[],
  ctx: PlaceContext,
): RankedPlace | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  const named = places.filter((p) =>
    [p.city, p.city_zh, p.name, p.name_zh, p.id].some((n) => n.toLowerCase() === t),
  );
  // one exact terminal name or id is that terminal, whatever the query
  const exact = named.filter((p) => [p.name, p.name_zh, p.id].some((n) => n.toLowerCase() === t));
  if (exact.length === 1) return { place: exact[0]!, fits: true };
  const [best] = rankPlaces(named, ctx);
  return best && best.fits && best.why ? best : undefined;
}
