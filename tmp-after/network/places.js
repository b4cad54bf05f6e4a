import { nearestWithin } from "../lib/geo.js";
import { foldAscii, normalizeName, suggest } from "../lib/suggest.js";
/** Radius for a position: far enough to find the terminals of a city from its centre or an industrial park. */
const PLACE_RADIUS_KM = 150;
const nameKeys = (t) => [
    t.name,
    t.name_zh,
    ...t.aliases,
    ...(t.codes.iata ? [t.codes.iata] : []),
    ...(t.codes.unlocode ? [t.codes.unlocode] : []),
];
const cityKeys = (t) => [t.city, t.city_zh];
const CITY_PENALTY = 0.5;
const searchKey = (key, penalty) => ({
    key,
    words: key.split(' '),
    penalty,
});
const MISSES_MAX = 1024;
/** per terminal table: a network is immutable once loaded, and a copy that keeps its table shares it */
const indexes = new WeakMap();
function placeIndexOf(network) {
    let idx = indexes.get(network.terminals);
    if (idx)
        return idx;
    const byName = new Map();
    const byNameOrCity = new Map();
    const cityKeysAll = new Set();
    const searchable = [];
    const add = (m, key, t) => {
        const list = m.get(key);
        if (list)
            list.push(t);
        else
            m.set(key, [t]);
    };
    const folded = new Map();
    const fold = (key) => {
        let f = folded.get(key);
        if (f === undefined) {
            f = normalizeName(key);
            folded.set(key, f);
            const lower = key.toLowerCase();
            if (!folded.has(lower))
                folded.set(lower, normalizeName(lower));
        }
        return f;
    };
    for (const t of network.terminals.values()) {
        const id = normalizeName(t.id);
        const names = nameKeys(t).map(fold);
        const cities = cityKeys(t).map(fold);
        for (const k of new Set(names))
            add(byName, k, t);
        for (const k of new Set([...names, ...cities]))
            add(byNameOrCity, k, t);
        for (const k of cities)
            cityKeysAll.add(k);
        searchable.push({
            t,
            keys: [
                ...[id, ...names].map((key) => searchKey(key, 0)),
                ...cities.map((key) => searchKey(key, CITY_PENALTY)),
            ],
        });
    }
    const byCity = new Map();
    for (const k of cityKeysAll)
        byCity.set(k, byNameOrCity.get(k));
    idx = { byName, byCity, searchable, folded, misses: new Map() };
    indexes.set(network.terminals, idx);
    return idx;
}
/** How many unknown-place texts the network's place index keeps answers for (tests read it). */
export function storedPlaceMisses(network) {
    return placeIndexOf(network).misses.size;
}
const servesAny = (t, modes) => !modes || modes.length === 0 || t.modes.some((m) => modes.includes(m));
/**
 * Resolves a place: a terminal id; else a city; else a name, Chinese name, alias or code. A city
 * name gives every terminal of that city (with any terminal aliased by it) that serves the requested
 * modes, and the search starts or ends at whichever suits the route: "Hohhot" is the rail terminal,
 * the bonded zone and the airport, as a forwarder in Hohhot would use any of them (docs/decisions.md
 * R19). If no tier has a terminal serving the modes, the first tier's matches are returned all the
 * same, so the planner can say which modes the place lacks rather than claim the place is unknown.
 */
export function resolvePlace(network, ref, opts = {}) {
    if (typeof ref !== 'string') {
        const all = [...network.terminals.values()];
        const near = nearestWithin(all.filter((t) => servesAny(t, opts.modes)), ref, (t) => t.location, PLACE_RADIUS_KM);
        if (near.length > 0)
            return { ok: true, terminals: near.map((n) => n.item), match: 'position' };
        const nearest = nearestWithin(all, ref, (t) => t.location, Infinity).slice(0, 3);
        return { ok: false, suggestions: nearest.map((n) => n.item.id) };
    }
    const byId = network.terminals.get(ref.trim().toLowerCase());
    if (byId)
        return { ok: true, terminals: [byId], match: 'id' };
    // a city takes its terminals and any terminal aliased by the city's name ("Tokyo" the port); a
    // name that is no city's is the terminals it names
    const idx = placeIndexOf(network);
    let q = idx.folded.get(ref);
    let missKey;
    if (q === undefined) {
        missKey = foldAscii(ref);
        const missed = idx.misses.get(missKey);
        if (missed)
            return { ok: false, suggestions: [...missed] };
        q = normalizeName(ref);
    }
    const city = idx.byCity.get(q);
    const hits = city ?? idx.byName.get(q);
    if (hits === undefined) {
        const suggestions = suggestPlaces(network, ref);
        if (idx.misses.size >= MISSES_MAX)
            idx.misses.clear();
        idx.misses.set(missKey ?? foldAscii(ref), suggestions);
        return { ok: false, suggestions: [...suggestions] };
    }
    const preferred = hits.filter((t) => servesAny(t, opts.modes));
    // none serves the modes: the place all the same, so the planner can say which modes it lacks
    return {
        ok: true,
        terminals: preferred.length > 0 ? preferred : [...hits],
        match: city ? 'city' : 'name',
    };
}
/** Ids and names close to an unknown place by edit distance, then search hits; at most 5. */
export function suggestPlaces(network, ref) {
    const words = new Map(); // key typed → what to suggest
    for (const t of network.terminals.values()) {
        words.set(t.id, t.id);
        for (const k of nameKeys(t))
            words.set(k, t.id);
        for (const k of cityKeys(t))
            words.set(k, t.city);
    }
    const close = suggest(ref, words.keys(), 8).map((k) => words.get(k));
    const found = searchPlaces(network, ref, 5).map((t) => t.id);
    const seen = new Set();
    // "duisburg" (an id) and "Duisburg" (a city) are one suggestion
    return [...close, ...found]
        .filter((x) => !seen.has(normalizeName(x)) && seen.add(normalizeName(x)))
        .slice(0, 5);
}
/** How well a folded key matches a folded query: 0 exact, 1 prefix, 2 word prefix, 3 substring. */
function matchScore(k, q) {
    if (k.key === q)
        return 0;
    if (k.key.startsWith(q))
        return 1;
    if (k.words.some((w) => w.startsWith(q)))
        return 2;
    if (k.key.includes(q))
        return 3;
    return undefined;
}
/**
 * Terminals whose id, names (both languages), aliases, codes or city match `q`, best first: exact,
 * then prefix, word prefix, substring; a name match ranks above a city match at the same level.
 */
export function searchPlaces(network, q, limit = 10) {
    const query = normalizeName(q);
    if (query === '')
        return [];
    const scored = [];
    for (const { t, keys } of placeIndexOf(network).searchable) {
        let best;
        for (const key of keys) {
            const s = matchScore(key, query);
            if (s !== undefined && (best === undefined || s + key.penalty < best))
                best = s + key.penalty;
        }
        if (best !== undefined)
            scored.push({ t, score: best });
    }
    scored.sort((a, b) => a.score - b.score || a.t.name.localeCompare(b.t.name));
    return scored.slice(0, Math.max(0, limit)).map((s) => s.t);
}
//# sourceMappingURL=places.js.map