/**
 * A border's sides in the details panel by terminal name, not by id: its `sides` and its median dwell
 * by the side entered (`dwell_p50_h_into`, keyed by side terminal id in the GeoJSON).
 */
import { pickName, type Lang } from './i18n.ts';

/** A terminal's names by its id (undefined for an id the network's features do not hold). */
export type TerminalNames = (
  id: string,
) => { name: string; name_zh?: string | null | undefined } | undefined;

/** A side's label: the terminal's name in the chosen language, its id when the terminal is unknown. */
export function sideLabel(lang: Lang, id: string, names: TerminalNames): string {
  const named = names(id);
  return named ? pickName(lang, named) : id;
}

/** "Terespol: 22.5; Brest: 20" (hours by the side entered), each side by its terminal's name. */
export function dwellIntoText(
  lang: Lang,
  into: Record<string, unknown>,
  names: TerminalNames,
): string {
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  return Object.entries(into)
    .map(
      ([id, h]) =>
        `${sideLabel(lang, id, names)}: ${typeof h === 'number' ? number.format(h) : String(h)}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}
