/**
 * Dates in the page's language: the departure field reads dates as a planner types them and the
 * note under it, the sources' dates and the route times are written in the page's locale, never in
 * the browser's ("12/01/2026").
 */
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatSourceDate,
  formatWeekdayDate,
} from '../../../web/view-model/format.ts';
import { DEFAULT_QUERY, isRunnable, parseDateText } from '../../../web/view-model/query-state.ts';

const US_DATE = /\d{1,2}\/\d{1,2}\/\d{2,4}/;

describe('parseDateText(text)', () => {
  it('reads year-month-day written with dashes, slashes, dots or 年月日', () => {
    for (const text of ['2026-12-01', '2026-12-1', ' 2026/12/01 ', '2026.12.1', '2026年12月1日'])
      expect(parseDateText(text), text).toBe('2026-12-01');
    expect(parseDateText('2028-02-29')).toBe('2028-02-29');
  });
  it('is empty for an empty field, undefined for what is no calendar date', () => {
    expect(parseDateText('  ')).toBe('');
    for (const text of [
      '12/01/2026',
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      'next week',
      '1.12.2026',
    ])
      expect(parseDateText(text), text).toBeUndefined();
  });
  it('a query with a date that is no date does not run (it would run "from now")', () => {
    const q = { ...DEFAULT_QUERY, from: 'baotou-rail', to: 'duisburg' };
    expect(isRunnable({ ...q, depart: '' })).toBe(true);
    expect(isRunnable({ ...q, depart: '2026-12-01' })).toBe(true);
    expect(isRunnable({ ...q, depart: '12/01/2026' })).toBe(false);
  });
});

describe('dates in the page language', () => {
  it('the note under the departure field names the day with its weekday', () => {
    expect(formatWeekdayDate('zh', '2026-12-01')).toBe('2026年12月1日周二');
    expect(formatWeekdayDate('en', '2026-12-01')).toBe('Tue, 1 Dec 2026');
  });
  it("a source's day, month or year is written in the language", () => {
    expect(formatSourceDate('zh', '2015-11-25')).toBe('2015年11月25日');
    expect(formatSourceDate('en', '2015-11-25')).toBe('25 Nov 2015');
    expect(formatSourceDate('zh', '2015-08')).toBe('2015年8月');
    expect(formatSourceDate('en', '2015-08')).toBe('Aug 2015');
    expect(formatSourceDate('zh', '2015')).toBe('2015年');
    expect(formatSourceDate('en', '2015')).toBe('2015');
    expect(formatSourceDate('en', 'undated')).toBe('undated');
  });
  it('route times on the Chinese page read 12月1日 04:00, not a US date', () => {
    const zh = formatDateTime('zh', '2026-11-30T20:00:00Z', 'beijing');
    expect(zh).toBe('12月1日 04:00');
    expect(zh).not.toMatch(US_DATE);
    expect(formatDateTime('zh', '2026-11-30T20:00:00Z', 'utc')).toBe('11月30日 20:00');
  });
});
