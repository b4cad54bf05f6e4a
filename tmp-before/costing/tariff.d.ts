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
/**
 * Price of one ride for the shipment from the entries filed for its pair of stops (before factors and
 * subsidies); 0 when no entry is given. Minimum charges apply per entry used.
 */
export declare function lineHaulUsd(tariffs: readonly Rate[], u: ShipmentUnits): number;
/** The entries `lineHaulUsd` prices the shipment by: one for loose cargo, one per kind of box. */
export declare function ratesUsed<T extends Rate>(tariffs: readonly T[], u: ShipmentUnits): T[];
/** Price of a ride of `km` under a per-km rule: rate × km × quantity, at least the minimum charge. */
export declare function perKmUsd(rule: {
    unit: TariffUnit;
    usd_per_km: number;
    min_usd?: number | undefined;
}, km: number, u: ShipmentUnits): number;
export {};
//# sourceMappingURL=tariff.d.ts.map