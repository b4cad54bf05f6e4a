/**
 * Bold Chinese is drawn in the bundled Noto Sans SC, not as boxes, on a cold page (fresh profile, no
 * font in the cache) of a machine without a system CJK font. Checked two ways: a CJK glyph is one em
 * wide while the fallback's box is narrower (about 0.6 em), and two different characters give two
 * different pictures while boxes give the same one. The bold 中文 button of the English page is the
 * case that showed boxes for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ width: 1440, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

interface Run {
  text: string;
  weight: number;
  /** the text's drawn width in em of its font size */
  em: number;
  /** each character's box on the page */
  chars: { x: number; y: number; width: number; height: number }[];
}

/** Elements whose own text is Chinese only, with their weight, drawn width and character boxes. */
function chineseRuns(page: Page, selector: string): Promise<Run[]> {
  return page.evaluate((sel) => {
    const out: Run[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as
        Text | undefined;
      const text = node?.data.trim() ?? '';
      if (!node || !/^[\u4e00-\u9fff]{2,}$/.test(text)) continue;
      // not drawn (hidden, or in a closed disclosure): nothing to measure
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const start = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      const chars = [...text].map((_, i) => {
        const r = document.createRange();
        r.setStart(node, start + i);
        r.setEnd(node, start + i + 1);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      });
      const cs = getComputedStyle(el);
      out.push({
        text,
        weight: Number(cs.fontWeight),
        em: range.getBoundingClientRect().width / parseFloat(cs.fontSize) / text.length,
        chars,
      });
    }
    return out;
  }, selector);
}

async function charPictures(page: Page, run: Run): Promise<string[]> {
  const shots: string[] = [];
  for (const c of run.chars.slice(0, 2))
    shots.push((await page.screenshot({ clip: c })).toString('base64'));
  return shots;
}

describe('bold Chinese on a cold page', () => {
  it('the bold 中文 button of the English page draws real glyphs', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    // the English page adds the CJK faces after load, when the main thread is idle
    await page.waitForSelector('html[data-cjk-faces="loaded"]', { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const [button] = await chineseRuns(page, '#lang-toggle');
    expect(button?.text).toBe('中文');
    expect(button?.weight).toBeGreaterThanOrEqual(600);
    // a CJK glyph is one em wide; the fallback's box was 0.6 em
    expect(button?.em).toBeGreaterThan(0.9);
    expect(button?.em).toBeLessThan(1.1);
    const [a, b] = await charPictures(page, button!);
    expect(a).not.toBe(b);
  });

  it('every bold Chinese heading and button of the Chinese page draws real glyphs', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=zh`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const runs = await chineseRuns(page, 'h1, h2, h3, button, summary, th, legend, label, span');
    const bold = runs.filter((r) => r.weight >= 600);
    expect(bold.length).toBeGreaterThan(5);
    for (const r of runs) {
      expect(r.em, `${r.text} (${r.weight})`).toBeGreaterThan(0.9);
      expect(r.em, `${r.text} (${r.weight})`).toBeLessThan(1.1);
    }
    const heading = bold.find((r) => new Set(r.text).size === r.text.length);
    expect(heading).toBeDefined();
    const [a, b] = await charPictures(page, heading!);
    expect(a, heading?.text).not.toBe(b);
    await shot(page, '32-zh-bold');
  });
});
