/**
 * The planner's texts on the 中文 page, in headless Chromium against the real server: a no-route reason
 * and a warning are worded in Chinese from their code and params (not the API's English), switching to
 * English words them plainly (no field paths), and the scenario panel names and describes scenarios in
 * Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../web/view-model/notice-text.ts';
import type { RouteResponse } from '../../src/contract/index.ts';
import { foreignRequests, shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const CJK = /[\u4e00-\u9fff]/;

describe('planner texts on the 中文 page', () => {
  let body: RouteResponse;

  it('words the no-route reason and the warning in Chinese', async () => {
    const { page } = h;
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/corridors/compare') && r.request().method() === 'POST',
      { timeout: 30_000 },
    );
    await page.goto(`${h.origin}/?from=Baotou&to=Duisburg&modes=air&lang=zh`);
    body = (await (await answered).json()) as RouteResponse;
    expect(body.status).toBe('no_route');
    expect(body.reason_code).toBe('MODES');
    await page.waitForSelector('#message .msg-warn', { timeout: 20_000 });

    const reason = (await page.locator('#message .msg-warn').textContent()) ?? '';
    expect(reason).toContain('未找到路线');
    expect(reason).toContain(
      messageText('zh', {
        code: body.reason_code,
        params: body.reason_params,
        text: body.reason ?? '',
      }),
    );
    expect(reason).toContain('航空');
    expect(reason).not.toContain(body.reason ?? '(no reason)');
    // the comparison names every corridor and says why each is closed, in Chinese
    await page.waitForSelector('#compare tr.impossible', { timeout: 20_000 });
    const compare = (await page.locator('#compare').textContent()) ?? '';
    expect(compare).toContain('二连浩特铁路');
    expect(compare).toContain('集装箱不能空运');
    expect(compare).toContain('未勾选铁路');

    const notices = body.notices;
    expect(
      notices.length,
      'the query gives at least one warning (no declared value)',
    ).toBeGreaterThan(0);
    const notes = (await page.locator('#message .msg-info').textContent()) ?? '';
    expect(notes).toContain('说明');
    for (const n of notices) {
      const zh = messageText('zh', n);
      expect(zh).toMatch(CJK);
      expect(notes).toContain(zh);
      expect(notes).not.toContain(n.text);
    }
    await shot(page, '11-no-route-zh');
  });

  it('switching to English words the same messages plainly, without field paths', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
    const reason = (await page.locator('#message .msg-warn').textContent()) ?? '';
    expect(reason).toContain(
      messageText('en', { code: body.reason_code, params: body.reason_params, text: '' }),
    );
    const notes = (await page.locator('#message .msg-info').textContent()) ?? '';
    for (const n of body.notices) expect(notes).toContain(messageText('en', n));
    for (const text of [reason, notes, (await page.locator('#compare').textContent()) ?? ''])
      expect(text).not.toMatch(/\b(shipment|constraints|body)\.[a-z_]+/);
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.locator('#message .msg-warn').textContent()).toContain('航空');
  });

  it('names and describes the scenarios in Chinese', async () => {
    const { page } = h;
    const listing = (await h.app.inject({ url: '/api/v1/scenarios' })).json() as {
      scenarios: { id: string; name_zh?: string; description_zh?: string }[];
    };
    await page.waitForSelector('#scenario-panel:not([hidden])', { timeout: 15_000 });
    const names = await page
      .locator('#scenario-select option')
      .evaluateAll((os) => os.map((o) => o.textContent));
    expect(names).toEqual(listing.scenarios.map((s) => s.name_zh));
    const chosen = await page.locator('#scenario-select').inputValue();
    const expected = listing.scenarios.find((s) => s.id === chosen)?.description_zh;
    expect(expected).toMatch(CJK);
    expect(await page.locator('#scenario-desc').textContent()).toBe(expected);
  });

  it('logged no console error and requested nothing beyond 127.0.0.1', () => {
    expect(h.errors).toEqual([]);
    expect(foreignRequests(h)).toEqual([]);
  });
});
