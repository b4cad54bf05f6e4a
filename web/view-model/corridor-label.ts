/**
 * Short corridor labels for cards and comparison rows. The API's label names every gateway with its
 * details ("Erenhot – Zamyn-Uud (rail, 1435/1520 mm) · …"); planners scan the gateways, so the
 * details go (rail is the default; a road or other crossing keeps its mode word). The full label
 * stays available as the hover text.
 */
import type { Route } from '../types.ts';
import type { Lang } from './i18n.ts';

const MODE_DETAIL = /\s*\((rail|road|sea|air)\b(?:[^()]|\([^()]*\))*\)/g;
/** a full-width parenthesis holding a crossing pair "（克拉斯诺耶—奥西诺夫卡）" */
const ZH_PAIR_DETAIL = /（[^（）]*—[^（）]*）/g;

/** @example shortCorridorLabel('en', 'Erenhot – Zamyn-Uud (rail, 1435/1520 mm) · Brest – Terespol (road)') === 'Erenhot – Zamyn-Uud · Brest – Terespol (road)' */
export function shortCorridorLabel(lang: Lang, label: string): string {
  if (lang === 'zh') return label.replace(ZH_PAIR_DETAIL, '');
  return label.replace(MODE_DETAIL, (_m, mode: string) => (mode === 'rail' ? '' : ` (${mode})`));
}

/** A route's corridor as a card names it: the short name when the network gives one. */
export function routeCorridorName(lang: Lang, route: Pick<Route, 'corridor'>): string {
  const c = route.corridor;
  const short = lang === 'zh' ? c.short_zh : c.short;
  return short ?? shortCorridorLabel(lang, lang === 'zh' ? c.label_zh : c.label);
}
