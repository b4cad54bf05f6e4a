/**
 * "Did you mean" helpers: edit distance, ASCII folding of diacritics, and ranked suggestions
 * from a list of known words. Leaf module: no domain imports.
 */

/** Levenshtein distance (insert, delete, substitute all cost 1), two-row dynamic programme. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, sub);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Letters that Unicode does not decompose into a base letter plus a mark (so NFD alone misses them). */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', ı: 'i' };

/** Lower-case ASCII form for matching: "Małaszewicze" → "malaszewicze", "Zamyn-Üüd" → "zamyn-uud". */
export function foldAscii(text: string): string {
  return text
    .replace(/[łŁøØđĐßæÆı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Folded form with runs of spaces, hyphens, underscores and dots made one space, for name matching. */
export function normalizeName(text: string): string {
  return foldAscii(text)
    .replace(/[\s\-_.'’,()]+/g, ' ')
    .trim();
}

/**
 * Known words closest to `word`, best first. A candidate qualifies when its distance is at most a
 * third of the longer length (at least 2), so "erenhot-rial" finds "erenhot-rail" but "x" finds nothing.
 */
export function suggest(word: string, known: Iterable<string>, limit = 3): string[] {
  const w = foldAscii(word);
  const scored: { candidate: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of known) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const c = foldAscii(candidate);
    const d = editDistance(w, c);
    const allowed = Math.max(2, Math.floor(Math.max(w.length, c.length) / 3));
    if (d <= allowed) scored.push({ candidate, d });
  }
  scored.sort((x, y) => x.d - y.d || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** The hint the validator and place lookup print: `did you mean "a"?` or `did you mean "a" or "b"?`. */
export function didYouMean(word: string, known: Iterable<string>): string | undefined {
  const found = suggest(word, known, 2);
  if (found.length === 0) return undefined;
  return `did you mean ${found.map((s) => `"${s}"`).join(' or ')}?`;
}
