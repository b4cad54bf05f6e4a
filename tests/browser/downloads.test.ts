/**
 * Taking results away: the route list and the corridor comparison as CSV (byte order mark, a header
 * with units, quoting that survives commas in names, Chinese in UTF-8), and the charts and the map
 * as PNG (a real PNG at twice the on-screen size, Chinese drawn with the bundled font) and as SVG.
 * The downloaded pictures are kept under __screenshots__ to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { startHarness, type Harness } from './browser-harness.ts';

let h: Harness;
const SHOTS = 'tests/browser/__screenshots__';
const BOM = [0xef, 0xbb, 0xbf];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

beforeAll(async () => {
  h = await startHarness({ width: 1280, height: 900 });
  await h.page.goto(`${h.origin}/?lang=en&from=baotou-rail&to=duisburg&feu=2&depart=2026-12-01`);
  await h.page.waitForSelector('#compare tr[data-kind="possible"]', { timeout: 30_000 });
  await h.page.waitForSelector('#timeline g.bar');
});
afterAll(async () => {
  await h?.close();
});

/** Clicks a download button and returns the file's bytes and suggested name. */
async function download(page: Page, target: string, format: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`button.export-btn[data-export="${target}"][data-format="${format}"]`).click(),
  ]);
  const path = await file.path();
  return { bytes: readFileSync(path), name: file.suggestedFilename(), path };
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function csvOf(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('downloads', () => {
  it('the route list as CSV: one row per route, units in the header, costs as on the page', async () => {
    const { page } = h;
    const { bytes, name } = await download(page, 'routes', 'csv');
    expect(name).toBe('baotou-rail_duisburg-routes.csv');
    const rows = csvOf(bytes);
    const [header, ...body] = rows;
    expect(header).toContain('Cost (USD)');
    expect(header).toContain('CO2e (kg)');
    expect(header).toContain('Departure (Beijing time, UTC+8)');
    expect(header).toContain('Days, likely (P50) (d)');
    const cards = await page.locator('#route-list li.route').count();
    expect(body).toHaveLength(cards);
    for (const r of body) expect(r).toHaveLength(header?.length ?? 0);
    // a border name holds a comma ("rail, Krasnoye – Osinovka"): quoted, it stays one field
    expect(body.some((r) => r.some((f) => f.includes(',')))).toBe(true);
    const costCol = header?.indexOf('Cost (USD)') ?? -1;
    const firstCost = Number(body[0]?.[costCol]);
    const shown =
      (await page.locator('#route-list li.route').first().locator('dd').first().textContent()) ??
      '';
    expect(Math.round(firstCost)).toBe(Number(shown.replace(/[^\d]/g, '')));
    const departCol = header?.indexOf('Departure (Beijing time, UTC+8)') ?? -1;
    expect(body[0]?.[departCol]).toMatch(/^2026-12-01 \d\d:\d\d$/);
  });

  it('the comparison as CSV: every corridor, the impossible ones with their reason', async () => {
    const { page } = h;
    const { bytes } = await download(page, 'compare', 'csv');
    const [header, ...body] = csvOf(bytes);
    expect(header?.[0]).toBe('Corridor');
    expect(header).toContain('Line haul (USD)');
    expect(body).toHaveLength(await page.locator('#compare tbody tr').count());
    const possibleCol = header?.indexOf('Possible') ?? -1;
    const reasonCol = header?.indexOf('Why not') ?? -1;
    const impossible = body.filter((r) => r[possibleCol] === 'no');
    expect(impossible.length).toBeGreaterThan(0);
    for (const r of impossible) expect(r[reasonCol]?.length).toBeGreaterThan(5);
    const shownNames = await page.locator('#compare tbody tr .short').allTextContents();
    expect(body.map((r) => r[0])).toEqual(shownNames);
  });

  it('the comparison and the routes as XLSX, read back by a second library: the CSV rows, numbers as numbers', async () => {
    const { page } = h;
    for (const target of ['compare', 'routes']) {
      const csv = csvOf((await download(page, target, 'csv')).bytes);
      const xlsx = await download(page, target, 'xlsx');
      expect(xlsx.name).toMatch(new RegExp(`-${target}\\.xlsx$`));
      // a zip (OOXML) container
      expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      expect(book.worksheets).toHaveLength(1);
      const sheet = book.worksheets[0]!;
      expect(sheet.name).toBe(target === 'compare' ? 'Corridor comparison' : 'Routes');
      const width = csv[0]?.length ?? 0;
      const rows: (string | number | null)[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        const cells: (string | number | null)[] = [];
        for (let c = 1; c <= width; c++) {
          const v = row.getCell(c).value;
          cells.push(v === null || v === undefined ? null : (v as string | number));
        }
        rows.push(cells);
      });
      expect(rows).toHaveLength(csv.length);
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const text = csv[r]?.[c] ?? '';
          // the same value; in the data rows a number is stored as a number, not as text
          expect(cell === null ? '' : String(cell)).toBe(text);
          if (r > 0 && text !== '' && !Number.isNaN(Number(text)))
            expect(typeof cell).toBe('number');
        }),
      );
      // the header row is bold and stays in view when scrolling
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]?.state).toBe('frozen');
    }
  });

  it('charts and the map as PNG: real PNGs at twice the size on screen', async () => {
    const { page } = h;
    for (const [target, selector] of [
      ['timeline', '.chart-timeline'],
      ['compare', '.chart-compare'],
      ['pareto', '.chart-pareto'],
      ['map', '.map-wrap'],
    ] as const) {
      const { bytes, path, name } = await download(page, target, 'png');
      expect(name).toBe(`baotou-rail_duisburg-${target}.png`);
      const box = await page.locator(selector).boundingBox();
      const size = pngSize(bytes);
      expect(size.width).toBe(Math.round(Math.ceil(box?.width ?? 0) * 2));
      expect(size.height).toBe(Math.round(Math.ceil(box?.height ?? 0) * 2));
      expect(bytes.length).toBeGreaterThan(20_000);
      copyFileSync(path, join(SHOTS, `50-download-${target}-en.png`));
    }
  });

  it('a chart as SVG: a standalone drawing holding the chart text', async () => {
    const { page } = h;
    const { bytes } = await download(page, 'timeline', 'svg');
    const text = bytes.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('Dates and times in Beijing time (UTC+8)');
    expect(text).not.toContain('Download'); // the buttons are left out
    // well-formed XML: the page's own parser reads it without an error
    const ok = await page.evaluate(
      (s) =>
        new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('parsererror')
          .length === 0,
      text,
    );
    expect(ok).toBe(true);
  });

  it('in Chinese: CSV headers and names in Chinese, PNG with Chinese glyphs', async () => {
    const { page } = h;
    await page.locator('#lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.evaluate(() => document.fonts.ready);
    const { bytes } = await download(page, 'compare', 'csv');
    const [header, ...body] = csvOf(bytes);
    expect(header?.[0]).toBe('通道');
    expect(header).toContain('费用（最优路线）（美元）');
    expect(body.some((r) => /[\u4e00-\u9fff]/.test(r[0] ?? ''))).toBe(true);
    for (const target of ['compare', 'timeline'] as const) {
      const png = await download(page, target, 'png');
      pngSize(png.bytes);
      copyFileSync(png.path, join(SHOTS, `51-download-${target}-zh.png`));
    }
    expect(await page.locator('.export-status').allTextContents()).toEqual(
      expect.arrayContaining(['']),
    );
    await page
      .locator('.chart-compare')
      .screenshot({ path: join(SHOTS, '52-compare-buttons-zh.png') });
    expect(h.errors).toEqual([]);
  });
});
