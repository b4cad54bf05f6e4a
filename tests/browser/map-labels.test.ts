/**
 * The map in headless Chromium: every name shown is whole (no "…"), inside the map, clear of the
 * other names and of the panels over the map, on the first frame, the Inner Mongolia frame, with a
 * chosen route and on a phone; the first frame is the Inner Mongolia–Europe band and an answer frames
 * its land corridor, on a desktop and on a phone, not the sea legs round Africa; Inner Mongolia is
 * outlined and named; a language switch lays the names out once (the page counts its layouts);
 * the legend sits under the map and filters its lines by mouse and by keyboard.
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

interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The shown names on the map, the map's box and the boxes of the panels over it. */
async function mapLabels(page: Page): Promise<{ labels: Box[]; map: Box; overlays: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element, text = ''): Box => {
      const r = el.getBoundingClientRect();
      return { text, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const labels = [
      ...document.querySelectorAll<SVGTextElement>('#map text.tlabel, #map .stop text'),
    ]
      .filter(
        (t) =>
          getComputedStyle(t).visibility !== 'hidden' &&
          t.closest('[display="none"]') === null &&
          (t.textContent ?? '') !== '',
      )
      .map((t) => box(t, [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
    const map = box(document.getElementById('map') as Element);
    const overlays = [...document.querySelectorAll('.map-export, #map .scale-bar')].map((e) =>
      box(e),
    );
    return { labels, map, overlays };
  });
}

const overlap = (a: Box, b: Box, tol = 1) =>
  a.x0 + tol < b.x1 && b.x0 + tol < a.x1 && a.y0 + tol < b.y1 && b.y0 + tol < a.y1;

function expectReadable(found: { labels: Box[]; map: Box; overlays: Box[] }, min: number): void {
  const { labels, map, overlays } = found;
  expect(labels.length).toBeGreaterThanOrEqual(min);
  for (const l of labels) {
    expect(l.text, `a name is cut: ${l.text}`).not.toMatch(/…$/);
    expect(l.x0, `${l.text} runs off the left edge`).toBeGreaterThanOrEqual(map.x0);
    expect(l.x1, `${l.text} runs off the right edge`).toBeLessThanOrEqual(map.x1);
    expect(l.y0, `${l.text} runs off the top`).toBeGreaterThanOrEqual(map.y0);
    expect(l.y1, `${l.text} runs off the bottom`).toBeLessThanOrEqual(map.y1);
    for (const o of overlays) expect(overlap(l, o), `${l.text} under a panel`).toBe(false);
    for (const m of labels)
      if (m !== l) expect(overlap(l, m, 2), `${l.text} overlaps ${m.text}`).toBe(false);
  }
}

/** Waits until the map stops moving (a preset's zoom is animated) and its names are laid out. */
async function settle(page: Page): Promise<void> {
  const transform = () =>
    page.evaluate(() => document.querySelector('#map .zoom-root')?.getAttribute('transform') ?? '');
  let last = await transform();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await transform();
    if (now === last) break;
    last = now;
  }
  // the names follow the last move on the next animation frame
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** Whether each terminal (by id prefix) shows inside the map's box. */
async function terminalsOnMap(
  page: Page,
  prefixes: string[],
): Promise<{ inside: Record<string, boolean> }> {
  return page.evaluate((ids) => {
    const m = (document.getElementById('map') as Element).getBoundingClientRect();
    const inside: Record<string, boolean> = {};
    for (const id of ids) {
      // the marker, not its name (which may sit hidden off to the side)
      const g = document.querySelector(`#map g.terminal[data-id^="${id}"] path`);
      const r = g?.getBoundingClientRect();
      if (!r) throw new Error(`no terminal ${id} on the map`);
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      inside[id] = x > m.left && x < m.right && y > m.top && y < m.bottom;
    }
    return { inside };
  }, prefixes);
}

describe('map names and frame', () => {
  it('names gateways whole, inside the map and apart on the first frame', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    await settle(page);
    const found = await mapLabels(page);
    expectReadable(found, 15);
    const names = found.labels.map((l) => l.text).join(' | ');
    for (const gateway of ['Erenhot', 'Manzhouli', 'Duisburg']) expect(names).toContain(gateway);
    await shot(page, 'map-first-view-labels');
  });

  it('the first view frames the Inner Mongolia–Europe band: Duisburg to Manzhouli, not Africa', async () => {
    const { page } = h;
    const at = await terminalsOnMap(page, [
      'duisburg',
      'moscow',
      'erenhot',
      'manzhouli',
      'singapore-port',
    ]);
    for (const id of ['duisburg', 'moscow', 'erenhot', 'manzhouli'])
      expect(at.inside[id], `${id} on the first view`).toBe(true);
    expect(at.inside['singapore-port'], 'Singapore off the first view').toBe(false);
    // Inner Mongolia's outline, named for a hover, holds Erenhot's marker on screen
    const region = await page.evaluate(() => {
      const p = document.querySelector<SVGPathElement>('#map path.region');
      const r = p?.getBoundingClientRect();
      const e = document.querySelector('#map g.terminal[data-id^="erenhot"] path');
      const m = e?.getBoundingClientRect();
      return {
        title: p?.querySelector('title')?.textContent,
        holdsErenhot:
          !!r &&
          !!m &&
          m.left >= r.left &&
          m.right <= r.right &&
          m.top >= r.top &&
          m.bottom <= r.bottom,
      };
    });
    expect(region).toEqual({ title: 'Inner Mongolia Autonomous Region', holdsErenhot: true });
    // no preset button claims the view, and the link names none
    expect(await page.locator('[data-preset][aria-pressed="true"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('view')).toBe(false);
    // the Eurasia preset still reaches Tokyo and Singapore
    await page.click('[data-preset="eurasia"]');
    await settle(page);
    const wide = await terminalsOnMap(page, ['duisburg', 'tokyo', 'singapore-port']);
    for (const id of ['duisburg', 'tokyo', 'singapore-port']) expect(wide.inside[id]).toBe(true);
    // a scale bar for the view's centre, redrawn when the view changes
    const scale = () =>
      page.evaluate(() => {
        const text = document.querySelector('#map .scale-bar-label')?.textContent ?? '';
        const line = document.querySelector('#map .scale-bar-line')?.getBoundingClientRect();
        return { text, km: Number(text.replace(/[^0-9]/g, '')), px: line?.width ?? 0 };
      });
    const eurasia = await scale();
    expect(eurasia.text).toMatch(/^[\d,]+ km$/);
    expect(eurasia.px).toBeGreaterThan(20);
    expect(eurasia.px).toBeLessThanOrEqual(161);
    await page.click('[data-preset="inner_mongolia"]');
    await settle(page);
    const close = await scale();
    expect(close.km).toBeLessThan(eurasia.km);
    // and in the page's language as soon as it is switched, without a move of the map
    await page.locator('#lang-toggle').click();
    await expect.poll(async () => (await scale()).text).toBe(close.text.replace('km', '公里'));
    await page.locator('#lang-toggle').click();
    await expect.poll(async () => (await scale()).text).toBe(close.text);
  });

  it('names stay whole and apart on the Inner Mongolia frame', async () => {
    const { page } = h;
    await page.click('[data-preset="inner_mongolia"]');
    await settle(page);
    expectReadable(await mapLabels(page), 20);
    await shot(page, 'map-inner-mongolia-labels');
  });

  it('a chosen route names its stops, which stay inside the map', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#route-list li', { timeout: 30_000 });
    await settle(page);
    const found = await mapLabels(page);
    expectReadable(found, 3);
    const stops = await page.locator('#map .stop text:not([visibility="hidden"])').count();
    expect(stops).toBeGreaterThanOrEqual(2);
  });

  it('a language switch lays the names out once, and right', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=zh&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#route-list li', { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    await settle(page);
    const layouts = () =>
      page.evaluate(() => Number(document.getElementById('map')?.dataset['labelLayouts'] ?? 0));
    const before = await layouts();
    expect(before).toBeGreaterThan(0);
    // the switch redraws the network's names, the details panel and the route's stops: one layout
    await page.locator('#lang-toggle').click();
    await settle(page);
    await page.waitForTimeout(300);
    expect(await layouts()).toBe(before + 1);
    const found = await mapLabels(page);
    expectReadable(found, 3);
    expect(found.labels.map((l) => l.text).join(' | ')).toContain('Duisburg');
  });

  it('a Baotou → Duisburg answer frames the land corridor, not the sailings round the Cape', async () => {
    const { page } = h;
    // the answer holds sea routes (their legs reach Singapore and beyond) ...
    expect(await page.locator('#map path.route-leg').count()).toBeGreaterThan(2);
    const at = await terminalsOnMap(page, [
      'baotou-rail',
      'duisburg',
      'moscow',
      'singapore-port',
      'sydney-port',
    ]);
    for (const id of ['baotou-rail', 'duisburg', 'moscow']) expect(at.inside[id], id).toBe(true);
    // ... yet the frame stays on the corridor: Singapore and Sydney are off it
    expect(at.inside['singapore-port']).toBe(false);
    expect(at.inside['sydney-port']).toBe(false);
    await shot(page, 'map-route-frame');
  });
});

describe('map legend', () => {
  it('sits under the map, not over it', async () => {
    const { page } = h;
    const { legend, map } = await page.evaluate(() => ({
      legend: (document.getElementById('legend') as Element).getBoundingClientRect().toJSON(),
      map: (document.getElementById('map') as Element).getBoundingClientRect().toJSON(),
    }));
    expect(legend.top).toBeGreaterThanOrEqual(map.bottom - 1);
    expect(legend.height).toBeLessThan(map.height * 0.15);
  });

  it('a mode button hides and shows its lines, by click and by keyboard, keeping focus', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    const air = page.locator('#legend .legend-modes button[data-key="air"]');
    const shownAir = () => page.locator('#map path.service.mode-air:not([display="none"])').count();
    const allAir = await page.locator('#map path.service.mode-air').count();
    expect(allAir).toBeGreaterThan(0);
    expect(await shownAir()).toBe(allAir);
    expect(await air.getAttribute('aria-pressed')).toBe('true');
    await air.click();
    expect(await air.getAttribute('aria-pressed')).toBe('false');
    expect(await shownAir()).toBe(0);
    // the rail lines stay
    expect(
      await page.locator('#map path.service.mode-rail:not([display="none"])').count(),
    ).toBeGreaterThan(0);
    // keyboard: Space on the focused button switches it back, and focus stays on it
    await air.focus();
    await page.keyboard.press('Space');
    expect(await air.getAttribute('aria-pressed')).toBe('true');
    expect(await shownAir()).toBe(allAir);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'])).toBe(
      'air',
    );
    // Tab moves to the next mode; Enter switches it off
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'])).toBe(
      'sea',
    );
    await page.keyboard.press('Enter');
    expect(await page.locator('#map path.service.mode-sea:not([display="none"])').count()).toBe(0);
    // hidden airports and ports lose their names too
    const found = await mapLabels(page);
    expectReadable(found, 5);
    await page.keyboard.press('Enter');
  });

  it('the key lists service kinds that filter one at a time', async () => {
    const { page } = h;
    await page.click('#legend .legend-key summary');
    const tir = page.locator('#legend .legend-kinds button[data-key="tir_truck"]');
    await tir.click();
    expect(
      await page.locator('#map path.service.kind-tir_truck:not([display="none"])').count(),
    ).toBe(0);
    expect(
      await page
        .locator('#map path.service.mode-road:not(.kind-tir_truck):not([display="none"])')
        .count(),
    ).toBeGreaterThan(0);
    await shot(page, 'map-legend-key-open');
    // names keep out of the open key
    const key = await page.evaluate(() =>
      (document.querySelector('.legend-key-body') as Element).getBoundingClientRect().toJSON(),
    );
    const { labels } = await mapLabels(page);
    for (const l of labels)
      expect(
        overlap(l, { text: '', x0: key.left, y0: key.top, x1: key.right, y1: key.bottom }),
      ).toBe(false);
    await tir.click();
  });
});

