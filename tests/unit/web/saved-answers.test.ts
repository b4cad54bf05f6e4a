import { describe, expect, it } from 'vitest';
import {
  addSaved,
  parseSaved,
  removeSaved,
  savedTitle,
  sideBySide,
  toSaved,
} from '../../../web/view-model/saved-answers.ts';
import { DEFAULT_QUERY } from '../../../web/view-model/query-state.ts';
import type { PlanResult } from '../../../web/types.ts';
import { makeRoute } from './route-fixture.ts';

const answer = (cost: number) =>
  ({ status: 'ok', routes: [makeRoute({ id: 'r1', cost })] }) as unknown as PlanResult;
const query = { ...DEFAULT_QUERY, from: 'baotou-rail', to: 'duisburg', depart: '2026-12-01' };

describe('saved answers', () => {
  it('keeps the query and each corridor’s figures; survives a JSON round trip', () => {
    const s = toSaved(query, answer(8000), new Date('2026-12-06T23:00:00Z'));
    expect(s.from_name).toBe('Baotou');
    expect(s.corridors[0]?.cost_usd).toBe(8000);
    expect(parseSaved(JSON.stringify([s]))).toEqual([s]);
    expect(savedTitle('en', s)).toBe('Baotou → Duisburg · 1 TEU · 1 Dec 2026');
    expect(savedTitle('zh', s)).toBe('包头 → 杜伊斯堡 · 1 TEU · 2026年12月1日');
  });
  it('reads nothing from broken storage instead of failing', () => {
    expect(parseSaved(null)).toEqual([]);
    expect(parseSaved('not json')).toEqual([]);
    expect(parseSaved('{"a":1}')).toEqual([]);
    expect(parseSaved('[{"id":1},null]')).toEqual([]);
  });
  it('adds newest first, at most twenty, and removes by id', () => {
    let list = parseSaved(null);
    for (let i = 0; i < 25; i++)
      list = addSaved(list, toSaved(query, answer(1000 + i), new Date(Date.UTC(2026, 11, 1, i))));
    expect(list).toHaveLength(20);
    expect(list[0]?.corridors[0]?.cost_usd).toBe(1024);
    const id = list[0]?.id ?? '';
    expect(removeSaved(list, id).some((s) => s.id === id)).toBe(false);
  });
  it('side by side: the query facts, then each corridor, the rows that differ marked', () => {
    const a = toSaved(query, answer(8000), new Date('2026-12-06T23:00:00Z'));
    const b = toSaved(
      { ...query, unit: 'feu', quantity: 2 },
      answer(12000),
      new Date('2026-12-06T23:30:00Z'),
    );
    const rows = sideBySide('en', a, b, 'beijing');
    const byLabel = new Map(rows.map((r) => [r.label, r]));
    expect(byLabel.get('Query')?.differs).toBe(true);
    expect(byLabel.get('Query')?.b).toContain('2 FEU');
    expect(byLabel.get('Modes')?.differs).toBe(false);
    const corridor = rows.at(-1);
    expect(corridor?.a).toContain('US$8,000');
    expect(corridor?.b).toContain('US$12,000');
    expect(corridor?.differs).toBe(true);
  });
});
