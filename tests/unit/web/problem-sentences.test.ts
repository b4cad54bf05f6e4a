/**
 * Every problem body the API sends for a bad query (copied from its answers) reads as a plain
 * sentence in English and in Chinese: the field named by its label, no zod wording, no field path,
 * no status code. The browser test plain-messages.test.ts feeds the live bodies to the page.
 */
import { describe, expect, it } from 'vitest';
import { problemView } from '../../../web/view-model/problem-text.ts';
import type { Problem } from '../../../web/types.ts';
import { DEVELOPER } from './developer-words.ts';

const p = (code: string, status: number, path: string, message: string, hint?: string) =>
  ({
    title: 'x',
    status,
    code,
    detail: `${path}: ${message}`,
    issues: [{ path, message, ...(hint ? { hint } : {}) }],
  }) as Problem;

const CASES: [Problem, { en: string; zh: string }][] = [
  [
    p(
      'REQUEST_INVALID',
      400,
      'body.shipment.teu',
      'Too small: expected number to be >0',
      'e.g. { "feu": 1, "kg": 12000 }',
    ),
    { en: 'Shipment: enter an amount greater than zero', zh: '货量：请填写大于零的数量' },
  ],
  [
    p(
      'FILTER_UNKNOWN',
      400,
      'body.constraints.avoid_countries[0]',
      'unknown country "XX"',
      'countries in this network: AU, BY, CN',
    ),
    {
      en: 'Avoid countries: “XX” is not a country of this network. Countries you can avoid: AU, BY, CN.',
      zh: '避开国家：“XX”不是本网络中的国家。可避开的国家：AU、BY、CN。',
    },
  ],
  [
    p('QUERY_INVALID', 422, 'body.to', 'the destination resolves to the origin (baotou-rail)'),
    { en: 'Destination: this is the same place as the origin', zh: '终点：与起点是同一地点' },
  ],
  [
    p('REQUEST_INVALID', 400, 'body.depart', 'Invalid input', 'an ISO date "2025-03-03"'),
    { en: 'Departure date: enter a date', zh: '出发日期：请填写日期' },
  ],
  [
    p(
      'REQUEST_INVALID',
      400,
      'body.constraints.modes',
      'Too small: expected array to have >=1 items',
    ),
    { en: 'Modes: tick at least one mode.', zh: '运输方式：请至少勾选一种运输方式。' },
  ],
  [
    p('REQUEST_INVALID', 400, 'body.shipment.value_usd', 'Too small: expected number to be >0'),
    {
      en: 'Declared value (USD): enter an amount greater than zero, or leave it empty.',
      zh: '申报货值（美元）：请填写大于零的金额，或留空。',
    },
  ],
  [
    p(
      'QUERY_INVALID',
      422,
      'body.shipment.regime',
      '1210 (Bonded e-commerce import (stock in a bonded zone, cleared per retail order)) is an import regime, but this shipment is an export from China',
    ),
    {
      en: 'Customs regime: 1210 is for goods coming into China, but this shipment leaves China.',
      zh: '海关监管方式：1210 适用于进口，而本批货物是出口。',
    },
  ],
  [
    p(
      'QUERY_INVALID',
      422,
      'body.shipment.regime',
      '9610 (Cross-border e-commerce retail export) is for parcels, not full containers',
      'give the shipment in kg',
    ),
    { en: 'Customs regime: 9610 is for parcels, not full containers.', zh: '9610 适用于包裹' },
  ],
  [
    p(
      'QUERY_INVALID',
      422,
      'constraints.avoid_countries',
      'the origin baotou-rail is in CN, which the query avoids',
    ),
    {
      en: 'Avoid countries: the origin is in China, which the query avoids. Take CN off the list.',
      zh: '起点位于中国',
    },
  ],
  [
    p(
      'MALFORMED_JSON',
      400,
      '',
      "Body is not valid JSON but content-type is set to 'application/json'",
      'send a JSON object with Content-Type: application/json',
    ),
    { en: 'The page and the server did not understand each other', zh: '页面与服务器未能互相理解' },
  ],
  [
    p('NETWORK_NOT_FOUND', 404, 'network', 'no network "nope"', 'known networks: inner-mongolia'),
    { en: 'This freight network is not on the server', zh: '服务器上没有这个货运网络' },
  ],
  [
    p(
      'REQUEST_INVALID',
      400,
      'body.constraints.max_transfers',
      'Too big: expected number to be <=12',
    ),
    { en: 'please check what was entered.', zh: '请检查填写的内容。' },
  ],
  [
    {
      title: 'Too many requests',
      status: 429,
      code: 'RATE_LIMITED',
      detail: 'Rate limit exceeded, retry in 1 minute',
    } as Problem,
    { en: 'The planner is busy', zh: '规划器繁忙' },
  ],
  [
    { title: 'TypeError: Failed to fetch', status: 0 },
    { en: 'The server cannot be reached', zh: '无法连接服务器' },
  ],
];

describe('problemView on the API problem bodies', () => {
  for (const [problem, want] of CASES) {
    const name = `${problem.code ?? 'offline'} ${problem.issues?.[0]?.path ?? ''}`;
    for (const lang of ['en', 'zh'] as const) {
      it(`${name} in ${lang}: a plain sentence`, () => {
        const v = problemView(lang, problem);
        const text = [v.title, ...v.lines].join(' ');
        expect(text).toContain(want[lang]);
        expect(text).not.toMatch(DEVELOPER);
        expect(v.lines.length).toBeGreaterThan(0);
        for (const line of v.lines) expect(line).toMatch(lang === 'zh' ? /[。？]$/ : /[.?]$/);
        // the Chinese page shows no English sentence: Latin only in codes, ids and dates
        if (lang === 'zh') expect(text).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
      });
    }
  }

  it('offers a did-you-mean name (not only an id) as a choice', () => {
    const v = problemView(
      'en',
      p(
        'PLACE_NOT_FOUND',
        422,
        'body.from',
        'no terminal matches "Baotoo"',
        'did you mean "Baotou"?',
      ),
    );
    expect(v.choices).toEqual([{ field: 'from', id: 'Baotou', name: 'Baotou' }]);
  });
});
