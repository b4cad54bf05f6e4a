/**
 * The printed report: one A4 page holding the query, the map, the corridor comparison, the chosen
 * route and the sources behind it, in English and in Chinese; the form, the other charts and the
 * buttons stay off paper. Checked on the print layout (emulated print media) and on the PDF
 * Chromium prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
const SHOTS = 'tests/browser/__screenshots__';
/** A4 less 10 mm margins each side, in CSS pixels: the width the report is laid out in */
const A4_CONTENT = { width: 718, height: 1047 };

beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

const pdfPages = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function checkReport(page: Page, lang: 'en' | 'zh') {
  await page.setViewportSize(A4_CONTENT);
  await page.emulateMedia({ media: 'print' });
  const visible = (sel: string) => page.locator(sel).first().isVisible();
  expect(await visible('#report-head .report-title')).toBe(true);
  const head = (await page.locator('#report-head').textContent()) ?? '';
  expect(head).toContain(lang === 'en' ? 'Corridor plan' : '通道方案');
  expect(head).toContain(lang === 'en' ? 'Baotou' : '包头');
  expect(head).toContain('2 FEU');
  expect(head).toContain(lang === 'en' ? 'Beijing time (UTC+8)' : '北京时间');
  expect(await visible('.map-wrap')).toBe(true);
  expect(await page.locator('#map path.route-leg.selected').count()).toBeGreaterThan(0);
  expect(await visible('#compare table')).toBe(true);
  expect(await page.locator('#compare tbody tr').count()).toBeGreaterThan(3);
  // the chosen route alone, with its steps
  const shownRoutes = await page
    .locator('#route-list li.route')
    .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  expect(shownRoutes).toBe(1);
  expect(await visible('#route-list li.route.selected .steps')).toBe(true);
  const sources = await page.locator('#report-sources li').allTextContents();
  expect(sources.length).toBeGreaterThan(0);
  expect(sources[0]).not.toMatch(/cites no source|未为此路线注明来源/);
  for (const off of ['#query-form', '.chart-pareto', '.chart-timeline', '.export', '.top'])
    expect(await visible(off)).toBe(false);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: join(SHOTS, lang === 'en' ? '60-print-en.png' : '61-print-zh.png'),
    fullPage: true,
  });
  // the whole report fits the A4 content box
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(A4_CONTENT.height);
  // the PDF Chromium prints (page.pdf lays out for print, A4 with the stylesheet's margins)
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  writeFileSync(join('/tmp', `corridor-report-${lang}.pdf`), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPages(pdf)).toBe(1);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('print report', () => {
  it('one A4 page in English: query, map, comparison, chosen route, sources', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    await page.waitForSelector('#route-list li.route.selected');
    await checkReport(page, 'en');
  });

  it('one A4 page in Chinese', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await checkReport(page, 'zh');
    expect(h.errors).toEqual([]);
  });
});
