/**
 * Surcharges special cargo pays on a ride (docs/decisions.md C3): the network files them per mode and
 * cargo flag (network.yaml `special_cargo_surcharges`), each priced like a tariff entry. A ride of a
 * mode pays, for each flag of the shipment, the rates filed for that mode and flag. Lithium batteries
 * are dangerous goods of class 9: a shipment flagged as both pays the larger of the two, not both.
 * Asked once per mode per query; the search reads the answers from a typed array.
 */
import type { CargoFlag, Mode, SpecialCargoSurcharge } from '../model/index.ts';
import type { CostContext } from './cost-context.ts';
import { lineHaulUsd } from './tariff.ts';

/** What one flag of the shipment costs on one ride of a mode, and the rates that price it. */
interface SpecialCargoCharge {
  readonly mode: Mode;
  readonly cargo: CargoFlag;
  readonly usd: number;
  readonly rates: readonly SpecialCargoSurcharge[];
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
    const rates = all.filter((r) => r.mode === mode && r.cargo === cargo);
    if (rates.length === 0) continue;
    const usd = lineHaulUsd(rates, ctx.units);
    if (Number.isFinite(usd) && usd > 0) charges.push({ mode, cargo, usd, rates });
  }
  // lithium batteries are class 9 dangerous goods: one dangerous-goods surcharge, the larger
  const dg = charges.find((c) => c.cargo === 'dangerous_goods');
  const li = charges.find((c) => c.cargo === 'lithium_batteries');
  if (dg && li) charges.splice(charges.indexOf(dg.usd >= li.usd ? li : dg), 1);
  return charges;
}

/** USD one ride of `mode` pays in special-cargo surcharges for this shipment. */
export function specialCargoUsd(mode: Mode, ctx: CostContext): number {
  let usd = 0;
  for (const c of specialCargoCharges(mode, ctx)) usd += c.usd;
  return usd;
}
