/** Unit tests: where the value of time comes from (query, declared value, network cargo value per TEU, none). */
import { describe, expect, it } from 'vitest';
import { ANNUAL_HOLDING_RATE, createCostContext } from '../../../src/costing/index.ts';
import { RouteQuery, type NetworkManifest } from '../../../src/model/index.ts';

const base = {
  cargo_t_per_teu: { value: 10, source: 'x' },
  volumetric_kg_per_m3: { value: 167, source: 'x' },
} as unknown as NetworkManifest;
const withValue = {
  ...base,
  cargo_value_usd_per_teu: { value: 19_737, source: 'x' },
} as unknown as NetworkManifest;
const q = (shipment: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  RouteQuery.parse({ from: 'a', to: 'b', depart: '2026-12-01', shipment, ...extra });
const perH = (usd: number) => (usd * ANNUAL_HOLDING_RATE) / 8760;

describe('value of time', () => {
  it('derives the cargo value from TEU equivalents × the network cargo value per TEU', () => {
    const c = createCostContext(withValue, q({ feu: 2 }));
    expect(c.valueOfTimeSource).toBe('network_default');
    expect(c.cargoValueUsd).toBeCloseTo(4 * 19_737, 6);
    expect(c.valueOfTimeUsdPerH).toBeCloseTo(perH(4 * 19_737), 9);
  });

  it('prorates loose cargo by cargo_t_per_teu', () => {
    const c = createCostContext(withValue, q({ kg: 2500 }));
    expect(c.cargoValueUsd).toBeCloseTo(0.25 * 19_737, 6);
    expect(c.valueOfTimeUsdPerH).toBeCloseTo(perH(0.25 * 19_737), 9);
  });

  it('a declared value or a value of time in the query wins over the network default', () => {
    const declared = createCostContext(withValue, q({ teu: 1, value_usd: 50_000 }));
    expect(declared.valueOfTimeSource).toBe('shipment_value');
    expect(declared.valueOfTimeUsdPerH).toBeCloseTo(perH(50_000), 9);
    const given = createCostContext(
      withValue,
      q({ teu: 1, value_usd: 50_000 }, { value_of_time_usd_per_h: 3 }),
    );
    expect(given.valueOfTimeSource).toBe('query');
    expect(given.valueOfTimeUsdPerH).toBe(3);
  });

  it('is 0 when neither the query nor the network gives a value', () => {
    const c = createCostContext(base, q({ teu: 1 }));
    expect(c.valueOfTimeSource).toBe('none');
    expect(c.valueOfTimeUsdPerH).toBe(0);
  });
});
