/** Unit tests: shipment units, tariff choice, minimum charges, distributions. */
import { describe, expect, it } from 'vitest';
import {
  borderFeeUsd,
  lineHaulUsd,
  medianOf,
  perKmUsd,
  quantileOf,
  shipmentUnits,
} from '../../../src/costing/index.ts';
import { TariffUnit } from '../../../src/model/index.ts';
import type { BorderCrossing, NetworkManifest, Tariff } from '../../../src/model/index.ts';
import type { CostContext } from '../../../src/costing/index.ts';

const manifest = {
  cargo_t_per_teu: { value: 10, source: 'x' },
  volumetric_kg_per_m3: { value: 167, source: 'x' },
} as unknown as NetworkManifest;
const t = (unit: Tariff['unit'], usd: number, min_usd?: number): Tariff => ({
  from: 'a',
  to: 'b',
  date: '2024',
  unit,
  usd,
  ...(min_usd !== undefined ? { min_usd } : {}),
  source: 'x',
});

/** boxes of both sizes, weight beside them, loose cargo by weight and volume */
const SHIPMENT_MIXES = [
  { teu: 3 },
  { feu: 2, kg: 31_000 },
  { teu: 1, feu: 1, kg: 17_500 },
  { kg: 800, m3: 4 },
  { kg: 12_345 },
];

describe('shipment units', () => {
  it('counts TEU equivalents, trucks and tonnes for containers', () => {
    const u = shipmentUnits({ teu: 3, feu: 2, cargo: [], regime: 'general' }, manifest);
    expect(u).toMatchObject({ containers: true, teuEq: 7, trucks: 4, tonnes: 70 });
  });
  it('puts loose cargo on TEU pro rata by weight and on trucks by 20 t', () => {
    const u = shipmentUnits({ kg: 45_000, cargo: [], regime: 'general' }, manifest);
    expect(u.teuEq).toBeCloseTo(4.5, 9);
    expect(u.trucks).toBe(3);
    expect(u.containers).toBe(false);
  });
  it('a part load shares its truck: the weight share of a truck, where containers fill whole ones', () => {
    expect(shipmentUnits({ teu: 3, cargo: [], regime: 'general' }, manifest).truckShare).toBe(2);
    const loose = shipmentUnits({ kg: 500, cargo: [], regime: 'general' }, manifest);
    expect(loose.trucks).toBe(1);
    expect(loose.truckShare).toBeCloseTo(0.025, 12);
    // a road crossing's fee per truck: 500 kg of groupage pays 2.5 % of it, a box the whole
    const road = { mode: 'road', cost_usd_per_teu: { value: 200 } } as unknown as BorderCrossing;
    const rail = { mode: 'rail', cost_usd_per_teu: { value: 200 } } as unknown as BorderCrossing;
    const ctx = (units: ReturnType<typeof shipmentUnits>) => ({ units }) as unknown as CostContext;
    expect(borderFeeUsd(road, ctx(loose))).toBeCloseTo(5, 9);
    expect(borderFeeUsd(rail, ctx(loose))).toBeCloseTo(200 * 0.05, 9);
    const feu = shipmentUnits({ feu: 1, cargo: [], regime: 'general' }, manifest);
    expect(borderFeeUsd(road, ctx(feu))).toBe(200);
  });
  it('bills air by chargeable weight', () => {
    expect(
      shipmentUnits({ kg: 100, m3: 2, cargo: [], regime: 'general' }, manifest).chargeableKg,
    ).toBe(334);
    expect(
      shipmentUnits({ kg: 500, m3: 2, cargo: [], regime: 'general' }, manifest).chargeableKg,
    ).toBe(500);
  });
});

