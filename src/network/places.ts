/**
 * Place lookup: turns what a user types (terminal id, English or Chinese name, alias, IATA or
 * UN/LOCODE, city, or a lon/lat position) into terminals, and ranks free-text search results.
 * Matching folds case and diacritics, so "malaszewicze" finds Małaszewicze and "zamyn uud" Zamyn-Üüd.
 */
import type { Mode, Network, PlaceRef, Terminal } from '../model/index.ts';
import { nearestWithin } from '../lib/geo.ts';
import { normalizeName, suggest } from '../lib/suggest.ts';

/** Radius for a position: far enough to find the terminals of a city from its centre or an industrial park. */
const PLACE_RADIUS_KM = 150;

/** How a typed place matched: a terminal's id, a terminal's own name (or alias, code), a city, a position. */
type PlaceMatch = 'id' | 'name' | 'city' | 'position';

export type PlaceResult =
  { ok: true; terminals: Terminal[]; match: PlaceMatch } | { ok: false; suggestions: string[] };

const nameKeys = (t: Terminal): string[] => [
  t.name,
  t.name_zh,
  ...t.aliases,
  ...(t.codes.iata ? [t.codes.iata] : []),
  ...(t.codes.unlocode ? [t.codes.unlocode] : []),
];
const cityKeys = (t: Terminal): string[] => [t.city, t.city_zh];

/**
 * Folded name and city keys of a terminal, computed once per terminal object: folding every key of
 * every terminal on each lookup was a fifth of a plan call's time. Terminals are immutable once parsed.
 */
interface FoldedKeys {
  readonly id: string;
  readonly names: readonly string[];
  readonly cities: readonly string[];
  /** the keys searchPlaces matches, each with its words and its rank penalty (cities rank lower) */
  readonly searchable: readonly SearchKey[];
}
interface SearchKey {
  readonly key: string;
  readonly words: readonly string[];
  readonly penalty: number;
}
const CITY_PENALTY = 0.5;
const searchKey = (key: string, penalty: number): SearchKey => ({
  key,
  words: key.split(' '),
  penalty,
});
const foldedKeys = new WeakMap<Terminal, FoldedKeys>();
function keysOf(t: Terminal): FoldedKeys {
  let k = foldedKeys.get(t);
  if (!k) {
    const id = normalizeName(t.id);
    const names = nameKeys(t).map(normalizeName);
    const cities = cityKeys(t).map(normalizeName);
    k = {
      id,
      names,
      cities,
      searchable: [
        ...[id, ...names].map((key) => searchKey(key, 0)),
        ...cities.map((key) => searchKey(key, CITY_PENALTY)),
      ],
    };
    foldedKeys.set(t, k);
  }
  return k;
}

const servesAny = (t: Terminal, modes: readonly Mode[] | undefined) =>
  !modes || modes.length === 0 || t.modes.some((m) => modes.includes(m));

/**
 * Resolves a place: a terminal id; else a city; else a name, Chinese name, alias or code. A city
 * name gives every terminal of that city (with any terminal aliased by it) that serves the requested
 * modes, and the search starts or ends at whichever suits the route: "Hohhot" is the rail terminal,
 * the bonded zone and the airport, as a forwarder in Hohhot would use any of them (docs/decisions.md
 * R19). If no tier has a terminal serving the modes, the first tier's matches are returned all the
 * same, so the planner can say which modes the place lacks rather than claim the place is unknown.
 */
export function resolvePlace(
  network: Network,
  ref: PlaceRef,
  opts: { modes?: Mode[] } = {},
): PlaceResult {
  const all = [...network.terminals.values()];
  if (typeof ref !== 'string') {
    const near = nearestWithin(
      all.filter((t) => servesAny(t, opts.modes)),
      ref,
      (t) => t.location,
      PLACE_RADIUS_KM,
    );
    if (near.length > 0) return { ok: true, terminals: near.map((n) => n.item), match: 'position' };
    const nearest = nearestWithin(all, ref, (t) => t.location, Infinity).slice(0, 3);
    return { ok: false, suggestions: nearest.map((n) => n.item.id) };
  }
  const q = normalizeName(ref);
  const id = ref.trim().toLowerCase();
  const byId = all.filter((t) => t.id === id);
  if (byId.length > 0) return { ok: true, terminals: byId, match: 'id' };
  // a city takes its terminals and any terminal aliased by the city's name ("Tokyo" the port); a
  // name that is no city's is the terminals it names
  const named = (t: Terminal) => keysOf(t).names.includes(q);
  const isCity = all.some((t) => keysOf(t).cities.includes(q));
  const match: PlaceMatch = isCity ? 'city' : 'name';
  const hits = all.filter((t) => named(t) || (isCity && keysOf(t).cities.includes(q)));
  if (hits.length === 0) return { ok: false, suggestions: suggestPlaces(network, ref) };
  const preferred = hits.filter((t) => servesAny(t, opts.modes));
  // none serves the modes: the place all the same, so the planner can say which modes it lacks
  return { ok: true, terminals: preferred.length > 0 ? preferred : hits, match };
}

/** Ids and names close to an unknown place by edit distance, then search hits; at most 5. */
export function suggestPlaces(network: Network, ref: string): string[] {
  const words = new Map<string, string>(); // key typed → what to suggest
  for (const t of network.terminals.values()) {
    words.set(t.id, t.id);
    for (const k of nameKeys(t)) words.set(k, t.id);
    for (const k of cityKeys(t)) words.set(k, t.city);
  }
  const close = suggest(ref, words.keys(), 8).map((k) => words.get(k)!);
  const found = searchPlaces(network, ref, 5).map((t) => t.id);
  const seen = new Set<string>();
  // "duisburg" (an id) and "Duisburg" (a city) are one suggestion
  return [...close, ...found]
    .filter((x) => !seen.has(normalizeName(x)) && seen.add(normalizeName(x)))
    .slice(0, 5);
}

/** How well a folded key matches a folded query: 0 exact, 1 prefix, 2 word prefix, 3 substring. */
function matchScore(k: SearchKey, q: string): number | undefined {
  if (k.key === q) return 0;
  if (k.key.startsWith(q)) return 1;
  if (k.words.some((w) => w.startsWith(q))) return 2;
  if (k.key.includes(q)) return 3;
  return undefined;
}

/**
 * Terminals whose id, names (both languages), aliases, codes or city match `q`, best first: exact,
 * then prefix, word prefix, substring; a name match ranks above a city match at the same level.
 */
export function searchPlaces(network: Network, q: string, limit = 10): Terminal[] {
  const query = normalizeName(q);
  if (query === '') return [];
  const scored: { t: Terminal; score: number }[] = [];
  for (const t of network.terminals.values()) {
    let best: number | undefined;
    for (const key of keysOf(t).searchable) {
      const s = matchScore(key, query);
      if (s !== undefined && (best === undefined || s + key.penalty < best)) best = s + key.penalty;
    }
    if (best !== undefined) scored.push({ t, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.t.name.localeCompare(b.t.name));
  return scored.slice(0, Math.max(0, limit)).map((s) => s.t);
}
