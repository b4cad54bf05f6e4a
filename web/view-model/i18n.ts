/**
 * Language lookup: pure functions from a language and a key (or a named thing) to display text.
 * The chosen language is remembered by the page (localStorage); these functions hold no state.
 */
import { STRINGS, type StringKey } from './i18n-strings.ts';

export type Lang = 'en' | 'zh';

/** BCP 47 locale used by Intl for each language. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** @example t('zh', 'mode.rail') === '铁路' */
export function t(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}

/** Looks up a key built at run time (e.g. `mode.${mode}`); falls back to the last part of the key. */
export function tDynamic(lang: Lang, key: string): string {
  const table = STRINGS[lang] as Record<string, string>;
  return table[key] ?? key.slice(key.lastIndexOf('.') + 1).replaceAll('_', ' ');
}

/** The name of a thing in the language, falling back to English when no Chinese name is known. */
export function pickName(
  lang: Lang,
  thing: { name: string; name_zh?: string | null | undefined },
): string {
  return lang === 'zh' && thing.name_zh ? thing.name_zh : thing.name;
}

/** The name of the item with this id in the language; the id itself when none has it. */
export function nameById(
  lang: Lang,
  items: readonly { id: string; name: string; name_zh?: string | null | undefined }[],
  id: string,
): string {
  const item = items.find((x) => x.id === id);
  return item ? pickName(lang, item) : id;
}

/** Both names for a hover: "Erenhot · 二连浩特" (the chosen language first). */
export function bothNames(
  lang: Lang,
  thing: { name: string; name_zh?: string | null | undefined },
): string {
  if (!thing.name_zh || thing.name_zh === thing.name) return thing.name;
  return lang === 'zh' ? `${thing.name_zh} · ${thing.name}` : `${thing.name} · ${thing.name_zh}`;
}

/** A country's name from its ISO code, through Intl (no table to keep). */
export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([LOCALE[lang]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function parseLang(value: string | null | undefined): Lang | undefined {
  return value === 'en' || value === 'zh' ? value : undefined;
}
