/**
 * The scenario panel in headless Chromium against the real server: it lists the shipped scenarios,
 * runs one and its baseline with the same seed, and plots the KPI changes and border queues.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, shot, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
let scenarios: { id: string; baseline?: string }[];

beforeAll(async () => {
  h = await startHarness();
  const res = await h.app.inject({ method: 'GET', url: '/api/v1/scenarios' });
  expect(res.statusCode).toBe(200);
  scenarios = (res.json() as { scenarios: typeof scenarios }).scenarios;
});

afterAll(async () => {
  await h?.close();
});

describe('scenario panel', () => {
  it('lists every shipped scenario', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
    await page.waitForSelector('#scenario-panel:not([hidden])', { timeout: 15_000 });
    const values = await page
      .locator('#scenario-select option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(scenarios.map((s) => s.id));
  });

  it('runs a scenario against its baseline and plots KPI changes and border queues', async () => {
    const { page } = h;
    const chosen =
      scenarios.find((s) => s.id === 'erenhot-halt-2021') ?? scenarios.find((s) => s.baseline);
    expect(chosen).toBeDefined();
    await page.locator('#scenario-select').selectOption(chosen?.id ?? '');
    await page.locator('#scenario-reps').fill('2');
    await page.locator('#scenario-run').click();
    await page.waitForSelector('#scenario-kpis g.kpi', { timeout: 90_000 });
    expect(await page.locator('#scenario-kpis g.kpi').count()).toBeGreaterThanOrEqual(5);
    // every bar is judged; the verdict classes are the only ones the chart uses
    const verdicts = await page
      .locator('#scenario-kpis g.kpi')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('class')?.split(' ')[1]));
    for (const v of verdicts) expect(['better', 'worse', 'unclear', 'neutral']).toContain(v);
    const queues =
      (await page.locator('#scenario-queues path.queue').count()) +
      (await page.locator('#scenario-queues p.empty').count());
    expect(queues).toBeGreaterThan(0);
    expect(await page.locator('#scenario-run').isDisabled()).toBe(false);
    await page.locator('#scenario-panel').scrollIntoViewIfNeeded();
    await shot(page, '10-scenario');
  });

  it('logged no console error and requested nothing beyond 127.0.0.1', () => {
    expect(h.errors).toEqual([]);
    expect(foreignRequests(h)).toEqual([]);
  });
});
