/**
 * The comparison a planner decides with, in headless Chromium against the real server: Baotou →
 * Duisburg 2 FEU names a row for every corridor of the network that reaches Germany, the impossible
 * ones with their reason; the route list, the comparison and the cost-against-time chart show the same
 * routes of one answer; and keyboard focus stays on what was pressed after a selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import type { RouteResponse } from '../../src/contract/index.ts';
import { messageText } from '../../web/view-model/notice-text.ts';
import { foreignRequests, shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
let answer: RouteResponse;
const groups = (
  parse(readFileSync('networks/inner-mongolia/corridors.yaml', 'utf8')) as {
    groups: { id: string; short: string; short_zh: string; reaches: string[] }[];
  }
).groups;

beforeAll(async () => {
  h = await startHarness({ width: 1440, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

describe('Baotou → Duisburg, 2 FEU', () => {
  it('names a row for every corridor reaching Germany; the impossible ones say why', async () => {
    const { page } = h;
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/corridors/compare') && r.request().method() === 'POST',
      { timeout: 60_000 },
    );
    await page.goto(`${h.origin}/?from=Baotou&to=Duisburg&feu=2&depart=2026-12-01&lang=en`);
    answer = (await (await answered).json()) as RouteResponse;
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    const rows = await page.locator('#compare tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-corridor'),
        kind: tr.getAttribute('data-kind'),
        name: tr.querySelector('.short')?.textContent,
        reason: tr.querySelector('td.reason')?.textContent ?? '',
      })),
    );
    const reaching = groups.filter((g) => g.reaches.includes('DE'));
    expect(reaching.length).toBeGreaterThanOrEqual(8);
    for (const g of reaching) {
      const row = rows.find((r) => r.id === g.id);
      expect(row, g.id).toBeDefined();
      expect(row!.name).toBe(g.short);
      if (row!.kind === 'impossible') expect(row!.reason.length, g.id).toBeGreaterThan(5);
    }
    const air = rows.find((r) => r.id === 'air-beijing')!;
    expect(air).toMatchObject({ kind: 'impossible', reason: 'containers do not fly' });
    expect(rows.filter((r) => r.kind === 'possible').length).toBeGreaterThanOrEqual(2);
    // every reason is a plain sentence: no field path, no code
    for (const r of rows) expect(r.reason).not.toMatch(/[a-z]+\.[a-z_]+|[A-Z]{3,}_[A-Z]/);
    // a legend names every colour of the cost bars
    const legend = (await page.locator('#compare .compare-legend').textContent()) ?? '';
    for (const part of ['Line haul', 'Handling', 'Border']) expect(legend).toContain(part);
    expect(await page.locator('#compare td.best').count()).toBeGreaterThanOrEqual(4);
    await shot(page, '20-compare-en');
  });

  it('the list, the comparison and the chart show the same routes of one answer', async () => {
    const { page } = h;
    const ids = answer.routes.map((r) => r.id).sort();
    const listed = await page
      .locator('#route-list button.route-card')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-route')));
    const plotted = await page
      .locator('#pareto circle.point')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-route')));
    const compared = await page
      .locator('#compare tr[data-kind="possible"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-route')));
    expect([...listed].sort()).toEqual(ids);
    expect([...plotted].sort()).toEqual(ids);
    // each possible row is the best route of its corridor, and carries that corridor's name in the list
    const best = (answer.corridors ?? []).filter((c) => c.possible).map((c) => c.route_id);
    expect(compared).toEqual(best);
    for (const r of answer.routes) {
      const card = page.locator(`#route-list button.route-card[data-route="${r.id}"] .corridor`);
      expect(await card.textContent()).toBe(r.corridor.short);
    }
    // the chart labels points with the same short names
    const labels = await page.locator('#pareto text.point-label').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(answer.routes.map((r) => r.corridor.short)).toContain(l);
  });

  it('keeps keyboard focus on the pressed button after a selection', async () => {
    const { page } = h;
    const second = page.locator('#compare tr[data-kind="possible"]').nth(1);
    const corridor = await second.getAttribute('data-corridor');
    const routeId = await second.getAttribute('data-route');
    await second.locator('button.corridor-pick').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.locator(`#route-list li.route.selected button[data-route="${routeId}"]`).count(),
      )
      .toBe(1);
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('tr')?.getAttribute('data-corridor'),
      ),
    ).toBe(corridor);
    expect(await second.getAttribute('class')).toContain('selected');
    // the same in the list: Enter on a card selects it and focus stays on that card
    const card = page.locator('#route-list button.route-card').first();
    const cardRoute = await card.getAttribute('data-route');
    await card.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-route')))
      .toBe(cardRoute);
    expect(await card.getAttribute('aria-pressed')).toBe('true');
    // and on the chart: Enter on a point keeps focus on that point
    const point = page.locator('#pareto circle.point').last();
    const pointRoute = await point.getAttribute('data-route');
    await point.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-route')))
      .toBe(pointRoute);
    expect(await point.getAttribute('class')).toContain('selected');
  });

  it('in Chinese the rows carry Chinese names and reasons', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const text = (await page.locator('#compare').textContent()) ?? '';
    expect(text).toContain('二连浩特铁路');
    expect(text).toContain(
      messageText('zh', { code: 'CONTAINERS_DO_NOT_FLY', params: {}, text: '' }),
    );
    await shot(page, '21-compare-zh');
    await page.locator('#lang-toggle').click();
  });

  it('logged no console error and requested nothing beyond 127.0.0.1', () => {
    expect(h.errors).toEqual([]);
    expect(foreignRequests(h)).toEqual([]);
  });
});
