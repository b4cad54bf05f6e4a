/**
 * The timeline a planner reads dates from: a 1 December Baotou → Duisburg query shows its steps in
 * chronological order on a calendar axis in Beijing time, says so, reads "1 Dec" (not "30 Nov, 20:00"),
 * switches to UTC and back, and keeps every label whole inside the chart in English and Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

/** Each label's box against the SVG's: a cut label sticks out on the left or runs into the bars. */
async function labelBoxes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('#timeline svg');
    const svgBox = svg?.getBoundingClientRect();
    const firstBar = document.querySelector('#timeline g.bar rect');
    const barsLeft = Math.min(
      ...[...document.querySelectorAll('#timeline .tick')].map(
        (t) => t.getBoundingClientRect().left,
      ),
    );
    return {
      svgLeft: svgBox?.left ?? 0,
      barsLeft,
      hasBar: firstBar !== null,
      labels: [...document.querySelectorAll<SVGTextElement>('#timeline text.bar-label')].map(
        (el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', left: r.left, right: r.right };
        },
      ),
    };
  });
}

describe('timeline', () => {
  it('Beijing time by default: rows in order, calendar dates, 1 December reads 1 Dec', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#timeline g.bar', { timeout: 30_000 });
    expect(await page.locator('#time-zone').inputValue()).toBe('beijing');
    expect(await page.locator('#timeline .zone-note').textContent()).toBe(
      'Dates and times in Beijing time (UTC+8)',
    );
    expect(await page.locator('#zone-note').textContent()).toContain('Beijing time (UTC+8)');
    const ticks = await page.locator('#timeline .tick text').allTextContents();
    expect(ticks[0]).toBe('1 Dec');
    for (const tick of ticks) expect(tick).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
    const text = (await page.locator('#timeline svg').textContent()) ?? '';
    expect(text).not.toContain('30 Nov');
    const starts = (
      await page
        .locator('#timeline g.bar')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-start-h'))))
    ).filter((n) => Number.isFinite(n));
    expect(starts.length).toBeGreaterThan(3);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // every row states its dates: "1 Dec, 04:00 → 1 Dec, 14:00 · 10 h"
    const whens = await page.locator('#timeline text.bar-when').allTextContents();
    expect(whens.length).toBe(starts.length);
    for (const w of whens) expect(w).toMatch(/^\d{1,2} [A-Z][a-z]{2}, \d\d:\d\d → .+ · .+$/);
    const boxes = await labelBoxes(page);
    for (const l of boxes.labels) {
      expect(l.text).not.toContain('…');
      expect(l.left).toBeGreaterThanOrEqual(boxes.svgLeft);
      expect(l.right).toBeLessThanOrEqual(boxes.barsLeft);
    }
    await page.locator('.chart-timeline').screenshot({ path: join(SHOTS, '40-timeline-en.png') });
  });

  it('switches to UTC and back, and the link keeps the choice', async () => {
    const { page } = h;
    await page.locator('#time-zone').selectOption('utc');
    await expect
      .poll(() => page.locator('#timeline .zone-note').textContent())
      .toBe('Dates and times in UTC');
    expect(page.url()).toContain('tz=utc');
    expect(await page.locator('#timeline .tick text').first().textContent()).toBe('30 Nov');
    await page.locator('.chart-timeline').screenshot({ path: join(SHOTS, '42-timeline-utc.png') });
    await page.locator('#time-zone').selectOption('beijing');
    await expect
      .poll(() => page.locator('#timeline .tick text').first().textContent())
      .toBe('1 Dec');
    expect(page.url()).not.toContain('tz=');
  });

  it('in Chinese: 北京时间, Chinese dates, labels whole inside the chart', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expect
      .poll(() => page.locator('#timeline .zone-note').textContent())
      .toContain('北京时间');
    expect(await page.locator('#time-zone option[value="beijing"]').textContent()).toContain(
      '北京时间',
    );
    expect(await page.locator('#timeline .tick text').first().textContent()).toBe('12月1日');
    const boxes = await labelBoxes(page);
    expect(boxes.labels.length).toBeGreaterThan(3);
    for (const l of boxes.labels) {
      expect(l.left).toBeGreaterThanOrEqual(boxes.svgLeft);
      expect(l.right).toBeLessThanOrEqual(boxes.barsLeft);
    }
    await page.evaluate(() => document.fonts.ready);
    await page.locator('.chart-timeline').screenshot({ path: join(SHOTS, '41-timeline-zh.png') });
    expect(h.errors).toEqual([]);
  });

  it('on a phone the date labels do not touch and the labels stay inside', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#timeline g.bar', { timeout: 30_000 });
    const ticks = await page
      .locator('#timeline .tick text')
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]),
      );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]?.[0] ?? 0).toBeGreaterThan(ticks[i - 1]?.[1] ?? 0);
    // narrow: each label sits above its bar, across the chart's width, and nothing is cut
    const boxes = await labelBoxes(page);
    const svgRight = await page
      .locator('#timeline svg')
      .evaluate((e) => e.getBoundingClientRect().right);
    for (const l of boxes.labels) {
      expect(l.text).not.toContain('…');
      expect(l.left).toBeGreaterThanOrEqual(boxes.svgLeft);
      expect(l.right).toBeLessThanOrEqual(svgRight);
    }
    await page
      .locator('.chart-timeline')
      .screenshot({ path: join(SHOTS, '43-timeline-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
