/**
 * A shipment in the units tariffs and emissions are quoted in: TEU equivalents, trucks, tonnes,
 * chargeable kg. Computed once per query; the cost models read it on every edge.
 */
import type { NetworkManifest, Shipment } from '../model/index.ts';

/**
 * Volume of a loaded TEU used for air chargeable weight when a container shipment gives no m³.
 * Assumption: internal volume of a 20-foot dry container, about 33 m³ (ISO 668 inner dimensions).
 */
const TEU_VOLUME_M3 = 33;
/** Assumption: one truck carries 1 FEU or 2 TEU, or about 20 t of loose cargo. */
const TRUCK_PAYLOAD_T = 20;

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

export function shipmentUnits(s: Shipment, manifest: NetworkManifest): ShipmentUnits {
  const tPerTeu = manifest.cargo_t_per_teu.value;
  const teu = s.teu ?? 0;
  const feu = s.feu ?? 0;
  const containers = teu + feu > 0;
  const containerTeu = teu + 2 * feu;
  const tonnes = s.kg !== undefined ? s.kg / 1000 : containerTeu * tPerTeu;
  const teuEq = containers ? containerTeu : tPerTeu > 0 ? tonnes / tPerTeu : 0;
  const m3 = s.m3 ?? (containers ? containerTeu * TEU_VOLUME_M3 : 0);
  const kg = tonnes * 1000;
  const chargeableKg = Math.max(kg, m3 * manifest.volumetric_kg_per_m3.value);
  const trucks = containers
    ? feu + Math.ceil(teu / 2)
    : Math.max(1, Math.ceil(tonnes / TRUCK_PAYLOAD_T));
  return {
    containers,
    teu,
    feu,
    boxes: containers ? Math.ceil(teu) + Math.ceil(feu) : 0,
    teuEq,
    tonnes,
    kg,
    m3Given: s.m3 ?? 0,
    chargeableKg,
    trucks,
    truckShare: containers ? trucks : tonnes / TRUCK_PAYLOAD_T,
    pieces: s.pieces ?? 0,
    tonnesPerTeu: containers ? tonnes / containerTeu : 0,
  };
}
