/**
 * The drawn network of the parcel tests (docs/decisions.md C4, C6): loose air cargo China → Germany
 * over three legs, each with a minimum (feeder, trunk flight, truck), and beside it an e-commerce
 * parcel product over the same stops, delivering by road to the last one.
 */
import type { Drawing } from './draw-network.ts';

/** Per piece + per kg by band: up to 0.3 kg USD 1 + 10/kg, up to 5 kg USD 3 + 8/kg. */
export const DRAWN_PARCEL_BANDS = {
  kind: 'per_kg' as const,
  bands: [
    { up_to_kg: 0.3, usd_per_piece: 1, usd_per_kg: 10, source: 'drawn' },
    { up_to_kg: 5, usd_per_piece: 3, usd_per_kg: 8, source: 'drawn' },
  ],
};

/**
 * The drawing; `tariff` overrides fields of the product's parcel tariff, `product: false` leaves the
 * product out.
 */
export function parcelLineDrawing(
  o: { tariff?: Record<string, unknown>; product?: boolean } = {},
): Drawing {
  return {
    terminals: {
      'cn-air': {
        country: 'CN',
        at: [110, 40.6],
        modes: ['air', 'road'],
        customs: ['general', '9610'],
      },
      'cn-hub': {
        country: 'CN',
        at: [116.6, 40.1],
        modes: ['air', 'road'],
        customs: ['general', '9610'],
      },
      'de-air': { country: 'DE', at: [8.6, 50], modes: ['air', 'road'] },
      'de-city': { country: 'DE', at: [6.8, 51.4], modes: ['road'] },
    },
    services: {
      feeder: {
        mode: 'air',
        stops: ['cn-air', 'cn-hub'],
        unit: 'chargeable_kg',
        usd: 0.6,
        min_usd: 20,
      },
      trunk: {
        mode: 'air',
        stops: ['cn-hub', 'de-air'],
        unit: 'chargeable_kg',
        usd: 4,
        min_usd: 50,
      },
      truck: { mode: 'road', stops: ['de-air', 'de-city'], unit: 'kg', usd: 0.05, min_usd: 30 },
      ...(o.product === false
        ? {}
        : {
            parcel: {
              mode: 'air' as const,
              kind: 'air_belly',
              stops: ['cn-air', 'cn-hub', 'de-air', 'de-city'],
              leg_modes: [undefined, undefined, 'road' as const],
              hours: [1.5, 12, 5],
              loads_at: ['cn-air', 'cn-hub'],
              unloads_at: ['de-air', 'de-city'],
              cargo: { accepts_containers: false },
              parcel_tariffs: [
                {
                  product: 'Drawn e-commerce line',
                  product_zh: '测试电商专线',
                  from: ['cn-air', 'cn-hub'],
                  to: ['de-air', 'de-city'],
                  rate: DRAWN_PARCEL_BANDS,
                  chargeable: { min_kg: 0, volumetric_divisor_cm3_per_kg: 8000, source: 'drawn' },
                  max_kg_per_piece: { value: 5, source: 'drawn' },
                  date: '2024',
                  ...o.tariff,
                },
              ],
            },
          }),
    },
  };
}
