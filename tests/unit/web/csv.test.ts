import { describe, expect, it } from 'vitest';
import { comparisonCsv, csvField, routesCsv, toCsv } from '../../../web/view-model/csv.ts';
import { corridorTable } from '../../../web/view-model/corridor-table.ts';
import { localStamp } from '../../../web/view-model/time-zone.ts';
import type { PlanResult } from '../../../web/types.ts';
import { makeRoute } from './route-fixture.ts';

const lines = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean);

describe('CSV', () => {
  it('quotes fields holding commas, quotes, line breaks or edge spaces, and only those', () => {
    expect(csvField('Erenhot')).toBe('Erenhot');
    expect(csvField('rail, Krasnoye')).toBe('"rail, Krasnoye"');
    expect(csvField('the "TIR" carnet')).toBe('"the ""TIR"" carnet"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(3607.5)).toBe('3607.5');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
  it('starts with a byte order mark and ends lines with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['二连浩特', 1],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFa,b\r\n二连浩特,1\r\n');
  });
  it('localStamp writes local time the way spreadsheets read dates', () => {
    expect(localStamp('2026-11-30T20:00:00Z', 'beijing')).toBe('2026-12-01 04:00');
    expect(localStamp('2026-11-30T20:00:00Z', 'utc')).toBe('2026-11-30 20:00');
  });
  it('routesCsv: a header with units in the language, one row per route, plain numbers', () => {
    const routes = [makeRoute({ id: 'a', cost: 8000.456 }), makeRoute({ id: 'b', cost: 12345 })];
    const en = lines(routesCsv(routes, 'en', 'beijing'));
    expect(en).toHaveLength(3);
    const header = en[0]?.split(',') ?? [];
    expect(header).toContain('Cost (USD)');
    expect(header).toContain('CO2e (kg)');
    expect(header).toContain('Distance (km)');
    const cost = header.indexOf('Cost (USD)');
    // the header's departure column holds a comma inside its quotes, so split with the parser's rule
    expect(en[0]).toContain('"Departure (Beijing time, UTC+8)"');
    const row1 = en[1] ?? '';
    expect(row1).toContain('2027-03-01 08:00'); // 00:00 UTC is 08:00 in Beijing
    expect(row1).toContain('8000.46');
    expect(cost).toBeGreaterThan(0);
    const zh = lines(routesCsv(routes, 'zh', 'utc'));
    expect(zh[0]).toContain('费用（美元）');
    expect(zh[0]).toContain('出发（UTC）');
    expect(zh[1]).toContain('包头');
  });
  it('comparisonCsv: one row per corridor, the impossible ones with their reason in words', () => {
    const result = {
      status: 'ok',
      routes: [makeRoute({ id: 'r1' })],
      corridors: [
        {
          group: 'erenhot-rail',
          short: 'Erenhot rail',
          short_zh: '二连浩特铁路',
          name: 'Erenhot rail, via Zamyn-Uud',
          name_zh: '二连浩特铁路',
          mode: 'rail',
          possible: true,
          route_id: 'r1',
          route_ids: ['r1'],
        },
        {
          group: 'air-beijing',
          short: 'Air via Beijing',
          short_zh: '经北京空运',
          name: 'Air via Beijing',
          name_zh: '经北京空运',
          mode: 'air',
          possible: false,
          route_ids: [],
          reason: 'containers do not fly',
        },
      ],
    } as unknown as PlanResult;
    const csv = lines(comparisonCsv(corridorTable(result), 'en', 'beijing'));
    expect(csv).toHaveLength(3);
    expect(csv[0]?.startsWith('Corridor,Corridor (full name),Main mode,Possible')).toBe(true);
    expect(csv[1]).toContain('"Erenhot rail, via Zamyn-Uud"');
    expect(csv[1]).toContain(',yes,');
    expect(csv[2]).toContain(',no,');
    expect(csv[2]?.endsWith('containers do not fly')).toBe(true);
  });
});
