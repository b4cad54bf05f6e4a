/**
 * "Did you mean" helpers: edit distance, ASCII folding of diacritics, and ranked suggestions
 * from a list of known words. Leaf module: no domain imports.
 */
/**
 * Edit distance with adjacent transpositions (optimal string alignment): insert, delete, substitute
 * and swap two neighbours all cost 1, so the common typo "rial" for "rail" is one edit, not two.
 */
export declare function editDistance(a: string, b: string): number;
/** Lower-case ASCII form for matching: "Małaszewicze" → "malaszewicze", "Zamyn-Üüd" → "zamyn-uud". */
export declare function foldAscii(text: string): string;
/** Folded form with runs of spaces, hyphens, underscores and dots made one space, for name matching. */
export declare function normalizeName(text: string): string;
/**
 * Known words closest to `word`, best first. A candidate qualifies when its distance is at most a
 * third of the longer length (at least 2), so "erenhot-rial" finds "erenhot-rail" but "x" finds nothing.
 */
export declare function suggest(word: string, known: Iterable<string>, limit?: number): string[];
/** Known words closest to `word` that tie for the smallest distance (at most `limit`). */
export declare function closest(word: string, known: Iterable<string>, limit?: number): string[];
/** The hint the validator and place lookup print: `did you mean "a"?`, or `"a" or "b"` when they tie. */
export declare function didYouMean(word: string, known: Iterable<string>): string | undefined;
//# sourceMappingURL=suggest.d.ts.map