/**
 * What a planner reads when a query goes wrong, in English and Chinese: the page is fed the live
 * API's problem bodies for bad queries (taken from the real server) and a dropped connection, and
 * the message above the routes must be plain sentences: the field named by its label, no field
 * path, no zod or JS wording, no status code. Two bad queries are also typed into the form for real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, startHarness, type Harness } from './browser-harness.ts';
import { DEVELOPER } from '../unit/web/developer-words.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ width: 1440, height: 900 });
});

afterAll(async () => {
  await h?.close();
});

const GOOD = { network: 'inner-mongolia', from: 'baotou-rail', to: 'duisburg' };

/** Bad queries, each with the label its message must name in en and zh. */
const BAD: { body: unknown; raw?: string; en: string; zh: string }[] = [
  { body: { ...GOOD, shipment: { teu: -1 } }, en: 'Shipment', zh: '货量' },
  {
    body: { ...GOOD, shipment: { teu: 1 }, constraints: { avoid_countries: ['XX'] } },
    en: 'Avoid countries',
    zh: '避开国家',
  },
  { body: { ...GOOD, to: 'baotou-rail', shipment: { teu: 1 } }, en: 'Destination', zh: '终点' },
  {
    body: { ...GOOD, shipment: { teu: 1 }, depart: '2026-13-45' },
    en: 'Departure date',
    zh: '出发日期',
  },
  {
    body: { ...GOOD, shipment: { teu: 1 }, constraints: { modes: [] } },
    en: 'Modes',
    zh: '运输方式',
  },
  {
    body: { ...GOOD, shipment: { teu: 1, regime: '1210' } },
    en: 'Customs regime',
    zh: '海关监管方式',
  },
  { body: { ...GOOD, shipment: { teu: 1, value_usd: -5 } }, en: 'Declared value', zh: '申报货值' },
  { body: { ...GOOD, network: 'nope', shipment: { teu: 1 } }, en: 'network', zh: '网络' },
  { body: undefined, raw: '{bad json', en: 'did not understand', zh: '未能互相理解' },
];

async function liveProblem(b: (typeof BAD)[number]): Promise<{ status: number; body: string }> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/corridors/compare',
    headers: { 'content-type': 'application/json' },
    payload: b.raw ?? JSON.stringify(b.body),
  });
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  expect(res.statusCode).toBeLessThan(500);
  return { status: res.statusCode, body: res.body };
}

async function runQuery(page: Page, lang: 'en' | 'zh'): Promise<string> {
  await page.goto(`${h.origin}/?lang=${lang}&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
  await page.waitForSelector('#message .msg-error', { timeout: 30_000 });
  return (await page.locator('#message').textContent()) ?? '';
}

describe('plain messages from the API problem bodies', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`every bad query reads as plain ${lang} sentences naming the field`, async () => {
      const { page } = h;
      for (const b of BAD) {
        const live = await liveProblem(b);
        await page.route('**/api/v1/corridors/compare', (route) =>
          route.fulfill({
            status: live.status,
            contentType: 'application/problem+json',
            body: live.body,
          }),
        );
        const text = await runQuery(page, lang);
        await page.unroute('**/api/v1/corridors/compare');
        expect(text, `${live.body} →`).toContain(b[lang]);
        expect(text, `${live.body} → ${text}`).not.toMatch(DEVELOPER);
        if (lang === 'zh') expect(text).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
      }
      await shot(page, `plain-message-${lang}`);
    });
  }

  it('a dropped connection reads as "cannot be reached", not a JS error, in both languages', async () => {
    const { page } = h;
    for (const [lang, want] of [
      ['en', 'The server cannot be reached'],
      ['zh', '无法连接服务器'],
    ] as const) {
      await page.route('**/api/v1/corridors/compare', (route) =>
        route.abort('internetdisconnected'),
      );
      await page.goto(`${h.origin}/?lang=${lang}&from=baotou-rail&to=duisburg&feu=2`);
      // the client tries again three times (1 + 2 + 4 s) before it gives up
      await page.waitForSelector('#message .msg-error', { timeout: 30_000 });
      const text = (await page.locator('#message').textContent()) ?? '';
      await page.unroute('**/api/v1/corridors/compare');
      expect(text).toContain(want);
      expect(text).not.toMatch(DEVELOPER);
    }
  });

  it('bad queries typed into the form get plain sentences from the real server', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=baotou-rail&feu=1`);
    await page.waitForSelector('#message .msg-error', { timeout: 30_000 });
    const same = (await page.locator('#message').textContent()) ?? '';
    expect(same).toContain('Destination: this is the same place as the origin');
    expect(same).not.toMatch(DEVELOPER);
    await page.goto(`${h.origin}/?lang=zh&from=baotou-rail&to=duisburg&feu=1`);
    await page.waitForSelector('#route-list li', { timeout: 30_000 });
    await page.fill('#avoid', 'XX');
    await page.click('#run');
    await page.waitForSelector('#message .msg-error', { timeout: 30_000 });
    const avoid = (await page.locator('#message').textContent()) ?? '';
    expect(avoid).toContain('避开国家：“XX”不是本网络中的国家');
    expect(avoid).not.toMatch(DEVELOPER);
    // the last good routes stay on screen
    expect(await page.locator('#route-list li').count()).toBeGreaterThan(0);
  });
});
