/**
 * Line-haul price of one trip on a service for a shipment. Container shipments are priced by the
 * service's container units (TEU, FEU, truck, shipment) when it quotes any, loose cargo by weight;
 * otherwise the other units apply pro rata. Of the applicable tariffs the cheapest quote wins.
 */
import type { Tariff } from '../model/index.ts';
import type { ShipmentUnits } from './shipment-units.ts';

const CONTAINER_UNITS = new Set(['teu', 'feu', 'truck', 'shipment']);
const WEIGHT_UNITS = new Set(['kg', 'chargeable_kg', 'shipment']);

function tariffQuantity(t: Tariff, u: ShipmentUnits): number {
  switch (t.unit) {
    case 'teu':
      return u.teuEq;
    case 'feu':
      return u.teuEq / 2;
    case 'truck':
      return u.trucks;
    case 'kg':
      return u.kg;
    case 'chargeable_kg':
      return u.chargeableKg;
    case 'shipment':
      return 1;
  }
}

/** Price of the whole trip (first to last stop) before factors and subsidies; `minUsd` is the minimum charge of the chosen tariff. */
export function lineHaulUsd(
  tariffs: readonly Tariff[],
  u: ShipmentUnits,
): { usd: number; minUsd: number } {
  const preferred = u.containers ? CONTAINER_UNITS : WEIGHT_UNITS;
  const usable = tariffs.some((t) => preferred.has(t.unit))
    ? tariffs.filter((t) => preferred.has(t.unit))
    : tariffs;
  let best = Infinity;
  let bestMin = 0;
  for (const t of usable) {
    const min = t.min_usd ?? 0;
    const price = Math.max(min, t.usd * tariffQuantity(t, u));
    if (price < best) {
      best = price;
      bestMin = min;
    }
  }
  return Number.isFinite(best) ? { usd: best, minUsd: bestMin } : { usd: 0, minUsd: 0 };
}
