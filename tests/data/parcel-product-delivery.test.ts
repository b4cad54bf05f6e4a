/**
 * The rail and road parcel products (docs/decisions.md C10) are built, band by band, from filed
 * figures: the EPC line's item fee for 300–5,000 g, the destination's domestic parcel delivery
 * (network.yaml `parcel_delivery`) for a piece of the band's top weight, and the line haul per kg.
 * The first two are copied into each band's `usd_per_piece`, so this keeps the copies equal to the
 * figures they copy: a change to a delivery band (or the item fee) that is not carried into the
 * products fails here. The truck mail to Russia's 20 kg band (USD 3.3376 + 9.78, the RU band above
 * 10 kg) is one of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Network, ParcelTariff } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';

const DIR = 'networks/inner-mongolia';
/** the products built from the item fee and the destination's delivery, by service id */
const BUILT = ['parcel-post-truck-baotou-novosibirsk', 'parcel-rail-baotou-europe'];

let network: Network;
beforeAll(async () => {
  network = (await loadNetwork(DIR)).network!;
});

const bandsOf = (t: ParcelTariff) => {
  if (t.rate.kind !== 'per_kg') throw new Error(`${t.product}: a per-kg tariff expected`);
  return t.rate.bands;
};

/** The EPC line's fee per item for 300–5,000 g (CNY 23.75), which the built products take. */
function itemFee(): number {
  const epc = network.services.get('parcel-epc-baotou-germany')!.parcel_tariffs![0]!;
  return bandsOf(epc).find((b) => b.up_to_kg === 5)!.usd_per_piece;
}

/** The destination's delivery of a piece of `kg` (network.yaml parcel_delivery, by its band). */
function delivery(country: string, kg: number): number {
  const rule = network.manifest.parcel_delivery?.find((r) => r.country === country);
  if (!rule) throw new Error(`no parcel_delivery for ${country}`);
  const band = rule.bands.find((b) => kg <= b.up_to_kg);
  if (!band) throw new Error(`no ${country} delivery band for ${kg} kg`);
  return band.usd_per_piece;
}

describe('parcel products built from the destination delivery', () => {
  it('the truck mail to Russia: each band is the item fee + the Russian delivery at its top weight', () => {
    const [tariff] = network.services.get(BUILT[0]!)!.parcel_tariffs!;
    const bands = bandsOf(tariff!);
    expect(bands.map((b) => b.up_to_kg)).toContain(20);
    for (const b of bands)
      expect(b.usd_per_piece, `${b.up_to_kg} kg`).toBeCloseTo(
        itemFee() + delivery('RU', b.up_to_kg),
        4,
      );
  });

  it('every built product, for the country of each destination', () => {
    let checked = 0;
    for (const id of BUILT)
      for (const t of network.services.get(id)!.parcel_tariffs!) {
        const countries = new Set(t.to.map((to) => network.terminals.get(to)!.country));
        expect(countries.size, t.product).toBe(1);
        const [country] = countries;
        for (const b of bandsOf(t)) {
          expect(b.usd_per_piece, `${t.product} ${b.up_to_kg} kg`).toBeCloseTo(
            itemFee() + delivery(country!, b.up_to_kg),
            4,
          );
          checked++;
        }
      }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});
