/**
 * Surcharges special cargo pays on a ride (docs/decisions.md C3): the network files them per mode and
 * cargo flag (network.yaml `special_cargo_surcharges`), each priced like a tariff entry. A ride of a
 * mode pays, for each flag of the shipment, the rates filed for that mode and flag. Lithium batteries
 * are dangerous goods of class 9: a shipment flagged as both pays the larger of the two, not both.
 * A rate is per unit (priced like a tariff entry) or a share of the ride's line haul (C5: the slots
 * an out-of-gauge box takes). Asked once per mode per query; the search reads the answers from two
 * typed arrays and adds share × line haul per ride.
 */
import type {
  CargoFlag,
  Mode,
  SpecialCargoLeadTime,
  SpecialCargoSurcharge,
} from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
import { lineHaulUsd } from './tariff.ts';

/** A surcharge priced per unit, like a tariff entry. */
export type PerUnitSurcharge = SpecialCargoSurcharge & {
  unit: NonNullable<SpecialCargoSurcharge['unit']>;
  usd: number;
};

const isPerUnit = (r: SpecialCargoSurcharge): r is PerUnitSurcharge =>
  r.unit !== undefined && r.usd !== undefined;

/**
 * What one flag of the shipment costs on one ride of a mode: USD per ride plus a share of the
 * ride's line haul, and the rates that price them.
 */
interface SpecialCargoCharge {
  readonly mode: Mode;
  readonly cargo: CargoFlag;
  readonly usd: number;
  readonly share: number;
  /** the per-unit rates filed for the mode and flag */
  readonly rates: readonly PerUnitSurcharge[];
  /** the line-haul share filed for the mode and flag, if any */
  readonly shareRate: SpecialCargoSurcharge | undefined;
}

/** The order charges are listed in (the order of the cargo flags). */
const FLAG_ORDER: readonly CargoFlag[] = [
  'reefer',
  'dangerous_goods',
  'lithium_batteries',
  'oversize',
];

/** The surcharges one ride of `mode` pays for this shipment, one per flag that has a rate (> 0). */
export function specialCargoCharges(mode: Mode, ctx: CostContext): SpecialCargoCharge[] {
  const all = ctx.manifest.special_cargo_surcharges;
  if (!all || all.length === 0 || ctx.cargo.size === 0) return [];
  const charges: SpecialCargoCharge[] = [];
  for (const cargo of FLAG_ORDER) {
    if (!ctx.cargo.has(cargo)) continue;
    const filed = all.filter((r) => r.mode === mode && r.cargo === cargo);
    if (filed.length === 0) continue;
    const rates = filed.filter(isPerUnit);
    const shareRate = filed.find((r) => r.line_haul_share !== undefined);
    const usd = rates.length > 0 ? lineHaulUsd(rates, ctx.units) : 0;
    const share = shareRate?.line_haul_share ?? 0;
    if (Number.isFinite(usd) && (usd > 0 || share > 0))
      charges.push({ mode, cargo, usd, share, rates, shareRate });
  }
  // lithium batteries are class 9 dangerous goods: one dangerous-goods surcharge, the larger (by
  // its fixed part; neither files a share)
  const dg = charges.find((c) => c.cargo === 'dangerous_goods');
  const li = charges.find((c) => c.cargo === 'lithium_batteries');
  if (dg && li) charges.splice(charges.indexOf(dg.usd >= li.usd ? li : dg), 1);
  return charges;
}

/**
 * What one ride of `mode` pays in special-cargo surcharges for this shipment: `usd` per ride plus
 * `share` × the ride's line haul.
 */
export function specialCargoRide(mode: Mode, ctx: CostContext): { usd: number; share: number } {
  let usd = 0;
  let share = 0;
  for (const c of specialCargoCharges(mode, ctx)) {
    usd += c.usd;
    share += c.share;
  }
  return { usd, share };
}

/**
 * The permits and approvals (network.yaml `special_cargo_lead_times`, docs/decisions.md C14) a ride
 * of `mode` needs for this shipment, one list per flag of the shipment, in flag order. A ride that
 * stops in `countries` needs the entries filed for the mode and flag without a country and those of
 * the countries it stops in. Lithium batteries are class 9 dangerous goods: a shipment flagged as
 * both waits for the longer of the two, which the caller's maximum gives.
 */
function specialCargoLeadTimes(
  mode: Mode,
  ctx: CostContext,
  countries: ReadonlySet<string>,
): SpecialCargoLeadTime[] {
  const all = ctx.manifest.special_cargo_lead_times;
  if (!all || all.length === 0 || ctx.cargo.size === 0) return [];
  const out: SpecialCargoLeadTime[] = [];
  for (const cargo of FLAG_ORDER) {
    if (!ctx.cargo.has(cargo)) continue;
    for (const r of all)
      if (
        r.mode === mode &&
        r.cargo === cargo &&
        r.value > 0 &&
        (r.country === undefined || countries.has(r.country))
      )
        out.push(r);
  }
  return out;
}

/** What a ride's special cargo waits for before it may leave (decisions C14). */
export interface RideLeadTimes {
  /** hours from the booking until the ride may leave: the longest entry that applies (0: none) */
  readonly hours: number;
  /** every entry that applies to the ride, in flag order */
  readonly entries: readonly SpecialCargoLeadTime[];
  /** the entries of `hours`: the ones that hold the ride (several only when they tie) */
  readonly binding: readonly SpecialCargoLeadTime[];
}

/**
 * The one rule of decisions C14 for a ride of `mode` stopping in `countries` (its boarding stop,
 * the stops it passes and its alighting stop): the entries that apply to it are those
 * `specialCargoLeadTimes` gives for these countries, the ride leaves no sooner than the longest of
 * them after the booking, and that longest entry (or the entries tying with it) is the one that
 * holds it. The search, the itinerary's wait and the notices all read it from here.
 */
export function rideLeadTimes(
  mode: Mode,
  ctx: CostContext,
  countries: Iterable<string>,
): RideLeadTimes {
  const entries = specialCargoLeadTimes(mode, ctx, new Set(countries));
  let hours = 0;
  for (const r of entries) if (r.value > hours) hours = r.value;
  // entries are filed with value > 0, so an empty list is the only way to hours 0
  return { hours, entries, binding: entries.filter((r) => r.value === hours) };
}
