/**
 * Place lookup: turns what a user types (terminal id, English or Chinese name, alias, IATA or
 * UN/LOCODE, city, or a lon/lat position) into terminals, and ranks free-text search results.
 * Matching folds case and diacritics, so "malaszewicze" finds Małaszewicze and "zamyn uud" Zamyn-Üüd.
 */
import type { Mode, Network, PlaceRef, Terminal } from '../model/index.ts';
/** How a typed place matched: a terminal's id, a terminal's own name (or alias, code), a city, a position. */
type PlaceMatch = 'id' | 'name' | 'city' | 'position';
export type PlaceResult = {
    ok: true;
    terminals: Terminal[];
    match: PlaceMatch;
} | {
    ok: false;
    suggestions: string[];
};
/** How many unknown-place texts the network's place index keeps answers for (tests read it). */
export declare function storedPlaceMisses(network: Network): number;
/**
 * Resolves a place: a terminal id; else a city; else a name, Chinese name, alias or code. A city
 * name gives every terminal of that city (with any terminal aliased by it) that serves the requested
 * modes, and the search starts or ends at whichever suits the route: "Hohhot" is the rail terminal,
 * the bonded zone and the airport, as a forwarder in Hohhot would use any of them (docs/decisions.md
 * R19). If no tier has a terminal serving the modes, the first tier's matches are returned all the
 * same, so the planner can say which modes the place lacks rather than claim the place is unknown.
 */
export declare function resolvePlace(network: Network, ref: PlaceRef, opts?: {
    modes?: Mode[];
}): PlaceResult;
/** Ids and names close to an unknown place by edit distance, then search hits; at most 5. */
export declare function suggestPlaces(network: Network, ref: string): string[];
/**
 * Terminals whose id, names (both languages), aliases, codes or city match `q`, best first: exact,
 * then prefix, word prefix, substring; a name match ranks above a city match at the same level.
 */
export declare function searchPlaces(network: Network, q: string, limit?: number): Terminal[];
export {};
//# sourceMappingURL=places.d.ts.map