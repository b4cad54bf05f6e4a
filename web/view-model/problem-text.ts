/**
 * An API problem (or a dropped connection) as a planner reads it: a sentence in the page's language
 * naming the form field by its label, never a field path, a status code or a JS error, and the
 * "did you mean" places as choices the page can offer as buttons. Pure.
 */
import type { Problem } from '../types.ts';
import { t, type Lang } from './i18n.ts';
import type { StringKey } from './i18n-strings.ts';
import { plainText, type Namer } from './notice-text.ts';

export interface PlaceChoice {
  field: 'from' | 'to';
  id: string;
  name: string;
}

export interface ProblemView {
  title: string;
  lines: string[];
  /** places to offer instead of the one not found */
  choices: PlaceChoice[];
}

/** The form field a path names ("body.shipment.teu" → the quantity field), by its label key. */
export function fieldLabelKey(path: string): StringKey {
  const p = path.replace(/^body\.?/, '');
  if (p === 'from') return 'query.from';
  if (p === 'to') return 'query.to';
  if (p.startsWith('depart')) return 'query.depart';
  if (/^shipment\.(teu|feu|kg|m3|pieces)/.test(p)) return 'query.quantity';
  if (p.startsWith('shipment.cargo')) return 'query.cargo';
  if (p.startsWith('shipment.regime')) return 'query.regime';
  if (p.startsWith('shipment.value')) return 'query.value';
  if (p.startsWith('constraints.modes')) return 'query.modes';
  if (p.startsWith('constraints.avoid_countries')) return 'query.avoid';
  if (p.startsWith('objective')) return 'query.objective';
  return 'query.title';
}

/** Ids quoted in a did-you-mean hint: 'did you mean "baotou-rail", "baotou-airport"?' */
export function hintIds(hint: string | undefined): string[] {
  return [...(hint ?? '').matchAll(/"([a-z0-9][a-z0-9-]*)"/g)].map((m) => m[1]!);
}

const TITLES: Partial<Record<string, StringKey>> = {
  PLACE_NOT_FOUND: 'problem.place',
  QUERY_INVALID: 'problem.query',
  REQUEST_INVALID: 'problem.query',
  SEARCH_ABORTED: 'problem.slow',
  SEARCH_LIMIT: 'problem.slow',
  RATE_LIMITED: 'problem.busy',
  BUSY: 'problem.busy',
  NOT_READY: 'problem.busy',
};

export function problemView(lang: Lang, problem: Problem, namer?: Namer): ProblemView {
  if (problem.status === 0)
    return {
      title: t(lang, 'problem.offline'),
      lines: [t(lang, 'problem.offline.more')],
      choices: [],
    };
  const code = problem.code ?? '';
  const key = TITLES[code] ?? (problem.status >= 500 ? 'problem.server' : 'problem.query');
  const lines: string[] = [];
  const choices: PlaceChoice[] = [];
  for (const issue of problem.issues ?? []) {
    const label = t(lang, fieldLabelKey(issue.path));
    if (code === 'PLACE_NOT_FOUND') {
      const field = /\bto$/.test(issue.path) ? 'to' : 'from';
      const asked = /matches "(.*)"/.exec(issue.message)?.[1] ?? '';
      lines.push(
        lang === 'zh' ? `${label}：找不到“${asked}”。` : `${label}: no place matches “${asked}”.`,
      );
      for (const id of hintIds(issue.hint))
        choices.push({ field, id, name: namer ? namer.terminal(id) : id });
    } else {
      // the API's words are English; in Chinese the field is named and the value called invalid
      lines.push(
        lang === 'zh'
          ? `${label}：请检查填写的内容。`
          : `${label}: ${plainText(issue.message)}${issue.hint ? ` (${plainText(issue.hint)})` : ''}`,
      );
    }
  }
  if (lines.length === 0) {
    if (key === 'problem.slow' || key === 'problem.busy' || key === 'problem.server')
      lines.push(t(lang, `${key}.more`));
    else if (lang === 'en' && problem.detail) lines.push(plainText(problem.detail));
  }
  return { title: t(lang, key), lines, choices };
}