describe('line haul', () => {
  const u = shipmentUnits({ teu: 2, cargo: [], regime: 'general' }, manifest);
  it('prices TEU boxes by the TEU rate as filed, never by a cheaper FEU rate', () => {
    expect(lineHaulUsd([t('teu', 1000), t('feu', 1800), t('kg', 0.01)], u)).toBe(2000);
  });
  it('prices FEU boxes by the FEU rate and TEU boxes by the TEU rate in one shipment', () => {
    const mixed = shipmentUnits({ teu: 1, feu: 2, cargo: [], regime: 'general' }, manifest);
    expect(lineHaulUsd([t('teu', 1000), t('feu', 1800)], mixed)).toBe(1000 + 2 * 1800);
    // an FEU box where only a TEU rate is filed counts two TEU (R15), whatever is cheaper
    expect(lineHaulUsd([t('teu', 1000)], mixed)).toBe(5 * 1000);
  });
  it('charges a per-truck rate once for the whole shipment (one FEU or two TEU a truck)', () => {
    const mixed = shipmentUnits({ teu: 3, feu: 1, cargo: [], regime: 'general' }, manifest);
    expect(lineHaulUsd([t('truck', 500), t('kg', 0.01)], mixed)).toBe(3 * 500);
  });
  it('applies the minimum charge', () => {
    expect(lineHaulUsd([t('teu', 100, 500)], u)).toBe(500);
  });
  it('falls back to the other units when the service quotes only those', () => {
    expect(lineHaulUsd([t('kg', 0.1)], u)).toBeCloseTo(2000, 9);
  });
  it('prices loose cargo by weight, chargeable weight first', () => {
    const loose = shipmentUnits({ kg: 100, m3: 2, cargo: [], regime: 'general' }, manifest);
    expect(lineHaulUsd([t('kg', 1), t('chargeable_kg', 2), t('teu', 10)], loose)).toBe(668);
  });
  it('gives 0 for a pair without entries', () => {
    expect(lineHaulUsd([], u)).toBe(0);
  });
  it('prices one table for every kind of shipment alike, asked again or afresh (R23)', () => {
    // the entry each kind of cargo is priced by is found once per table and kept
    const table = [t('kg', 0.2), t('feu', 1800, 2000), t('chargeable_kg', 0.5)];
    const shipments = [
      { teu: 2 },
      { feu: 3 },
      { teu: 1, feu: 1 },
      { kg: 900, m3: 4 },
      { kg: 30_000 },
    ].map((s) => shipmentUnits({ ...s, cargo: [], regime: 'general' }, manifest));
    const prices = shipments.map((x) => lineHaulUsd(table, x));
    // TEU boxes fall back to the FEU rate at half a box each; loose cargo goes by chargeable weight
    expect(prices).toEqual([2000, 5400, 2700, 450, 15_000]);
    for (const [i, x] of shipments.entries()) {
      expect(lineHaulUsd(table, x)).toBe(prices[i]);
      expect(lineHaulUsd([...table], x)).toBe(prices[i]);
    }
    // another table of the same length is not answered from the first one's entries
    expect(lineHaulUsd([t('teu', 700), t('feu', 1100), t('kg', 1)], shipments[0]!)).toBe(1400);
  });
});

describe('per-km rule', () => {
  it('is rate × km × quantity, at least the minimum', () => {
    const u = shipmentUnits({ feu: 2, cargo: [], regime: 'general' }, manifest);
    expect(perKmUsd({ unit: 'truck', usd_per_km: 1.5, min_usd: 100 }, 400, u)).toBe(1200);
    expect(perKmUsd({ unit: 'truck', usd_per_km: 1.5, min_usd: 100 }, 20, u)).toBe(100);
  });
  it('counts the shipment in every unit as the line haul does (one quantity basis per unit)', () => {
    // one entry prices every box of the shipment, so the line haul of one "km" is the per-km rule's;
    // a unit whose quantity were worked out apart in the two would differ here
    for (const unit of TariffUnit.options) {
      for (const s of SHIPMENT_MIXES) {
        const u = shipmentUnits({ ...s, cargo: [], regime: 'general' }, manifest);
        const perKm = perKmUsd({ unit, usd_per_km: 7.3 }, 1, u);
        expect(perKm, `${unit} ${JSON.stringify(s)}`).toBeGreaterThan(0);
        expect(lineHaulUsd([t(unit, 7.3)], u), `${unit} ${JSON.stringify(s)}`).toBeCloseTo(
          perKm,
          9,
        );
      }
    }
  });
});

