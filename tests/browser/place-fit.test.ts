/**
 * Places resolve with the query (the places API matches names only; the page ranks its answers by
 * the form): "Tokyo" typed for an air-only parcel query suggests the airport first and the seaport
 * last as unfit; "Hohhot" typed as the destination of a 1210 import and submitted is taken as the
 * bonded zone, and the note under the field says so and why.
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

describe('places with the query', () => {
  it('an air-only parcel query suggests the Tokyo airport first, the seaport as unfit', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    for (const mode of ['rail', 'road', 'sea'])
      await page.locator(`input[name="modes"][value="${mode}"]`).uncheck();
    await page.selectOption('#unit', 'kg');
    await page.locator('#to').pressSequentially('Tokyo');
    await page.waitForSelector('#to-list li', { timeout: 10_000 });
    const ids = await page.$$eval('#to-list li', (lis) => lis.map((li) => li.dataset['place']));
    expect(ids[0]).toBe('tokyo-haneda');
    expect(await page.locator('#to-list li').first().textContent()).toContain('only air is ticked');
    const port = page.locator('#to-list li[data-place="tokyo-yokohama-port"]');
    expect(await port.getAttribute('class')).toContain('unfit');
    expect(await port.textContent()).toContain('none of the ticked modes here');
    // the arrow keys and Enter take the first suggestion
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#to')).toMatch(/Haneda|tokyo-haneda/i);
    await shot(page, 'place-fit-tokyo-air');
  });

  it('"Hohhot" as the destination of a 1210 import is taken as the bonded zone, with the reason', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
    await page.fill('#from', 'seoul-incheon');
    await page.fill('#to', 'Hohhot');
    await page.selectOption('#unit', 'kg');
    await page.fill('#quantity', '500');
    await page.selectOption('#regime', '1210');
    await page.click('#run');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('to'), { timeout: 15_000 })
      .toBe('hohhot-bonded');
    const note = (await page.locator('#to-note').textContent()) ?? '';
    expect(note).toContain('“Hohhot” is taken as');
    expect(note).toContain('a bonded zone: 1210 imports are stocked there');
    // the same city for a general query stays as typed, for the planner to resolve
    await page.selectOption('#regime', 'general');
    await page.fill('#to', 'Hohhot');
    await page.click('#run');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('to'), { timeout: 15_000 })
      .toBe('Hohhot');
    expect(await page.locator('#to-note').textContent()).toBe('');
  });
});
