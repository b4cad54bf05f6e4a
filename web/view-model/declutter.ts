/**
 * Label text fitting: a width estimate (for text not yet drawn) and wrapping into short lines. Pure.
 */
/** A text width estimate for a label (CJK glyphs are about twice as wide as Latin ones). */
export function estimateTextWidth(text: string, fontSize_px: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return units * fontSize_px;
}

/** Cuts a label to fit `max_px` (by the same width estimate), ending it with "…". */
export function truncateToWidth(text: string, max_px: number, fontSize_px: number): string {
  if (estimateTextWidth(text, fontSize_px) <= max_px) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, fontSize_px) > max_px)
    chars.pop();
  return `${chars.join('')}…`;
}

/** A Chinese character (an opening bracket stays with the character after it, closing punctuation
 * with the one before), a Latin word with its trailing space, or a run of spaces. */
const CJK_OR_WORD =
  /[（【「《]*[\u2e80-\u9fff\uff00-\uffef][）】」》，。、：；！？]*|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g;

/**
 * Breaks a label into lines that fit `max_px` (by the same width estimate): between words in
 * Latin text, between any two characters in Chinese, inside a word only when the word alone is too
 * long. The last of `maxLines` lines ends with "…" if text is left over.
 * @example wrapToWidth('Erenhot – Zamyn-Uud (rail)', 90, 11) → ['Erenhot – ', 'Zamyn-Uud (rail)']
 */
export function wrapToWidth(
  text: string,
  max_px: number,
  fontSize_px: number,
  maxLines = 3,
): string[] {
  const tokens = text.match(CJK_OR_WORD) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens) {
    if (estimateTextWidth((line + token).trimEnd(), fontSize_px) <= max_px) {
      line += token;
      continue;
    }
    push();
    if (token.trim() === '') continue;
    // a single word wider than the line is split where it must be
    let rest = token;
    while (estimateTextWidth(rest.trimEnd(), fontSize_px) > max_px) {
      const chars = [...rest];
      let n = chars.length - 1;
      while (n > 1 && estimateTextWidth(chars.slice(0, n).join(''), fontSize_px) > max_px) n--;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateToWidth(
    `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`,
    max_px,
    fontSize_px,
  );
  return kept;
}
