/**
 * Loose cargo (LCL) on a container service (docs/decisions.md C2): what a consolidator charges. The
 * shipment is billed per weight-or-measure (W/M: the greater of its weight in W/M-kg units and its
 * volume), at least the rule's minimum, at the service's FEU rate divided by the W/M a consolidator
 * sells per FEU, plus the consolidation (CFS) charge at both ends.
 */
import type { LclRule, NetworkManifest, Tariff } from '../model/index.ts';
import type { ShipmentUnits } from './shipment-units.ts';
export declare function lclRuleFor(manifest: NetworkManifest, mode: string): LclRule | undefined;
/** Chargeable W/M of a loose shipment under a rule. */
export declare function chargeableWm(rule: LclRule, u: ShipmentUnits): number;
/**
 * LCL price of a ride priced by these container entries, or null when the entries hold no FEU or TEU
 * rate to derive it from (or already price loose cargo by weight).
 */
export declare function lclUsd(rule: LclRule, tariffs: readonly Tariff[], u: ShipmentUnits): number | null;
//# sourceMappingURL=lcl.d.ts.map