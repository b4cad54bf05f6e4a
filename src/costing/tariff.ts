/**
 * Line-haul price of one ride (boarding stop → alighting stop) for a shipment, from the tariff
 * entries filed for that pair. Each kind of box is priced by the unit filed for it, never by the
 * cheaper of two units: TEU boxes by the TEU rate, FEU boxes by the FEU rate; a box whose own unit is
 * not filed falls back in a fixed order (docs/decisions.md R15). Loose cargo is priced by weight.
 */
import type { Tariff, TariffUnit } from '../model/index.ts';
import type { ShipmentUnits } from './shipment-units.ts';

/** What pricing reads of a tariff entry (special-cargo surcharges are priced the same way). */
type Rate = Pick<Tariff, 'unit' | 'usd' | 'min_usd'>;

/** Units tried for each kind of cargo, in order; the first one filed prices it. */
const TEU_ORDER: readonly TariffUnit[] = ['teu', 'feu', 'truck', 'shipment', 'kg', 'chargeable_kg'];
const FEU_ORDER: readonly TariffUnit[] = ['feu', 'teu', 'truck', 'shipment', 'kg', 'chargeable_kg'];
const LOOSE_ORDER: readonly TariffUnit[] = [
  'chargeable_kg',
  'kg',
  'shipment',
  'truck',
  'teu',
  'feu',
];

/**
 * How each unit counts a shipment: one entry per unit (a Record over the union, so a unit added to
 * TariffUnit is not priced until its entry is written here, and only here). `whole`: how many of the
 * unit the shipment takes; `boxes`: how many its `teu` TEU and `feu` FEU boxes alone take, when a
 * kind of box is priced by an entry of its own (their share of the shipment's TEU-equivalents takes
 * that share of its weight).
 */
interface QuantityBasis {
  readonly whole: (u: ShipmentUnits) => number;
  readonly boxes: (u: ShipmentUnits, teu: number, feu: number) => number;
}
/** the share of the shipment's weight that `teu` TEU and `feu` FEU boxes carry */
const weightShare = (u: ShipmentUnits, teu: number, feu: number): number =>
  u.teuEq > 0 ? (teu + 2 * feu) / u.teuEq : 0;
const QUANTITY: Readonly<Record<TariffUnit, QuantityBasis>> = {
  teu: { whole: (u) => u.teuEq, boxes: (_u, teu, feu) => teu + 2 * feu },
  feu: { whole: (u) => u.teuEq / 2, boxes: (_u, teu, feu) => (teu + 2 * feu) / 2 },
  truck: { whole: (u) => u.trucks, boxes: (_u, teu, feu) => feu + Math.ceil(teu / 2) },
  kg: { whole: (u) => u.kg, boxes: (u, teu, feu) => u.kg * weightShare(u, teu, feu) },
  chargeable_kg: {
    whole: (u) => u.chargeableKg,
    boxes: (u, teu, feu) => u.chargeableKg * weightShare(u, teu, feu),
  },
  shipment: { whole: () => 1, boxes: () => 1 },
};

function pick<T extends Rate>(tariffs: readonly T[], order: readonly TariffUnit[]): T | undefined {
  for (const unit of order) {
    const t = tariffs.find((x) => x.unit === unit);
    if (t) return t;
  }
  return undefined;
}

/**
 * An entry as pricing reads it: its unit's quantity basis, its rate and its minimum (0 without one).
 * One shape for every entry, so the pricing below reads from one kind of object instead of comparing
 * unit strings on entries of many shapes (docs/decisions.md R27).
 */
interface PricedRate {
  readonly basis: QuantityBasis;
  readonly usd: number;
  readonly min: number;
}
const priced = (t: Rate | undefined): PricedRate | undefined =>
  t && { basis: QUANTITY[t.unit], usd: t.usd, min: t.min_usd ?? 0 };

/** An entry a kind of cargo is priced by: the entry as filed, and as pricing reads it. */
interface Picked<T extends Rate = Rate> {
  readonly entry: T;
  readonly rate: PricedRate;
}
const picked = <T extends Rate>(t: T | undefined): Picked<T> | undefined =>
  t && { entry: t, rate: priced(t)! };

