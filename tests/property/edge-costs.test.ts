/** Property: edge costs are finite and non-negative for generated tariffs, shipments and conditions; forbidden edges say so. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCostContext } from '../../src/costing/index.ts';
import { RouteQuery, type TariffUnit } from '../../src/model/index.ts';
import {
  compileIndex,
  createSearchContext,
  edgeAt,
  edgeStatic,
  OUT_SIZE,
} from '../../src/routing/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { randomNetwork } from '../support/random-network.ts';

const shipment = fc.oneof(
  fc.record({ teu: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ feu: fc.integer({ min: 1, max: 50 }), kg: fc.integer({ min: 1000, max: 500_000 }) }),
  fc.record({
    kg: fc.double({ min: 0.5, max: 100_000, noNaN: true }),
    m3: fc.double({ min: 0.01, max: 500, noNaN: true }),
    pieces: fc.integer({ min: 1, max: 5000 }),
  }),
);

describe('edge costs', () => {
  it('are finite and non-negative, static and time-dependent', () => {
    fc.assert(
      fc.property(
        randomNetwork(),
        fc.constantFrom<TariffUnit>('teu', 'feu', 'truck', 'kg', 'chargeable_kg', 'shipment'),
        fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
        shipment,
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1e9 }),
        (rn, unit, minUsd, s, factor, subsidy, t) => {
          for (const svc of Object.values(rn.drawing.services!)) {
            svc.unit = unit;
            if (minUsd !== undefined) svc.min_usd = minUsd;
          }
          const network = drawNetwork(rn.drawing);
          const index = compileIndex(network);
          const q = RouteQuery.parse({
            from: 't0',
            to: 't1',
            shipment: s,
            depart: '2026-12-01',
            value_of_time_usd_per_h: 3,
            carbon_price_usd_per_t: 50,
          });
          const ctx = createSearchContext(
            index,
            createCostContext(network.manifest, q, {
              tariff_factor: { rail_sea_train: factor, road_truck: factor },
              subsidies: [{ id: 'x', per: 'teu', amount_usd: subsidy }],
              extra_running_h: { china_europe_train: factor },
            }),
          );
          const out = new Float64Array(OUT_SIZE);
          const tH = 490_000 + (t % 100_000);
          for (let e = 0; e < index.edgeCount; e++) {
            if (edgeStatic(ctx, e, out)) {
              for (let k = 0; k < 3; k++) {
                expect(Number.isFinite(out[k]!)).toBe(true);
                expect(out[k]!).toBeGreaterThanOrEqual(0);
              }
            }
            if (edgeAt(ctx, e, tH, out)) {
              expect(Number.isFinite(out[1]!)).toBe(true);
              expect(out[1]!).toBeGreaterThanOrEqual(tH);
              expect(out[0]!).toBeGreaterThanOrEqual(0);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
