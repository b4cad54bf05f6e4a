/**
 * The sentence a planner reads for one issue of an API problem, in English or Chinese. The API's own
 * words (zod messages such as "Too small: expected number to be >0", field paths, ids) are read for
 * facts only, never shown: each known case has its own sentence, and anything else gets the field's
 * plain "please check" sentence. Pure.
 */
import type { Lang } from './i18n.ts';

interface Issue {
  path: string;
  message: string;
  hint?: string | undefined;
}

/** What a rule sees: the problem's code, the issue, and the field label already in the page's language. */
interface Case {
  code: string;
  issue: Issue;
  label: string;
  /** a country's name in the page's language */
  country(code: string): string;
}

type Say = (c: Case, m: RegExpExecArray) => string;

interface Rule {
  /** the problem codes the rule answers */
  codes: readonly string[];
  /** the issue path, without "body." */
  path: RegExp;
  /** the API's message; its groups are the facts the sentence uses */
  message: RegExp;
  en: Say;
  zh: Say;
}

const QUANTITY = /^shipment\.(teu|feu|kg|m3|pieces)$/;
const INPUT = ['REQUEST_INVALID', 'QUERY_INVALID'];

/** Countries of the network named in a hint ("countries in this network: AU, BY, CN"). */
function hintCountries(hint: string | undefined): string[] {
  const list = /countries in this network: ([A-Z, ]+)/.exec(hint ?? '')?.[1] ?? '';
  return list.split(/,\s*/).filter((c) => /^[A-Z]{2}$/.test(c));
}

const RULES: readonly Rule[] = [
  {
    codes: ['QUERY_INVALID'],
    path: /^to$/,
    message: /resolves to the origin/,
    en: (c) => `${c.label}: this is the same place as the origin. Choose another destination.`,
    zh: (c) => `${c.label}：与起点是同一地点，请选择其他终点。`,
  },
  {
    codes: ['QUERY_INVALID'],
    path: /^constraints\.avoid_countries/,
    message: /the (origin|destination) \S+ is in ([A-Z]{2}),/,
    en: (c, m) =>
      `${c.label}: the ${m[1]} is in ${c.country(m[2] ?? '')}, which the query avoids. Take ${m[2]} off the list.`,
    zh: (c, m) =>
      `${c.label}：${m[1] === 'origin' ? '起点' : '终点'}位于${c.country(m[2] ?? '')}，而查询要避开该国。请从列表中删去 ${m[2]}。`,
  },
  {
    codes: ['FILTER_UNKNOWN', 'REQUEST_INVALID'],
    path: /^constraints\.avoid_countries/,
    message: /unknown country "([^"]*)"|./,
    en: (c, m) => {
      const known = hintCountries(c.issue.hint);
      const what = m[1] ? `“${m[1]}” is not a country of this network` : 'use two-letter codes';
      return `${c.label}: ${what}.${known.length ? ` Countries you can avoid: ${known.join(', ')}.` : ''}`;
    },
    zh: (c, m) => {
      const known = hintCountries(c.issue.hint);
      const what = m[1] ? `“${m[1]}”不是本网络中的国家` : '请使用两个字母的国家代码';
      return `${c.label}：${what}。${known.length ? `可避开的国家：${known.join('、')}。` : ''}`;
    },
  },
  {
    codes: ['QUERY_INVALID'],
    path: /^shipment\.regime$/,
    message: /^(\S+) \(.*\) is an (import|export) regime, but this shipment is an (export|import)/,
    en: (c, m) =>
      m[2] === 'import'
        ? `${c.label}: ${m[1]} is for goods coming into China, but this shipment leaves China. Choose general trade or an export regime.`
        : `${c.label}: ${m[1]} is for goods leaving China, but this shipment comes into China. Choose general trade or an import regime.`,
    zh: (c, m) =>
      m[2] === 'import'
        ? `${c.label}：${m[1]} 适用于进口，而本批货物是出口。请选择一般贸易或出口监管方式。`
        : `${c.label}：${m[1]} 适用于出口，而本批货物是进口。请选择一般贸易或进口监管方式。`,
  },
  {
    codes: ['QUERY_INVALID'],
    path: /^shipment\.regime$/,
    message: /^(\S+) .*is for (?:retail )?parcels, not full containers/,
    en: (c, m) =>
      `${c.label}: ${m[1]} is for parcels, not full containers. Give the shipment in kg, or choose general trade, 9710 or 9810.`,
    zh: (c, m) =>
      `${c.label}：${m[1]} 适用于包裹，不适用于整箱。请按千克填写货量，或选择一般贸易、9710 或 9810。`,
  },
  {
    codes: ['QUERY_INVALID'],
    path: /^shipment\.regime$/,
    message: /no rule for regime (\S+)/,
    en: (c, m) => `${c.label}: this network has no customs rule for ${m[1]}. Choose general trade.`,
    zh: (c, m) => `${c.label}：本网络没有 ${m[1]} 的海关规则，请选择一般贸易。`,
  },
  {
    codes: INPUT,
    path: QUANTITY,
    message: /./,
    en: (c) => `${c.label}: enter an amount greater than zero (TEU, FEU or kg).`,
    zh: (c) => `${c.label}：请填写大于零的数量（TEU、FEU 或千克）。`,
  },
  {
    codes: INPUT,
    path: /^shipment\.value_usd$/,
    message: /./,
    en: (c) => `${c.label}: enter an amount greater than zero, or leave it empty.`,
    zh: (c) => `${c.label}：请填写大于零的金额，或留空。`,
  },
  {
    codes: INPUT,
    path: /^constraints\.modes/,
    message: /./,
    en: (c) => `${c.label}: tick at least one mode.`,
    zh: (c) => `${c.label}：请至少勾选一种运输方式。`,
  },
  {
    codes: INPUT,
    path: /^depart/,
    message: /./,
    en: (c) => `${c.label}: enter a date, for example 2026-12-01.`,
    zh: (c) => `${c.label}：请填写日期，例如 2026-12-01。`,
  },
  {
    codes: INPUT,
    path: /^(from|to)$/,
    message: /./,
    en: (c) => `${c.label}: enter a place name or choose one from the list.`,
    zh: (c) => `${c.label}：请填写地名或从列表中选择。`,
  },
];

/**
 * The planner's sentence for one issue.
 * @example issueSentence('en', { code: 'REQUEST_INVALID', issue: { path: 'body.shipment.teu', message: 'Too small: expected number to be >0' }, label: 'Shipment', country: (c) => c })
 *   // 'Shipment: enter an amount greater than zero (TEU, FEU or kg).'
 */
export function issueSentence(lang: Lang, c: Case): string {
  const path = c.issue.path.replace(/^body\.?/, '');
  for (const rule of RULES) {
    if (!rule.codes.includes(c.code) || !rule.path.test(path)) continue;
    const m = rule.message.exec(c.issue.message);
    if (m) return rule[lang](c, m);
  }
  return lang === 'zh'
    ? `${c.label}：请检查填写的内容。`
    : `${c.label}: please check what was entered.`;
}
