/**
 * "Did you mean" helpers: edit distance, ASCII folding of diacritics, and ranked suggestions
 * from a list of known words. Leaf module: no domain imports.
 */
/**
 * Edit distance with adjacent transpositions (optimal string alignment): insert, delete, substitute
 * and swap two neighbours all cost 1, so the common typo "rial" for "rail" is one edit, not two.
 */
export function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let before = new Array(b.length + 1).fill(0);
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    let curr = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        curr[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, before[j - 2] + 1);
            curr[j] = d;
        }
        [before, prev, curr] = [prev, curr, before];
    }
    return prev[b.length];
}
/** Letters that Unicode does not decompose into a base letter plus a mark (so NFD alone misses them). */
const UNDECOMPOSED = {
    ł: 'l',
    Ł: 'L',
    ø: 'o',
    Ø: 'O',
    đ: 'd',
    Đ: 'D',
    ß: 'ss',
    æ: 'ae',
    Æ: 'AE',
    ı: 'i',
};
/** Lower-case ASCII form for matching: "Małaszewicze" → "malaszewicze", "Zamyn-Üüd" → "zamyn-uud". */
export function foldAscii(text) {
    return text
        .replace(/[łŁøØđĐßæÆı]/g, (c) => UNDECOMPOSED[c] ?? c)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase();
}
/** Folded form with runs of spaces, hyphens, underscores and dots made one space, for name matching. */
export function normalizeName(text) {
    return foldAscii(text)
        .replace(/[\s\-_.'’,()]+/g, ' ')
        .trim();
}
/**
 * Known words closest to `word`, best first. A candidate qualifies when its distance is at most a
 * third of the longer length (at least 2), so "erenhot-rial" finds "erenhot-rail" but "x" finds nothing.
 */
export function suggest(word, known, limit = 3) {
    const w = foldAscii(word);
    const scored = [];
    const seen = new Set();
    for (const candidate of known) {
        if (seen.has(candidate))
            continue;
        seen.add(candidate);
        const c = foldAscii(candidate);
        const d = editDistance(w, c);
        const allowed = Math.max(2, Math.floor(Math.max(w.length, c.length) / 3));
        if (d <= allowed)
            scored.push({ candidate, d });
    }
    scored.sort((x, y) => x.d - y.d || x.candidate.localeCompare(y.candidate));
    return scored.slice(0, limit).map((s) => s.candidate);
}
/** Known words closest to `word` that tie for the smallest distance (at most `limit`). */
export function closest(word, known, limit = 2) {
    const w = foldAscii(word);
    const ranked = suggest(word, known, 10);
    const best = ranked.length > 0 ? editDistance(w, foldAscii(ranked[0])) : 0;
    return ranked.filter((c) => editDistance(w, foldAscii(c)) === best).slice(0, limit);
}
/** The hint the validator and place lookup print: `did you mean "a"?`, or `"a" or "b"` when they tie. */
export function didYouMean(word, known) {
    const found = closest(word, known, 2);
    if (found.length === 0)
        return undefined;
    return `did you mean ${found.map((s) => `"${s}"`).join(' or ')}?`;
}
//# sourceMappingURL=suggest.js.map