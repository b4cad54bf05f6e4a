/**
 * Label decluttering: given labels in priority order with their screen boxes, keep each label only
 * if it does not overlap one already kept. Pure; the map calls it after every zoom.
 */
export interface LabelBox {
  id: string;
  /** anchor in screen pixels; the text starts at x + offset and is centred on y */
  x: number;
  y: number;
  width_px: number;
  height_px: number;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x < b.x + b.width_px &&
    b.x < a.x + a.width_px &&
    Math.abs(a.y - b.y) < (a.height_px + b.height_px) / 2
  );
}

/** Ids of the labels to hide, lower-priority ones first to go. @example hiddenLabels([a, overlappingB]) → Set{'b'} */
export function hiddenLabels(labels: readonly LabelBox[]): Set<string> {
  const kept: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const l of labels) {
    if (kept.some((k) => overlaps(k, l))) hidden.add(l.id);
    else kept.push(l);
  }
  return hidden;
}

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
