/**
 * A simulation run cancelled elsewhere (DELETE from another client) stops the page's polling, and the
 * Cancel button cancels both runs of a submission; the page shows a progress bar while it runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { foreignRequests, startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 900 });
});
afterAll(async () => {
  await h?.close();
});

const polls = (id: string) =>
  h.requests.filter((u) => u.endsWith(`/api/v1/simulations/${id}`)).length;

async function startRun(): Promise<string[]> {
  const { page } = h;
  await page.locator('#scenario-reps').fill('20');
  const started: string[] = [];
  const onResponse = async (r: Response) => {
    if (r.url().endsWith('/api/v1/simulations') && r.request().method() === 'POST')
      started.push(((await r.json()) as { id: string }).id);
  };
  page.on('response', onResponse);
  await page.locator('#scenario-run').click();
  await expect.poll(() => started.length, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => polls(started[0]!), { timeout: 20_000 }).toBeGreaterThan(1);
  page.off('response', onResponse);
  expect(await page.locator('#scenario-progress').isVisible()).toBe(true);
  return started;
}

describe('cancelling a simulation', () => {
  it('a run cancelled elsewhere stops the polling', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('#scenario-panel:not([hidden])', { timeout: 30_000 });
    const [id] = await startRun();
    const res = await h.app.inject({ method: 'DELETE', url: `/api/v1/simulations/${id}` });
    expect(res.json().status).toBe('cancelled');
    await expect
      .poll(() => page.locator('#scenario-status').textContent(), { timeout: 10_000 })
      .toContain('cancelled');
    const after = polls(id!);
    await page.waitForTimeout(2000); // four poll intervals
    expect(polls(id!)).toBe(after);
    expect(await page.locator('#scenario-run').isDisabled()).toBe(false);
    expect(await page.locator('#scenario-cancel').isVisible()).toBe(false);
    expect(await page.locator('#scenario-results').isVisible()).toBe(false);
  });

  it('the Cancel button cancels every run of the submission', async () => {
    const { page } = h;
    const ids = await startRun();
    await page.locator('#scenario-cancel').click();
    await expect
      .poll(() => page.locator('#scenario-status').textContent(), { timeout: 10_000 })
      .toContain('cancelled');
    for (const id of ids) {
      const s = (await h.app.inject({ url: `/api/v1/simulations/${id}` })).json() as {
        status: string;
      };
      expect(['cancelled', 'done']).toContain(s.status);
    }
    const counts = ids.map(polls);
    await page.waitForTimeout(2000);
    expect(ids.map(polls)).toEqual(counts);
  });

  it('requested nothing beyond 127.0.0.1 and logged no error', () => {
    expect(foreignRequests(h)).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