describe('distributions', () => {
  it('gives medians and quantiles', () => {
    expect(medianOf({ dist: 'fixed', value: 4, source: 'x' })).toBe(4);
    expect(medianOf({ dist: 'lognormal', p50: 9, p90: 30, source: 'x' })).toBe(9);
    expect(quantileOf({ dist: 'lognormal', p50: 9, p90: 30, source: 'x' }, 0.9)).toBeCloseTo(30, 6);
    expect(medianOf({ dist: 'triangular', min: 0, mode: 10, max: 10, source: 'x' })).toBeCloseTo(
      Math.sqrt(50),
      9,
    );
  });
});

describe('line haul pricing of entries as numbers (docs/decisions.md R27)', () => {
  /** The pricing as written before the entries were read as numbers: pick by unit, charge by unit. */
  function reference(tariffs: Tariff[], u: ReturnType<typeof shipmentUnits>): number {
    const order = (units: Tariff['unit'][]) =>
      units.map((x) => tariffs.find((e) => e.unit === x)).find((e) => e !== undefined);
    const qty = (unit: Tariff['unit'], teuEq: number, share: number, teu: number, feu: number) =>
      ({
        teu: teuEq,
        feu: teuEq / 2,
        truck: feu + Math.ceil(teu / 2),
        kg: u.kg * share,
        chargeable_kg: u.chargeableKg * share,
        shipment: 1,
      })[unit];
    const whole = (e: Tariff) =>
      Math.max(
        e.min_usd ?? 0,
        e.usd *
          {
            teu: u.teuEq,
            feu: u.teuEq / 2,
            truck: u.trucks,
            kg: u.kg,
            chargeable_kg: u.chargeableKg,
            shipment: 1,
          }[e.unit],
      );
    if (tariffs.length === 0) return 0;
    if (!u.containers) {
      const e = order(['chargeable_kg', 'kg', 'shipment', 'truck', 'teu', 'feu']);
      return e ? whole(e) : 0;
    }
    const forTeu =
      u.teu > 0 ? order(['teu', 'feu', 'truck', 'shipment', 'kg', 'chargeable_kg']) : undefined;
    const forFeu =
      u.feu > 0 ? order(['feu', 'teu', 'truck', 'shipment', 'kg', 'chargeable_kg']) : undefined;
    if (forTeu && forTeu === forFeu) return whole(forTeu);
    const part = (e: Tariff, teu: number, feu: number) => {
      const teuEq = teu + 2 * feu;
      return Math.max(
        e.min_usd ?? 0,
        e.usd * qty(e.unit, teuEq, u.teuEq > 0 ? teuEq / u.teuEq : 0, teu, feu),
      );
    };
    return (forTeu ? part(forTeu, u.teu, 0) : 0) + (forFeu ? part(forFeu, 0, u.feu) : 0);
  }
  it('gives what pricing by unit names gives, for every mix of entries and shipments', () => {
    const units = TariffUnit.options;
    let n = 0;
    for (let mask = 1; mask < 1 << units.length; mask++) {
      const entries = units
        .filter((_, k) => mask & (1 << k))
        .map((x, k) => t(x, 0.37 + 113 * k, k % 2 ? 250 * k : undefined));
      for (const s of SHIPMENT_MIXES) {
        const u = shipmentUnits({ ...s, cargo: [], regime: 'general' }, manifest);
        expect(lineHaulUsd(entries, u)).toBe(reference(entries, u));
        n++;
      }
    }
    expect(n).toBe(((1 << units.length) - 1) * 5);
  });
});
