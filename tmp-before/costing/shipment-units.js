/**
 * Volume of a loaded TEU used for air chargeable weight when a container shipment gives no m³.
 * Assumption: internal volume of a 20-foot dry container, about 33 m³ (ISO 668 inner dimensions).
 */
const TEU_VOLUME_M3 = 33;
/** Assumption: one truck carries 1 FEU or 2 TEU, or about 20 t of loose cargo. */
const TRUCK_PAYLOAD_T = 20;
export function shipmentUnits(s, manifest) {
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
//# sourceMappingURL=shipment-units.js.map