describe('map on a phone', () => {
  it('keeps names whole and inside a 390 px map', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.origin}/?lang=zh`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    await page.locator('#map').scrollIntoViewIfNeeded();
    await settle(page);
    expectReadable(await mapLabels(page), 5);
    expect(await page.locator('#map path.region title').textContent()).toBe('内蒙古自治区');
    // the first view on a phone is the corridor band too, with Africa's middle off it
    const at = await terminalsOnMap(page, ['duisburg', 'manzhouli', 'singapore-port']);
    expect(at.inside).toEqual({ duisburg: true, manzhouli: true, 'singapore-port': false });
    await page
      .locator('.map-wrap')
      .screenshot({ path: 'tests/browser/__screenshots__/map-phone-zh.png' });
  });

  it("names the route's origin and destination on a phone, among the crowded markers", async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#route-list li', { timeout: 30_000 });
    await page.locator('#map').scrollIntoViewIfNeeded();
    await settle(page);
    const ends = await page.$$eval('#map g.stop.origin text, #map g.stop.destination text', (ts) =>
      ts.map((t) => t.getAttribute('visibility')),
    );
    expect(ends).toEqual([null, null]);
    expectReadable(await mapLabels(page), 2);
    const at = await terminalsOnMap(page, ['baotou-rail', 'duisburg', 'singapore-port']);
    expect(at.inside).toEqual({ 'baotou-rail': true, duisburg: true, 'singapore-port': false });
    await page
      .locator('.map-wrap')
      .screenshot({ path: 'tests/browser/__screenshots__/map-phone-route.png' });
  });
});
