/**
 * F25: parcel products on a China-Europe train and a China–Mongolia–Russia truck (docs/decisions.md
 * C10). A 9610 shipment that gives its pieces rides a rail or road parcel product as it rides the air
 * ones (C4): once, door to door, at the product's filed price per piece and per kg; its carrier's
 * border crossings are in that price, and it clears import at the land border it enters the
 * destination's territory by (DC2), with no broker's fee (C7). Everything expected is worked out
 * here from the filed data, not copied from an answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Network, ParcelTariff, Route } from '../../src/model/index.ts';
import { isParcelProduct } from '../../src/model/parcel-product.ts';
import type { Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { query } from '../support/route-query.ts';

/** What a filed per-kg parcel tariff asks for `pieces` pieces of `kg` each (actual weight). */
function filedPrice(t: ParcelTariff, kg: number, pieces: number): number {
  if (t.rate.kind !== 'per_kg') throw new Error('a per-kg tariff expected');
  const band = t.rate.bands.find((b) => kg <= b.up_to_kg)!;
  return pieces * (band.usd_per_piece + band.usd_per_kg * kg);
}

describe('F25 rail and road parcel products on the built-in network', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });

  const plan = (to: string, kg: number, pieces: number, modes?: ('rail' | 'road' | 'air')[]) =>
    planner.plan(
      query({
        from: 'Baotou',
        to,
        depart: '2024-06-03',
        objective: 'cost',
        shipment: { kg, pieces, regime: '9610' },
        ...(modes ? { constraints: { modes } } : {}),
      }),
    );

  /** The one ride of a route on a parcel product, with the tariff that prices it. */
  function productRide(r: Route, dest: string) {
    expect(r.legs).toHaveLength(1);
    const leg = r.legs[0]!;
    const service = network.services.get(leg.service_id)!;
    expect(isParcelProduct(service)).toBe(true);
    const tariff = service.parcel_tariffs!.find(
      (t) => t.from.includes(leg.from.id) && t.to.includes(dest),
    );
    expect(tariff).toBeDefined();
    return { leg, service, tariff: tariff! };
  }

  it('ten 2 kg parcels Baotou → Duisburg by rail and road ride the rail parcel product at its filed price', () => {
    const res = plan('Duisburg', 20, 10, ['rail', 'road']);
    const r = res.routes[0]!;
    const { service, tariff } = productRide(r, 'duisburg');
    expect(service.mode).toBe('rail');
    const price = filedPrice(tariff, 2, 10);
    expect(r.cost.line_haul_usd).toBeCloseTo(price, 2);
    // door to door: no last mile on top, no broker's declaration, no border fee or gauge change of
    // the train's crossings (in the product's price)
    expect(r.cost.parcel_delivery_usd).toBe(0);
    expect(r.cost.import_customs_usd).toBe(0);
    expect(r.cost.border_usd).toBe(0);
    expect(r.cost.gauge_change_usd).toBe(0);
    expect(r.border_events.length).toBeGreaterThan(0);
    for (const b of r.border_events) expect(b.cost_usd).toBe(0);
    expect(r.cost.total_usd).toBeCloseTo(price + r.cost.customs_usd, 2);
    // China's 9610 export clearance is the only other money
    expect(r.customs_events.find((c) => c.direction === 'export')?.regime).toBe('9610');
    // it enters the EU by a land border and clears there, before it runs on to Duisburg
    const eu = r.customs_events.filter((c) => c.direction === 'import');
    expect(eu).toHaveLength(1);
    expect(eu[0]!.territory?.id).toBe('eu');
    expect(eu[0]!.cost_usd).toBe(0);
    const entry = r.border_events.find((b) => b.to.id === eu[0]!.at.id);
    expect(entry).toBeDefined();
    expect(network.terminals.get(entry!.from.id)!.country).not.toBe(
      network.terminals.get(entry!.to.id)!.country,
    );
    const notice = res.notices.find((n) => n.code === 'PARCEL_TARIFF');
    expect(notice?.params).toMatchObject({ product: tariff.product, service: service.id });
  });

  it('the cheapest answer with every mode rides the cheapest filed product from a Baotou intake', () => {
    const r = plan('Duisburg', 20, 10).routes[0]!;
    const { tariff } = productRide(r, 'duisburg');
    const price = filedPrice(tariff, 2, 10);
    expect(r.cost.line_haul_usd).toBeCloseTo(price, 2);
    for (const s of network.services.values())
      for (const t of s.parcel_tariffs ?? [])
        if (t.to.includes('duisburg') && t.from.some((f) => f.startsWith('baotou-'))) {
          const other =
            t.rate.kind === 'per_kg'
              ? filedPrice(t, 2, 10)
              : 10 *
                (t.rate.usd_per_piece +
                  t.rate.first_usd +
                  Math.ceil((2 - t.rate.first_kg) / t.rate.step_kg) * t.rate.step_usd);
          expect(price).toBeLessThanOrEqual(other + 1e-9);
        }
  });

  it('two 2 kg parcels Baotou → Warsaw ride the rail product at its Poland price', () => {
    const r = plan('Warsaw', 4, 2, ['rail', 'road']).routes[0]!;
    const { service, tariff } = productRide(r, 'warsaw');
    expect(service.mode).toBe('rail');
    expect(r.cost.line_haul_usd).toBeCloseTo(filedPrice(tariff, 2, 2), 2);
    expect(r.cost.parcel_delivery_usd).toBe(0);
  });

  it('ten 2 kg parcels Baotou → Novosibirsk ride the China–Mongolia–Russia truck mail product', () => {
    const res = plan('Novosibirsk', 20, 10);
    const r = res.routes[0]!;
    const { leg, service, tariff } = productRide(r, 'novosibirsk');
    expect(service.mode).toBe('road');
    // through Mongolia: Ulaanbaatar on the way, and the Mongolian borders crossed on board
    expect(leg.via.map((v) => v.id)).toContain('ulaanbaatar');
    const countries = new Set(r.border_events.map((b) => network.terminals.get(b.to.id)!.country));
    expect(countries).toEqual(new Set(['MN', 'RU']));
    const price = filedPrice(tariff, 2, 10);
    expect(r.cost.line_haul_usd).toBeCloseTo(price, 2);
    expect(r.cost.border_usd).toBe(0);
    expect(r.cost.import_customs_usd).toBe(0);
    expect(r.cost.parcel_delivery_usd).toBe(0);
    expect(r.cost.total_usd).toBeCloseTo(price + r.cost.customs_usd, 2);
    // the EAEU clearance at the Russian border it enters by, time but no broker's fee
    const eaeu = r.customs_events.find((c) => c.direction === 'import');
    expect(eaeu?.territory?.id).toBe('eaeu');
    expect(network.terminals.get(eaeu!.at.id)!.country).toBe('RU');
    expect(eaeu!.time_h).toBeGreaterThan(0);
    expect(eaeu!.cost_usd).toBe(0);
    expect(res.notices.find((n) => n.code === 'PARCEL_TARIFF')?.params).toMatchObject({
      product: tariff.product,
      service: service.id,
    });
  });

  it('the same 20 kg as loose road cargo pays the crossings the product carries in its price', () => {
    const loose = planner.plan(
      query({
        from: 'Baotou',
        to: 'Novosibirsk',
        depart: '2024-06-03',
        objective: 'cost',
        shipment: { kg: 20, regime: '9610' },
        constraints: { modes: ['road'] },
      }),
    ).routes[0]!;
    for (const l of loose.legs)
      expect(isParcelProduct(network.services.get(l.service_id)!)).toBe(false);
    expect(loose.cost.border_usd).toBeGreaterThan(0);
  });

  it('two 15 kg pieces ride the truck product, whose heaviest band uses the Russian delivery above 10 kg', () => {
    const product = network.services.get('parcel-post-truck-baotou-novosibirsk')!;
    const bands = product.parcel_tariffs![0]!.rate;
    expect(bands.kind).toBe('per_kg');
    const r = plan('Novosibirsk', 30, 2).routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toContain(product.id);
    expect(r.cost.parcel_delivery_usd).toBe(0);
  });

  it('a piece heavier than the truck product takes does not ride it', () => {
    const r = plan('Novosibirsk', 48, 2).routes[0]!;
    const product = network.services.get('parcel-post-truck-baotou-novosibirsk')!;
    expect(product.parcel_tariffs![0]!.max_kg_per_piece.value).toBeLessThan(24);
    for (const l of r.legs) expect(l.service_id).not.toBe(product.id);
  });
});
