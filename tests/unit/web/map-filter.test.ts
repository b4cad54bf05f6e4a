import { describe, expect, it } from 'vitest';
import {
  SHOW_ALL,
  showsService,
  showsTerminal,
  toggleKind,
  toggleMode,
} from '../../../web/view-model/map-filter.ts';

describe('map filter', () => {
  it('hides the lines of a switched-off mode and shows them again on a second toggle', () => {
    const noAir = toggleMode(SHOW_ALL, 'air');
    expect(showsService(noAir, { mode: 'air', kind: 'air_freighter' })).toBe(false);
    expect(showsService(noAir, { mode: 'rail', kind: 'china_europe_train' })).toBe(true);
    expect(showsService(toggleMode(noAir, 'air'), { mode: 'air', kind: 'air_freighter' })).toBe(
      true,
    );
  });

  it('hides one service kind without its mode', () => {
    const f = toggleKind(SHOW_ALL, 'tir_truck');
    expect(showsService(f, { mode: 'road', kind: 'tir_truck' })).toBe(false);
    expect(showsService(f, { mode: 'road', kind: 'road_truck' })).toBe(true);
  });

  it('hides an airport with air, keeps a border station and an airport that is also a city', () => {
    const f = toggleMode(SHOW_ALL, 'air');
    expect(showsTerminal(f, { kinds: ['airport'] })).toBe(false);
    expect(showsTerminal(f, { kinds: ['airport', 'express_centre'] })).toBe(true);
    expect(showsTerminal(f, { kinds: ['border_station', 'road_terminal'] })).toBe(true);
    expect(showsTerminal(toggleMode(f, 'road'), { kinds: ['airport', 'express_centre'] })).toBe(
      false,
    );
  });

  it('does not change the filter it was given', () => {
    toggleMode(SHOW_ALL, 'sea');
    expect(SHOW_ALL.hiddenModes.size).toBe(0);
  });
});
