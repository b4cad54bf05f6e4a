/**
 * An API problem (or a dropped connection) as a planner reads it: a sentence in the page's language
 * naming the form field by its label, never a field path, a status code or a JS error, and the
 * "did you mean" places as choices the page can offer as buttons. Pure.
 */
import type { Problem } from '../types.ts';
import { countryName, t, type Lang } from './i18n.ts';
import type { StringKey } from './i18n-strings.ts';
import type { Namer } from './notice-text.ts';
import { issueSentence } from './problem-sentences.ts';

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

/** Places quoted in a did-you-mean hint, ids or names: 'did you mean "baotou-rail", "Baotou"?' */
export function hintIds(hint: string | undefined): string[] {
  return [...(hint ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/** The heading of every problem code the API has (src/contract/problem.ts), by meaning for a planner. */
const TITLES: Readonly<Record<string, StringKey>> = {
  PLACE_NOT_FOUND: 'problem.place',
  QUERY_INVALID: 'problem.query',
  REQUEST_INVALID: 'problem.query',
  FILTER_UNKNOWN: 'problem.query',
  SEARCH_ABORTED: 'problem.slow',
  SEARCH_LIMIT: 'problem.slow',
  RATE_LIMITED: 'problem.busy',
  BUSY: 'problem.busy',
  NOT_READY: 'problem.busy',
  REQUEST_TIMEOUT: 'problem.offline',
  MALFORMED_JSON: 'problem.page',
  BODY_TOO_LARGE: 'problem.page',
  UNSUPPORTED_MEDIA_TYPE: 'problem.page',
  NOT_FOUND: 'problem.page',
  METHOD_NOT_ALLOWED: 'problem.page',
  HEADERS_TOO_LARGE: 'problem.page',
  NETWORK_NOT_FOUND: 'problem.network',
  NETWORK_INVALID: 'problem.server',
  NETWORK_FILE_UNREADABLE: 'problem.server',
  SCENARIO_INVALID: 'problem.scenario',
  UNAUTHORIZED: 'problem.key',
  INTERNAL: 'problem.server',
};

/** Codes whose issues are about the query form; the others' issues are about the request itself. */
const FORM_CODES = new Set([
  'PLACE_NOT_FOUND',
  'QUERY_INVALID',
  'REQUEST_INVALID',
  'FILTER_UNKNOWN',
]);

const MORE: Readonly<Partial<Record<StringKey, StringKey>>> = {
  'problem.offline': 'problem.offline.more',
  'problem.slow': 'problem.slow.more',
  'problem.busy': 'problem.busy.more',
  'problem.server': 'problem.server.more',
  'problem.page': 'problem.page.more',
  'problem.network': 'problem.network.more',
  'problem.scenario': 'problem.scenario.more',
  'problem.key': 'problem.key.more',
  'problem.query': 'problem.query.more',
  'problem.place': 'problem.query.more',
};

export function problemView(lang: Lang, problem: Problem, namer?: Namer): ProblemView {
  if (problem.status === 0)
    return {
      title: t(lang, 'problem.offline'),
      lines: [t(lang, 'problem.offline.more')],
      choices: [],
    };
  const code = problem.code ?? '';
  const key =
    TITLES[code] ??
    (problem.status >= 500
      ? 'problem.server'
      : problem.status === 429
        ? 'problem.busy'
        : 'problem.query');
  const lines: string[] = [];
  const choices: PlaceChoice[] = [];
  for (const issue of FORM_CODES.has(code) ? (problem.issues ?? []) : []) {
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
      lines.push(
        issueSentence(lang, {
          code,
          issue,
          label,
          country: (c) => countryName(lang, c),
        }),
      );
    }
  }
  if (lines.length === 0) {
    const more = MORE[key];
    if (more) lines.push(t(lang, more));
  }
  return { title: t(lang, key), lines: [...new Set(lines)], choices };
}
