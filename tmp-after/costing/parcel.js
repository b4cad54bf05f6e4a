/** cm³ in one m³ */
const CM3_PER_M3 = 1_000_000;
/** tolerance for "a further step or part of it": 1.0000000001 steps is one step, not two */
const STEP_EPS = 1e-9;
/** A 9610 shipment that gives its pieces: what a parcel tariff prices. */
export function isParcelShipment(u, regime) {
    return !u.containers && u.pieces > 0 && regime === '9610';
}
/** Chargeable weight of one piece under the product's rule. */
export function pieceChargeableKg(t, u) {
    const pieces = Math.max(1, u.pieces);
    const actual = u.kg / pieces;
    const divisor = t.chargeable.volumetric_divisor_cm3_per_kg;
    const volumetric = divisor ? (u.m3Given / pieces) * (CM3_PER_M3 / divisor) : 0;
    return Math.max(t.chargeable.min_kg, actual, volumetric);
}
/**
 * The first of `bands` (rising by weight) that takes a piece of `kg`, or undefined when the piece is
 * heavier than the last: a rate's bands and a carrier's delivery bands alike.
 */
export function bandFor(bands, kg) {
    return bands.find((b) => kg <= b.up_to_kg + STEP_EPS);
}
/** Price of one piece of `kg` chargeable; null when the rate has no band that wide. */
function piecePriceUsd(t, kg) {
    const r = t.rate;
    if (r.kind === 'per_kg') {
        const band = bandFor(r.bands, kg);
        return band ? band.usd_per_piece + band.usd_per_kg * kg : null;
    }
    const further = kg > r.first_kg ? Math.ceil((kg - r.first_kg) / r.step_kg - STEP_EPS) : 0;
    return r.usd_per_piece + r.first_usd + further * r.step_usd;
}
/** Why the product does not take the shipment's pieces, or null when it does. */
export function parcelRefusal(t, u) {
    const kg = pieceChargeableKg(t, u);
    const max = t.max_kg_per_piece.value;
    if (kg > max + STEP_EPS)
        return `${t.product} takes pieces up to ${max} kg, a piece weighs ${round2(kg)} kg (chargeable)`;
    if (piecePriceUsd(t, kg) === null)
        return `${t.product} files no rate for a piece of ${round2(kg)} kg`;
    return null;
}
/** Price of the whole shipment on the product (before conditions); null when it is not taken. */
export function parcelUsd(t, u) {
    if (parcelRefusal(t, u) !== null)
        return null;
    const per = piecePriceUsd(t, pieceChargeableKg(t, u));
    return per === null ? null : per * Math.max(1, u.pieces);
}
/** "per piece + per kg" or "per first 0.5 kg + each further 0.5 kg": the basis, in words. */
export function parcelBasisText(t) {
    const r = t.rate;
    const w = r.kind === 'per_kg'
        ? 'per piece + per kg'
        : `first ${r.first_kg} kg + each further ${r.step_kg} kg${r.usd_per_piece > 0 ? ' + per piece' : ''}`;
    const divisor = t.chargeable.volumetric_divisor_cm3_per_kg;
    return `${w}, chargeable weight ${divisor ? `the greater of actual and volumetric (cm³ / ${divisor})` : 'actual'}`;
}
function round2(x) {
    return Math.round(x * 100) / 100;
}
//# sourceMappingURL=parcel.js.map