function finite(x) {
    return Number.isFinite(x) && x > 0 ? x : 0;
}
/** Handling between modes: per kg for loose cargo when the rule gives it, else per TEU (pro rata for loose cargo). */
export function handlingUsd(rule, ctx) {
    const u = ctx.units;
    if (!u.containers && rule.cost_usd_per_kg)
        return finite(rule.cost_usd_per_kg.value * u.kg);
    return finite(rule.cost_usd_per_teu.value * u.teuEq);
}
/**
 * Border fees: per TEU for rail, per truck for road (borders.yaml says which). Loose cargo pays its
 * weight share of a truck's crossing, as it pays a share of a TEU's handling: a part load rides a
 * groupage truck whose crossing costs its consignments share (docs/decisions.md C12).
 */
export function borderFeeUsd(border, ctx) {
    const qty = border.mode === 'road' ? ctx.units.truckShare : ctx.units.teuEq;
    return finite(border.cost_usd_per_teu.value * qty);
}
export function gaugeChangeUsd(border, ctx) {
    return border.gauge_change
        ? finite(border.gauge_change.cost_usd_per_teu.value * ctx.units.teuEq)
        : 0;
}
/**
 * How many transit declarations a shipment lodges under procedure p (decisions DC5): one per
 * container of a container shipment when the procedure is filed per container (NCTS T1 on EU rail
 * legs), else one; loose cargo and parcels travel on one declaration.
 */
export function transitDeclarations(p, units) {
    // boxes is 0 for loose cargo and parcels
    return p.per === 'container' && units.boxes > 0 ? units.boxes : 1;
}
/** What the shipment's transit under procedure p costs: its declarations at their filed price. */
export function transitUsd(p, ctx) {
    return finite(p.cost_usd_per_declaration.value * transitDeclarations(p, ctx.units));
}
export function customsUsd(rule) {
    return finite(rule.cost_usd_per_shipment.value);
}
/** Subsidy in USD one trip earns for this shipment (filters are checked by the caller). */
export function subsidyUsd(subsidy, ctx) {
    const u = ctx.units;
    switch (subsidy.per) {
        case 'teu':
            return finite(subsidy.amount_usd * u.teuEq);
        case 'trip':
            return finite(subsidy.amount_usd);
        case 'piece':
            return finite(subsidy.amount_usd * u.pieces);
        case 'kg':
            return finite(subsidy.amount_usd * u.kg);
    }
}
/** CO2e of handling the shipment once at a hub. */
export function hubCo2eKg(ctx, hubKgPerT) {
    return finite(ctx.units.tonnes * hubKgPerT);
}
//# sourceMappingURL=charges.js.map