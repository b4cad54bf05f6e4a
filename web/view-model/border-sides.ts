/**
 * A border's median dwell by the side entered in the details panel (`dwell_p50_h_into`, keyed by side
 * terminal id in the GeoJSON), each side by its terminal's name, not by its id.
 */
import type { Lang } from './i18n.ts';
import type { Namer } from './notice-text.ts';

/** "Terespol: 22.5; Brest: 20" (hours by the side entered), each side named by `terminalName`. */
export function dwellIntoText(
  lang: Lang,
  into: Record<string, unknown>,
  terminalName: Namer['terminal'],
): string {
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  return Object.entries(into)
    .map(
      ([id, h]) => `${terminalName(id)}: ${typeof h === 'number' ? number.format(h) : String(h)}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}
