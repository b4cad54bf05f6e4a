import { describe, expect, it } from 'vitest';
import { reportHeading, routeSources } from '../../../web/view-model/print-report.ts';
import { DEFAULT_QUERY } from '../../../web/view-model/query-state.ts';
import type { NetworkItems } from '../../../web/view-model/network-features.ts';
import type { SourceInfo } from '../../../web/types.ts';
import { makeRoute } from './route-fixture.ts';

describe('print report', () => {
  const query = {
    ...DEFAULT_QUERY,
    from: 'baotou-rail',
    to: 'duisburg',
    depart: '2026-12-01',
    unit: 'feu' as const,
    quantity: 2,
    cargo: ['reefer' as const],
  };
  it('the heading states the query in the language, with the zone and when it was printed', () => {
    const now = new Date('2026-12-06T23:40:00Z');
    const en = reportHeading('en', query, makeRoute(), 'beijing', now);
    expect(en.title).toBe('Corridor plan: Baotou → Duisburg');
    expect(en.facts).toContainEqual(['Departure date', '1 Dec 2026']);
    expect(en.facts).toContainEqual(['Shipment', '2 FEU']);
    expect(en.facts).toContainEqual(['Cargo', 'Reefer']);
    expect(en.printed).toBe('Printed 7 Dec, 07:40 · Dates and times in Beijing time (UTC+8)');
    const zh = reportHeading('zh', { ...query, depart: '' }, makeRoute(), 'utc', now);
    expect(zh.title).toBe('通道方案：包头 → 杜伊斯堡');
    expect(zh.facts).toContainEqual(['出发日期', '尽快']);
    expect(zh.printed).toContain('协调世界时');
  });
  it('routeSources lists what the route’s services, borders and terminals cite, once each', () => {
    const route = makeRoute();
    const item = (id: string, sources: string[]) => ({ id, props: { sources } });
    const items = {
      services: [item('bt-er', ['s1', 's2']), item('er-du', ['s2', 's3']), item('other', ['s9'])],
      borders: [item('erenhot-zamyn-uud-rail', ['s4'])],
      terminals: [item('baotou-rail', ['s1', 's5'])],
    } as unknown as NetworkItems;
    const known = new Map<string, SourceInfo>([
      ['s1', { id: 's1', title: 'One' } as SourceInfo],
      ['s2', { id: 's2', title: 'Two' } as SourceInfo],
    ]);
    const cited = routeSources(route, items, known);
    expect(cited.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(cited[0]?.title).toBe('One');
    expect(cited[2]?.title).toBe('s3'); // unknown to the summary: shown by its id, not dropped
  });
});
