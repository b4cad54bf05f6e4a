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

/** How many `unit`s the shipment (or the part of it given) takes. */
function tariffQuantity(unit: TariffUnit, u: ShipmentUnits): number {
  switch (unit) {
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

function pick<T extends Rate>(tariffs: readonly T[], order: readonly TariffUnit[]): T | undefined {
  for (const unit of order) {
    const t = tariffs.find((x) => x.unit === unit);
    if (t) return t;
  }
  return undefined;
}

const UNIT_TEU = 0;
const UNIT_FEU = 1;
const UNIT_TRUCK = 2;
const UNIT_KG = 3;
const UNIT_CHARGEABLE_KG = 4;
const UNIT_SHIPMENT = 5;
const UNIT_CODE: Readonly<Record<TariffUnit, number>> = {
  teu: UNIT_TEU,
  feu: UNIT_FEU,
  truck: UNIT_TRUCK,
  kg: UNIT_KG,
  chargeable_kg: UNIT_CHARGEABLE_KG,
  shipment: UNIT_SHIPMENT,
};

/**
 * An entry as pricing reads it: its unit as a number, its rate and its minimum (0 without one). One
 * shape for every entry, so the pricing below reads numbers from one kind of object instead of
 * comparing unit strings on entries of many shapes (docs/decisions.md R27).
 */
interface PricedRate {
  readonly code: number;
  readonly usd: number;
  readonly min: number;
}
const priced = (t: Rate | undefined): PricedRate | undefined =>
  t && { code: UNIT_CODE[t.unit], usd: t.usd, min: t.min_usd ?? 0 };

/** The entry each kind of cargo is priced by, in a table of entries: what `pick` finds for each order. */
interface Picks {
  readonly teu: Rate | undefined;
  readonly feu: Rate | undefined;
  readonly loose: Rate | undefined;
  /** the same entries as pricing reads them */
  readonly teuRate: PricedRate | undefined;
  readonly feuRate: PricedRate | undefined;
  readonly looseRate: PricedRate | undefined;
}
/**
 * Picks per table of entries, found once: a query prices every tariff pair of the index, and the
 * look-ups over entries of several shapes were most of it (docs/decisions.md R23). Tables are network
 * data and never change; a table made for one call (special-cargo rates) is simply collected.
 */
const picksMemo = new WeakMap<readonly Rate[], Picks>();
function picksOf(tariffs: readonly Rate[]): Picks {
  let p = picksMemo.get(tariffs);
  if (!p) {
    const teu = pick(tariffs, TEU_ORDER);
    const feu = pick(tariffs, FEU_ORDER);
    const loose = pick(tariffs, LOOSE_ORDER);
    p = {
      teu,
      feu,
      loose,
      teuRate: priced(teu),
      feuRate: priced(feu),
      looseRate: priced(loose),
    };
    picksMemo.set(tariffs, p);
  }
  return p;
}

/** tariffQuantity of the unit coded `code` (UNIT_CODE). */
function quantityOf(code: number, u: ShipmentUnits): number {
  switch (code) {
    case UNIT_TEU:
      return u.teuEq;
    case UNIT_FEU:
      return u.teuEq / 2;
    case UNIT_TRUCK:
      return u.trucks;
    case UNIT_KG:
      return u.kg;
    case UNIT_CHARGEABLE_KG:
      return u.chargeableKg;
    default:
      return 1;
  }
}

function charge(t: PricedRate, u: ShipmentUnits): number {
  return Math.max(t.min, t.usd * quantityOf(t.code, u));
}

/**
 * The charge of an entry for the shipment's TEU boxes alone, or its FEU boxes alone (their share of
 * the shipment's TEU-equivalents takes that share of its weight), without making the part's units: the same arithmetic on the one
 * quantity the entry's unit reads. A context prices every tariff pair, so this runs hundreds of
 * times a query (docs/decisions.md R26).
 */
function chargeBoxes(t: PricedRate, u: ShipmentUnits, kind: 'teu' | 'feu'): number {
  const teu = kind === 'teu' ? u.teu : 0;
  const feu = kind === 'feu' ? u.feu : 0;
  const teuEq = teu + 2 * feu;
  let q: number;
  switch (t.code) {
    case UNIT_TEU:
      q = teuEq;
      break;
    case UNIT_FEU:
      q = teuEq / 2;
      break;
    case UNIT_TRUCK:
      q = feu + Math.ceil(teu / 2);
      break;
    case UNIT_KG:
      q = u.kg * (u.teuEq > 0 ? teuEq / u.teuEq : 0);
      break;
    case UNIT_CHARGEABLE_KG:
      q = u.chargeableKg * (u.teuEq > 0 ? teuEq / u.teuEq : 0);
      break;
    default:
      q = 1;
      break;
  }
  return Math.max(t.min, t.usd * q);
}

/**
 * Price of one ride for the shipment from the entries filed for its pair of stops (before factors and
 * subsidies); 0 when no entry is given. Minimum charges apply per entry used.
 */
export function lineHaulUsd(tariffs: readonly Rate[], u: ShipmentUnits): number {
  if (tariffs.length === 0) return 0;
  const picks = picksOf(tariffs);
  if (!u.containers) {
    const t = picks.looseRate;
    return t ? charge(t, u) : 0;
  }
  const forTeu = u.teu > 0 ? picks.teu : undefined;
  const forFeu = u.feu > 0 ? picks.feu : undefined;
  // one entry for both kinds of box (a per-truck or per-shipment rate): one charge for the shipment
  if (forTeu && forTeu === forFeu) return charge(picks.teuRate!, u);
  return (
    (forTeu ? chargeBoxes(picks.teuRate!, u, 'teu') : 0) +
    (forFeu ? chargeBoxes(picks.feuRate!, u, 'feu') : 0)
  );
}

/** The entries `lineHaulUsd` prices the shipment by: one for loose cargo, one per kind of box. */
export function ratesUsed<T extends Rate>(tariffs: readonly T[], u: ShipmentUnits): T[] {
  // picksOf finds entries of `tariffs` itself, so they are Ts
  const picks = picksOf(tariffs) as { [K in keyof Picks]: T | undefined };
  if (!u.containers) return picks.loose ? [picks.loose] : [];
  const forTeu = u.teu > 0 ? picks.teu : undefined;
  const forFeu = u.feu > 0 ? picks.feu : undefined;
  return [...new Set([forTeu, forFeu])].filter((t): t is T => t !== undefined);
}

/** Price of a ride of `km` under a per-km rule: rate × km × quantity, at least the minimum charge. */
export function perKmUsd(
  rule: { unit: TariffUnit; usd_per_km: number; min_usd?: number | undefined },
  km: number,
  u: ShipmentUnits,
): number {
  return Math.max(rule.min_usd ?? 0, rule.usd_per_km * km * tariffQuantity(rule.unit, u));
}
