/**
 * Chinese renders with the bundled Noto Sans SC subset on a machine without any system CJK font (this
 * one has none: `fc-list :lang=zh` is empty): the 中文 button's two glyphs are drawn as two different
 * shapes, not as the same "tofu" box, and the font slices come from our own server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ width: 1440, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

/** Draws each character alone in the given font and returns its pixels as a string key. */
const GLYPHS = ([font, chars]: [string, string[]]) =>
  chars.map((ch) => {
    const c = document.createElement('canvas');
    c.width = 40;
    c.height = 40;
    const g = c.getContext('2d')!;
    g.font = font;
    g.fillStyle = '#000';
    g.textBaseline = 'top';
    g.fillText(ch, 4, 4);
    return c.toDataURL();
  });

/**
 * When the page painted first, when the network's drawing (its GeoJSON) had come, and when it asked
 * for and got each of the faces' stylesheets.
 */
function facesTiming(
  page: Page,
): Promise<{ fcp: number; network: number; faces: { requested: number; loaded: number }[] }> {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    network:
      (
        performance.getEntriesByType('resource').find((r) => /\/geojson$/.test(r.name)) as
          PerformanceResourceTiming | undefined
      )?.responseEnd ?? 0,
    faces: performance
      .getEntriesByType('resource')
      .filter((r) => /\/assets\/[47]00-[^/]*\.css$/.test(r.name))
      .map((r) => {
        const t = r as PerformanceResourceTiming;
        return { requested: t.startTime, loaded: t.responseEnd };
      }),
  }));
}

describe('the 中文 button', () => {
  it('draws 中 and 文 as two real glyphs with the bundled font', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    const button = page.locator('#lang-toggle');
    expect(await button.textContent()).toBe('中文');
    // the English page adds the faces once it is ready and idle
    await page.waitForSelector('html[data-cjk-faces="loaded"]', { timeout: 30_000 });
    await page.evaluate(async () => {
      await document.fonts.load('16px "Noto Sans SC"', '中文');
      await document.fonts.ready;
    });
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '中文'))).toBe(
      true,
    );
    const font = await button.evaluate((b) => getComputedStyle(b).font);
    const [zhong, wen] = await page.evaluate(GLYPHS, [font, ['中', '文']] as [string, string[]]);
    // tofu draws every missing glyph as the same box: two different characters, two different images
    expect(zhong).not.toBe(wen);
    // and a font without CJK (the machine's monospace) really does draw the same box for both
    const [boxA, boxB] = await page.evaluate(GLYPHS, ['16px monospace', ['中', '文']] as [
      string,
      string[],
    ]);
    expect(boxA).toBe(boxB);
    expect(zhong).not.toBe(boxA);

    // the button itself, as a picture: it differs from the same button forced into a font without CJK
    const real = await button.screenshot();
    await button.evaluate((b) => (b.style.fontFamily = 'monospace'));
    const tofu = await button.screenshot();
    await button.evaluate((b) => (b.style.fontFamily = ''));
    expect(real.equals(tofu)).toBe(false);
    await shot(page, '30-font-en');
    const fontRequests = h.requests.filter((u) => /\.woff2$/.test(u));
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(fontRequests.length).toBeLessThan(20); // a few unicode-range slices, not the whole font
  });

  it('keeps the faces out of the stylesheet that blocks the first render', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('html[data-cjk-faces="loaded"]', { timeout: 30_000 });
    const sheets = await page.evaluate(async () => {
      const html = await (await fetch('/')).text();
      return [...document.styleSheets].map((s) => ({
        inHtml: html.includes(new URL(s.href ?? '', location.href).pathname),
        faces: [...s.cssRules].filter((r) => r instanceof CSSFontFaceRule).length,
      }));
    });
    // the page's own stylesheet (named in index.html) has none; the two added ones hold them all
    expect(sheets.filter((s) => s.inHtml)).toEqual([{ inHtml: true, faces: 0 }]);
    const added = sheets.filter((s) => !s.inHtml).map((s) => s.faces);
    expect(added).toHaveLength(2);
    for (const n of added) expect(n).toBeGreaterThan(90);
    // and they are asked for only after the first paint, and after the network the map draws
    const timing = await facesTiming(page);
    expect(timing.faces).toHaveLength(2);
    expect(timing.network).toBeGreaterThan(0);
    for (const f of timing.faces) {
      expect(f.requested).toBeGreaterThan(timing.fcp);
      expect(f.requested).toBeGreaterThan(timing.network);
    }
  });

  it('renders the whole page in Chinese with the bundled font', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=zh&from=Baotou&to=Duisburg&feu=2&depart=2026-12-01`);
    // the Chinese page loads the faces up front: they are in before its first paint
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dataset['cjkFaces'])).toBe('loaded');
    const timing = await facesTiming(page);
    expect(timing.faces).toHaveLength(2);
    for (const f of timing.faces) expect(f.loaded).toBeLessThan(timing.fcp);
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    const [a, b] = await page.evaluate(GLYPHS, ['16px "Noto Sans SC"', ['通', '道']] as [
      string,
      string[],
    ]);
    expect(a).not.toBe(b);
    await shot(page, '31-zh-page');
  });

  it('requested nothing beyond 127.0.0.1 and logged no error', () => {
    expect(foreignRequests(h)).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
