/**
 * Saved answers: save two answers, find them again after a reload (localStorage), tick both to see
 * them side by side in English and Chinese, run one again, remove one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
const SHOTS = 'tests/browser/__screenshots__';

beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

describe('saved answers', () => {
  it('saves two answers that outlive a reload and compares them side by side', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    const firstCost = (await page.locator('#compare tr.selected .m-cost .val').textContent()) ?? '';
    await page.locator('#save-answer').click();
    await expect.poll(() => page.locator('#saved-list li').count()).toBe(1);

    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&kg=800&depart=2026-12-01`);
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    await page.locator('#save-answer').click();
    await expect.poll(() => page.locator('#saved-list li').count()).toBe(2);

    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    expect(await page.locator('#saved-list li').count()).toBe(2);
    const names = await page.locator('#saved-list .saved-name').allTextContents();
    expect(names[0]).toContain('800 kg');
    expect(names[1]).toContain('2 FEU');
    for (const box of await page.locator('#saved-list input[type="checkbox"]').all())
      await box.check();
    const table = page.locator('#saved-compare table');
    await expect.poll(() => table.isVisible()).toBe(true);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['', 'First', 'Second']);
    expect(await table.locator('tbody tr.differs').count()).toBeGreaterThan(1);
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('800 kg');
    expect(text).toContain('2 FEU');
    expect(text).toContain(firstCost);
    await page.locator('.panel.saved').screenshot({ path: join(SHOTS, '70-saved-en.png') });

    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expect
      .poll(() => table.locator('thead th').allTextContents())
      .toEqual(['', '第一项', '第二项']);
    await page.evaluate(() => document.fonts.ready);
    await page.locator('.panel.saved').screenshot({ path: join(SHOTS, '71-saved-zh.png') });
  });

  it('runs a saved query again and removes one', async () => {
    const { page } = h;
    await page.locator('#saved-list li').nth(1).locator('button.saved-load').click();
    await expect.poll(() => page.url()).toContain('feu=2');
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    await page.locator('#saved-list li').first().locator('button.saved-remove').click();
    await expect.poll(() => page.locator('#saved-list li').count()).toBe(1);
    expect(await page.locator('#saved-compare table').count()).toBe(0);
    const stored = await page.evaluate(() => localStorage.getItem('corridor-planner.saved'));
    expect(JSON.parse(stored ?? '[]')).toHaveLength(1);
    expect(h.errors).toEqual([]);
  });
});