/** The entry each kind of cargo is priced by, in a table of entries: what `pick` finds for each order. */
interface Picks<T extends Rate = Rate> {
  readonly teu: Picked<T> | undefined;
  readonly feu: Picked<T> | undefined;
  readonly loose: Picked<T> | undefined;
}
/**
 * Picks per table of entries, found once: a query prices every tariff pair of the index, and the
 * look-ups over entries of several shapes were most of it (docs/decisions.md R23). Tables are network
 * data and never change; a table made for one call (special-cargo rates) is simply collected.
 */
const picksMemo = new WeakMap<readonly Rate[], Picks>();
function picksOf<T extends Rate>(tariffs: readonly T[]): Picks<T> {
  let p = picksMemo.get(tariffs);
  if (!p) {
    p = {
      teu: picked(pick(tariffs, TEU_ORDER)),
      feu: picked(pick(tariffs, FEU_ORDER)),
      loose: picked(pick(tariffs, LOOSE_ORDER)),
    };
    picksMemo.set(tariffs, p);
  }
  // the picks of `tariffs` are entries of `tariffs` itself, so they are Ts
  return p as Picks<T>;
}

function charge(t: PricedRate, u: ShipmentUnits): number {
  return Math.max(t.min, t.usd * t.basis.whole(u));
}

/**
 * The charge of an entry for the shipment's TEU boxes alone, or its FEU boxes alone, without making
 * the part's units: the basis counts the boxes itself. A context prices every tariff pair, so this
 * runs hundreds of times a query (docs/decisions.md R26).
 */
function chargeBoxes(t: PricedRate, u: ShipmentUnits, kind: 'teu' | 'feu'): number {
  return Math.max(
    t.min,
    t.usd * (kind === 'teu' ? t.basis.boxes(u, u.teu, 0) : t.basis.boxes(u, 0, u.feu)),
  );
}

/**
 * Price of one ride for the shipment from the entries filed for its pair of stops (before factors and
 * subsidies); 0 when no entry is given. Minimum charges apply per entry used.
 */
export function lineHaulUsd(tariffs: readonly Rate[], u: ShipmentUnits): number {
  if (tariffs.length === 0) return 0;
  const picks = picksOf(tariffs);
  if (!u.containers) return picks.loose ? charge(picks.loose.rate, u) : 0;
  const forTeu = u.teu > 0 ? picks.teu : undefined;
  const forFeu = u.feu > 0 ? picks.feu : undefined;
  // one entry for both kinds of box (a per-truck or per-shipment rate): one charge for the shipment
  if (forTeu && forTeu.entry === forFeu?.entry) return charge(forTeu.rate, u);
  return (
    (forTeu ? chargeBoxes(forTeu.rate, u, 'teu') : 0) +
    (forFeu ? chargeBoxes(forFeu.rate, u, 'feu') : 0)
  );
}

/** The entries `lineHaulUsd` prices the shipment by: one for loose cargo, one per kind of box. */
export function ratesUsed<T extends Rate>(tariffs: readonly T[], u: ShipmentUnits): T[] {
  const picks = picksOf(tariffs);
  if (!u.containers) return picks.loose ? [picks.loose.entry] : [];
  const forTeu = u.teu > 0 ? picks.teu?.entry : undefined;
  const forFeu = u.feu > 0 ? picks.feu?.entry : undefined;
  return [...new Set([forTeu, forFeu])].filter((t): t is T => t !== undefined);
}

/** Price of a ride of `km` under a per-km rule: rate × km × quantity, at least the minimum charge. */
export function perKmUsd(
  rule: { unit: TariffUnit; usd_per_km: number; min_usd?: number | undefined },
  km: number,
  u: ShipmentUnits,
): number {
  return Math.max(rule.min_usd ?? 0, rule.usd_per_km * km * QUANTITY[rule.unit].whole(u));
}
