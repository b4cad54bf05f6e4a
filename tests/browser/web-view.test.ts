/**
 * The web view in headless Chromium against the real server and the built-in network: the map
 * draws the network, a Baotou → Duisburg query fills the routes, comparison and Pareto panels,
 * a Pareto point selects its route, 中文 relabels the page, the URL restores the query, messages
 * for unknown places, and no console error or request off 127.0.0.1 throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { RouteResponse } from '../../src/contract/index.ts';
import { messageText } from '../../web/view-model/notice-text.ts';
import { foreignRequests, shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
let geojson: FeatureCollection;
let networkId = '';

beforeAll(async () => {
  h = await startHarness();
  const list = (await h.app.inject({ method: 'GET', url: '/api/v1/networks' })).json() as {
    networks: { id: string }[];
  };
  // the page shows inner-mongolia when present, else the first network: count the same one
  networkId =
    list.networks.find((n) => n.id === 'inner-mongolia')?.id ?? list.networks[0]?.id ?? '';
  const res = await h.app.inject({ method: 'GET', url: `/api/v1/networks/${networkId}/geojson` });
  expect(res.statusCode).toBe(200);
  geojson = res.json();
});

afterAll(async () => {
  await h?.close();
});

const count = (type: string) =>
  geojson.features.filter((f) => f.properties?.['feature_type'] === type).length;

describe('web view', () => {
  it('draws the network: one path per service, one symbol per terminal and border', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    expect(count('service')).toBeGreaterThan(0);
    expect(await page.locator('#map path.service').count()).toBe(count('service'));
    expect(await page.locator('#map g.terminal').count()).toBe(count('terminal'));
    expect(await page.locator('#map g.border').count()).toBe(count('border'));
    expect(await page.locator('#map path.country').count()).toBeGreaterThan(100);
    expect(await page.locator('#map g.border.gauge-change').count()).toBeGreaterThan(0);
    await shot(page, '01-network');
  });

  it('focus or hover names a terminal and a service in both languages; Enter or click shows their facts and sources', async () => {
    const { page } = h;
    // a terminal that cites sources, Erenhot when it does
    const cited = geojson.features.filter(
      (f) =>
        f.properties?.['feature_type'] === 'terminal' &&
        (f.properties?.['sources'] as unknown[]).length > 0,
    );
    const target =
      cited.find((f) => String(f.properties?.['id']).startsWith('erenhot')) ?? cited[0];
    expect(target).toBeDefined();
    const props = target?.properties ?? {};
    const terminal = page.locator(`#map g.terminal[data-id="${String(props['id'])}"]`);
    // keyboard: focusing a map feature shows its names, Enter opens its details (as hover and click do)
    await terminal.focus();
    await expect
      .poll(() => page.locator('#tooltip').textContent())
      .toContain(String(props['name_zh']));
    expect(await page.locator('#tooltip').textContent()).toContain(String(props['name']));
    await terminal.press('Enter');
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('dd').count()).toBeGreaterThan(3);
    expect(await details.locator('ul.sources li').count()).toBe(
      (props['sources'] as unknown[]).length,
    );
    // each cited id is resolved to its title from the network summary, not shown as a bare id
    const summary = (
      await h.app.inject({ method: 'GET', url: `/api/v1/networks/${networkId}` })
    ).json() as { sources: { id: string; title: string }[] };
    const firstTitle =
      summary.sources.find((src) => src.id === (props['sources'] as string[])[0])?.title ??
      '(missing)';
    expect(await details.locator('ul.sources').textContent()).toContain(firstTitle);
    await shot(page, '02-details');
    await details.locator('button.close').click();
    expect(await details.isVisible()).toBe(false);

    // a service: its kind in the hover, its facts and cited sources on Enter; Escape closes
    const service = geojson.features.find(
      (f) =>
        f.properties?.['feature_type'] === 'service' &&
        (f.properties?.['sources'] as unknown[]).length > 0,
    );
    const sp = service?.properties ?? {};
    const path = page.locator(`#map path.service[data-id="${String(sp['id'])}"]`);
    await path.focus();
    await expect.poll(() => page.locator('#tooltip').textContent()).toContain(String(sp['name']));
    await path.press('Enter');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('ul.sources li').count()).toBe(
      (sp['sources'] as unknown[]).length,
    );
    await page.keyboard.press('Escape');
    expect(await details.isVisible()).toBe(false);
  });

  it("a border's details name its sides and their dwells by terminal, in the page's language", async () => {
    const { page } = h;
    const terminalNames = new Map(
      geojson.features
        .filter((f) => f.properties?.['feature_type'] === 'terminal')
        .map((f) => [String(f.properties?.['id']), f.properties ?? {}]),
    );
    // a border whose dwell differs by the side entered, when the network has one
    const borders = geojson.features.filter((f) => f.properties?.['feature_type'] === 'border');
    const border = borders.find((f) => f.properties?.['dwell_p50_h_into']) ?? borders[0];
    const bp = border?.properties ?? {};
    const sides = bp['sides'] as string[];
    // English last: the page remembers its language, and the tests after this one read English
    for (const [lang, key] of [
      ['zh', 'name_zh'],
      ['en', 'name'],
    ] as const) {
      await page.goto(`${h.origin}/?lang=${lang}`);
      await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
      const named = sides.map((id) => String(terminalNames.get(id)?.[key] ?? '(missing)'));
      expect(named).not.toEqual(sides);
      await page.locator(`#map g.border[data-id="${String(bp['id'])}"]`).press('Enter');
      const details = page.locator('#details');
      await expect.poll(() => details.isVisible()).toBe(true);
      const facts = await details.locator('dd').allTextContents();
      expect(facts).toContain(named.join(', '));
      // the dwell by side entered: "Brest: 20; Terespol: 22.5", by name, never by id
      const into = (bp['dwell_p50_h_into'] ?? {}) as Record<string, number>;
      for (const [i, id] of sides.entries())
        if (into[id] !== undefined) {
          expect(facts.some((f) => f.includes(`${named[i]!}: `))).toBe(true);
          expect(facts.some((f) => f.includes(`${id}: `))).toBe(false);
        }
      await page.keyboard.press('Escape');
    }
  });

  it('Baotou → Duisburg (typed, chosen from suggestions, Enter) lists routes and compares at least three corridors', async () => {
    const { page } = h;
    await page.locator('#from').fill('Baotou');
    await page.waitForSelector('#from-list li');
    // arrow down to the land port (the rail origin), Enter chooses it
    const options = await page.locator('#from-list li').allTextContents();
    const landPort = Math.max(
      0,
      options.findIndex((o) => /land port|陆港/i.test(o)),
    );
    for (let i = 0; i <= landPort; i++) await page.locator('#from').press('ArrowDown');
    await page.locator('#from').press('Enter');
    expect(await page.locator('#from').inputValue()).toMatch(/Baotou/);
    await page.locator('#to').fill('Duisburg');
    await page.locator('#to').press('Enter'); // no suggestion chosen: Enter submits the form
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    expect(await page.locator('#compare tr[data-kind="possible"]').count()).toBeGreaterThanOrEqual(
      3,
    );
    expect(await page.locator('#route-list li.route').count()).toBeGreaterThan(0);
    expect(await page.locator('#route-list li.route.selected').count()).toBe(1);
    expect(await page.locator('#map path.route-leg.selected').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline g.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#pareto circle.point').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('from=');
    expect(page.url()).toContain('to=Duisburg');
    await shot(page, '03-query');
  });

  it('clicking a Pareto point selects and highlights that route', async () => {
    const { page } = h;
    // 800 kg (not a container) so air, rail and sea trade cost against time: several Pareto points
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&kg=800&objective=pareto`);
    await page.waitForSelector('#pareto circle.point', { timeout: 30_000 });
    const points = page.locator('#pareto circle.point');
    const n = await points.count();
    expect(n).toBeGreaterThanOrEqual(2);
    let target = -1;
    for (let i = 0; i < n; i++)
      if (!((await points.nth(i).getAttribute('class')) ?? '').includes('selected')) target = i;
    expect(target).toBeGreaterThanOrEqual(0);
    const id = await points.nth(target).getAttribute('data-route');
    await points.nth(target).click();
    await expect
      .poll(() => page.locator(`#pareto circle.point.selected[data-route="${id}"]`).count())
      .toBe(1);
    expect(
      await page.locator('#map path.route-leg.selected').first().getAttribute('data-route'),
    ).toBe(id);
    expect(page.url()).toContain(`route=routes%2F${encodeURIComponent(id ?? '')}`);
    await shot(page, '04-pareto-selected');
  });

  it('switching to 中文 relabels the page, formats for zh-CN, and is remembered', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    // the page relabels once the bundled font's Chinese glyphs have loaded, so wait for the switch
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.locator('h1').textContent()).toBe('通道规划');
    expect(await page.locator('#run').textContent()).toBe('查找路线');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('#compare thead').textContent()).toContain('费用');
    expect(await page.locator('#timeline .chart-legend').textContent()).toContain('运行');
    // suggestions answer Chinese input, named in Chinese first
    await page.locator('#to').fill('杜伊斯堡');
    await page.waitForSelector('#to-list li');
    expect((await page.locator('#to-list li').first().textContent()) ?? '').toMatch(
      /^杜伊斯堡.*Duisburg/,
    );
    await page.locator('#to').press('Escape');
    await shot(page, '05-zh');
    expect(await page.evaluate(() => localStorage.getItem('corridor-planner.lang'))).toBe('zh');
  });

  it('a shared link restores the query and runs it', async () => {
    const { page } = h;
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    expect(await page.locator('#to').inputValue()).not.toBe('');
    expect(await page.locator('#pareto circle.point.selected').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('通道规划');
  });

  it('an unknown place shows the problem detail from the API', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    await page.locator('#to').fill('Atlantis');
    await page.locator('#run').click();
    await page.waitForSelector('#message .msg-error', { timeout: 15_000 });
    expect(await page.locator('#message .msg-error').textContent()).toMatch(/Atlantis/);
    await shot(page, '06-error');
    // Chromium logs every non-2xx response; this one was asked for, any other stays an error
    const expected = h.errors.filter((e) => /status of 422/.test(e));
    expect(expected).toHaveLength(1); // one answer feeds every panel: one request, one problem
    h.errors.splice(0, h.errors.length, ...h.errors.filter((e) => !expected.includes(e)));
  });

  it("no route shows the planner's reason in the list and the panels", async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?from=Baotou&to=Duisburg&modes=air&lang=en`);
    await page.waitForSelector('#message .msg-warn', { timeout: 20_000 });
    const reason = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/corridors/compare',
        payload: {
          from: 'Baotou',
          to: 'Duisburg',
          shipment: { teu: 1 },
          constraints: { modes: ['air'] },
        },
      })
    ).json() as RouteResponse;
    expect(reason.status).toBe('no_route');
    expect(await page.locator('#message .msg-warn').textContent()).toContain(
      messageText('en', { code: reason.reason_code, params: reason.reason_params, text: '' }),
    );
    expect(
      await page
        .locator('input[name="modes"]:checked')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['air']);
    expect(await page.locator('#route-list li').count()).toBe(0);
    await shot(page, '07-no-route');
  });

  it('the parcels field is on for kg and off for boxes', async () => {
    const { page } = h;
    const unit = await page.locator('#unit').inputValue();
    await page.selectOption('#unit', 'feu');
    expect(await page.locator('#pieces').isDisabled()).toBe(true);
    await page.selectOption('#unit', 'kg');
    expect(await page.locator('#pieces').isDisabled()).toBe(false);
    await page.selectOption('#unit', unit);
  });

  it('stays readable on a narrow screen: no sideways scrolling', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`${h.origin}/?from=Baotou&to=Duisburg&lang=en`);
    await page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, '08-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logged no console error and requested nothing beyond 127.0.0.1', () => {
    expect(h.errors).toEqual([]);
    expect(h.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(h)).toEqual([]);
  });
});
