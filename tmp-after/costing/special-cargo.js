import { lineHaulUsd } from "./tariff.js";
const isPerUnit = (r) => r.unit !== undefined && r.usd !== undefined;
/** The order charges are listed in (the order of the cargo flags). */
const FLAG_ORDER = [
    'reefer',
    'dangerous_goods',
    'lithium_batteries',
    'oversize',
];
/** The surcharges one ride of `mode` pays for this shipment, one per flag that has a rate (> 0). */
export function specialCargoCharges(mode, ctx) {
    const all = ctx.manifest.special_cargo_surcharges;
    if (!all || all.length === 0 || ctx.cargo.size === 0)
        return [];
    const charges = [];
    for (const cargo of FLAG_ORDER) {
        if (!ctx.cargo.has(cargo))
            continue;
        const filed = all.filter((r) => r.mode === mode && r.cargo === cargo);
        if (filed.length === 0)
            continue;
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
    if (dg && li)
        charges.splice(charges.indexOf(dg.usd >= li.usd ? li : dg), 1);
    return charges;
}
/**
 * What one ride of `mode` pays in special-cargo surcharges for this shipment: `usd` per ride plus
 * `share` × the ride's line haul.
 */
export function specialCargoRide(mode, ctx) {
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
function specialCargoLeadTimes(mode, ctx, countries) {
    const all = ctx.manifest.special_cargo_lead_times;
    if (!all || all.length === 0 || ctx.cargo.size === 0)
        return [];
    const out = [];
    for (const cargo of FLAG_ORDER) {
        if (!ctx.cargo.has(cargo))
            continue;
        for (const r of all)
            if (r.mode === mode &&
                r.cargo === cargo &&
                r.value > 0 &&
                (r.country === undefined || countries.has(r.country)))
                out.push(r);
    }
    return out;
}
/**
 * The one rule of decisions C14 for a ride of `mode` stopping in `countries` (its boarding stop,
 * the stops it passes and its alighting stop): the entries that apply to it are those
 * `specialCargoLeadTimes` gives for these countries, the ride leaves no sooner than the longest of
 * them after the booking, and that longest entry (or the entries tying with it) is the one that
 * holds it. The search, the itinerary's wait and the notices all read it from here.
 */
export function rideLeadTimes(mode, ctx, countries) {
    const entries = specialCargoLeadTimes(mode, ctx, new Set(countries));
    let hours = 0;
    for (const r of entries)
        if (r.value > hours)
            hours = r.value;
    // entries are filed with value > 0, so an empty list is the only way to hours 0
    return { hours, entries, binding: entries.filter((r) => r.value === hours) };
}
//# sourceMappingURL=special-cargo.js.map