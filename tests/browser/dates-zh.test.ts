/**
 * Dates on the Chinese page are Chinese dates: the departure field holds 2026-12-01 (the browser's
 * own date field wrote 12/01/2026 whatever the page's language) with 2026年12月1日周二 under it, the
 * timeline, route cards, details and the printed sources read 12月1日 04:00 / 2015年8月, the zone is
 * said as on the English page, and a date that is no date stops the query with a message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
const QUERY = 'from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01';
const US_DATE = /\d{1,2}\/\d{1,2}\/\d{2,4}/;

beforeAll(async () => {
  h = await startHarness({ width: 1440, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

describe('dates on the Chinese page', () => {
  it('the departure field, timeline, route cards and details write dates the Chinese way', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=zh&${QUERY}`);
    await page.waitForSelector('#route-list li', { timeout: 30_000 });
    expect(await page.inputValue('#depart')).toBe('2026-12-01');
    expect(await page.locator('#depart-note').textContent()).toBe('2026年12月1日周二');
    // the timeline's steps and the route card's arrivals
    const steps = await page.locator('#timeline').innerText();
    expect(steps).toMatch(/12月1日 00:00 → 12月1日 08:00/);
    const card = await page.locator('#route-list li').first().innerText();
    expect(card).toMatch(/\d{1,2}月\d{1,2}日/);
    // the zone is said beside the dates, as on the English page
    expect(await page.locator('#zone-note').innerText()).toContain('北京时间（UTC+8）');
    // a terminal's sources with their dates
    await page.$eval('#map g.terminal[data-id="duisburg"]', (g) =>
      g.dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    expect(await page.locator('#details').innerText()).toContain('2015年8月');
    // the printed report's sources
    const printed = (await page.locator('#report-sources').textContent()) ?? '';
    // (a title may hold a date of its own, "maxi_2023-10": the date field is the one between dots)
    expect(printed).toContain('2023年10月');
    expect(printed).not.toMatch(/· \d{4}-\d{2}(-\d{2})? ·/);
    // nowhere a US date
    expect(await page.locator('body').innerText()).not.toMatch(US_DATE);
    await shot(page, 'dates-zh');
  });

  it('the English page writes the same date the English way', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&${QUERY}`);
    await page.waitForSelector('#route-list li', { timeout: 30_000 });
    expect(await page.inputValue('#depart')).toBe('2026-12-01');
    expect(await page.locator('#depart-note').textContent()).toBe('Tue, 1 Dec 2026');
    expect(await page.locator('#timeline').innerText()).toMatch(/1 Dec, 00:00 → 1 Dec, 08:00/);
    expect(await page.locator('body').innerText()).not.toMatch(US_DATE);
  });

  it('a date typed the Chinese way is read; one that is no date stops the query', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=zh`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    await page.fill('#from', 'baotou-rail');
    await page.fill('#to', 'duisburg');
    await page.fill('#depart', '2026年12月3日');
    expect(await page.locator('#depart-note').textContent()).toBe('2026年12月3日周四');
    await page.click('#run');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('depart'), { timeout: 15_000 })
      .toBe('2026-12-03');
    await page.fill('#depart', '2026-02-30');
    expect(await page.locator('#depart').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#depart-note').textContent()).toContain('年-月-日');
    await page.click('#run');
    await expect
      .poll(() => page.locator('#message').innerText(), { timeout: 5_000 })
      .toContain('请按“年-月-日”填写出发日期');
    expect(new URL(page.url()).searchParams.get('depart')).toBe('2026-12-03');
  });
});
