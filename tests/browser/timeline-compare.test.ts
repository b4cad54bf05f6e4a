/**
 * Two routes' timelines together: choosing a second route draws its timeline under the selected
 * one's on the same calendar scale (the same dates at the same places), both named; choosing "no
 * second route" leaves one; the choice lists every route of the answer but the selected one; the
 * link ("Copy link") carries the choice and opening it draws the same two timelines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ width: 1440, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

/** Each pane's route id, heading, axis ticks (label and x) and the right end of its last bar. */
const panes = () =>
  h.page.$$eval('#timeline .timeline-pane', (els) =>
    els.map((el) => ({
      route: el.getAttribute('data-route'),
      heading: el.querySelector('h3')?.hidden ? '' : (el.querySelector('h3')?.textContent ?? ''),
      ticks: [...el.querySelectorAll('g.tick')].map((t) => ({
        label: t.textContent,
        x: Math.round(t.getBoundingClientRect().left),
      })),
      end: Math.max(
        ...[...el.querySelectorAll('g.bar rect')].map((r) => r.getBoundingClientRect().right),
      ),
    })),
  );

describe('timeline of two routes', () => {
  it('draws a second chosen route on the same scale, and one again when unchosen', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#timeline .timeline-pane', { timeout: 30_000 });
    const routeCount = await page.locator('#route-list > li').count();
    const select = page.locator('#timeline-compare');
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // "no second route" and every route but the selected one
    expect(values[0]).toBe('');
    expect(values.length).toBe(routeCount);
    expect((await panes()).length).toBe(1);
    const selected = (await panes())[0]?.route;
    expect(values).not.toContain(selected);

    // the first other route of the answer
    const other = values[1] ?? '';
    await select.selectOption(other);
    const two = await panes();
    expect(two.map((p) => p.route)).toEqual([selected, other]);
    expect(two[0]?.heading).toMatch(/^A · /);
    expect(two[1]?.heading).toMatch(/^B · /);
    // one scale: the same dates at the same x in both charts
    expect(two[0]?.ticks.length).toBeGreaterThan(2);
    expect(two[1]?.ticks).toEqual(two[0]?.ticks);
    // the legend stays under both charts
    const order = await page.$$eval('#timeline > *', (els) => els.map((e) => e.className));
    expect(order.at(-1)).toBe('chart-legend');
    await page.locator('.chart-timeline').screenshot({
      path: 'tests/browser/__screenshots__/timeline-two-routes.png',
    });

    // keyboard: the choice is a native select; back to one route
    await select.focus();
    await select.selectOption('');
    expect((await panes()).map((p) => p.route)).toEqual([selected]);
    await shot(page, 'timeline-one-route');
  });

  it('selecting the compared route as the main one leaves one timeline', async () => {
    const { page } = h;
    const select = page.locator('#timeline-compare');
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = values[1] ?? '';
    await select.selectOption(other);
    expect((await panes()).length).toBe(2);
    await page.click(`#route-list button.route-card[data-route="${other}"]`);
    const after = await panes();
    expect(after.length).toBe(1);
    expect(await select.inputValue()).toBe('');
    expect(new URL(page.url()).searchParams.has('compare')).toBe(false);
  });

  it('the copied link carries the compared route, and opening it compares the same two', async () => {
    const { page, context } = h;
    await page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
    await page.waitForSelector('#timeline .timeline-pane', { timeout: 30_000 });
    const select = page.locator('#timeline-compare');
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // the last route of the answer, not the first other one a fresh page might fall on
    const other = values.at(-1) ?? '';
    expect(other).not.toBe('');
    await select.selectOption(other);
    const chosen = (await panes()).map((p) => p.route);
    expect(chosen).toHaveLength(2);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'), { timeout: 5_000 })
      .toBe(other);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await page.click('#share');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('compare')).toBe(other);

    // a colleague opens the link
    const fresh = await context.newPage();
    try {
      await fresh.goto(link);
      await fresh.waitForSelector('#timeline .timeline-pane', { timeout: 30_000 });
      await expect
        .poll(() => fresh.$$eval('#timeline .timeline-pane', (els) => els.length), {
          timeout: 10_000,
        })
        .toBe(2);
      expect(
        await fresh.$$eval('#timeline .timeline-pane', (els) =>
          els.map((el) => el.getAttribute('data-route')),
        ),
      ).toEqual(chosen);
      expect(await fresh.locator('#timeline-compare').inputValue()).toBe(other);
    } finally {
      await fresh.close();
    }

    // "no second route" takes the choice out of the link again
    await select.selectOption('');
    await expect
      .poll(() => new URL(page.url()).searchParams.has('compare'), { timeout: 5_000 })
      .toBe(false);
  });
});
