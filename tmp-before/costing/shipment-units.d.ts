/**
 * A shipment in the units tariffs and emissions are quoted in: TEU equivalents, trucks, tonnes,
 * chargeable kg. Computed once per query; the cost models read it on every edge.
 */
import type { NetworkManifest, Shipment } from '../model/index.ts';
export interface ShipmentUnits {
    /** true when the shipment is full containers (teu or feu given) */
    readonly containers: boolean;
    readonly teu: number;
    readonly feu: number;
    /**
     * containers the shipment is in, each box counted once whatever its size (1 FEU is one, 2 TEU are
     * two; a part of a box begun counts whole); 0 for loose cargo and parcels
     */
    readonly boxes: number;
    /** TEU equivalents: teu + 2 × feu, or for loose cargo the weight share of a TEU (pro rata) */
    readonly teuEq: number;
    readonly tonnes: number;
    readonly kg: number;
    /** volume given by the shipment (m³), 0 when not given */
    readonly m3Given: number;
    /** max(actual kg, m³ × volumetric factor) */
    readonly chargeableKg: number;
    /** whole trucks the shipment takes: one per FEU or pair of TEU, or for loose cargo per 20 t begun */
    readonly trucks: number;
    /**
     * trucks a shipment fills: whole trucks for containers, the weight share of one truck for loose
     * cargo, which shares its truck (and the truck's border crossings) with other consignments
     */
    readonly truckShare: number;
    readonly pieces: number;
    /** gross tonnes per TEU, for weight limits */
    readonly tonnesPerTeu: number;
}
export declare function shipmentUnits(s: Shipment, manifest: NetworkManifest): ShipmentUnits;
//# sourceMappingURL=shipment-units.d.ts.map