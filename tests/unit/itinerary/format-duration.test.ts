/** Unit test: durations in the one-line route form. */
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/itinerary/index.ts';

describe('formatDuration', () => {
  it('shows days and hours, minutes only under a day', () => {
    expect(formatDuration(387)).toBe('16d3h');
    expect(formatDuration(9)).toBe('9h');
    expect(formatDuration(0.75)).toBe('45m');
    expect(formatDuration(26.5)).toBe('1d2h');
    expect(formatDuration(0)).toBe('0h');
    expect(formatDuration(24)).toBe('1d');
  });
});
