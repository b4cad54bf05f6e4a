export function lclRuleFor(manifest, mode) {
    return manifest.lcl?.find((r) => r.mode === mode);
}
/** Chargeable W/M of a loose shipment under a rule. */
export function chargeableWm(rule, u) {
    const perM3 = rule.wm_kg_per_m3.value;
    const byWeight = perM3 > 0 ? u.kg / perM3 : 0;
    return Math.max(rule.min_wm.value, byWeight, u.m3Given);
}
/**
 * LCL price of a ride priced by these container entries, or null when the entries hold no FEU or TEU
 * rate to derive it from (or already price loose cargo by weight).
 */
export function lclUsd(rule, tariffs, u) {
    if (tariffs.some((t) => t.unit === 'kg' || t.unit === 'chargeable_kg'))
        return null;
    const feu = tariffs.find((t) => t.unit === 'feu');
    const teu = tariffs.find((t) => t.unit === 'teu');
    const feuUsd = feu ? feu.usd : teu ? 2 * teu.usd : undefined;
    const perFeu = rule.wm_per_feu.value;
    if (feuUsd === undefined || !(perFeu > 0))
        return null;
    const wm = chargeableWm(rule, u);
    const cfs = Math.max(rule.cfs_min_usd.value, rule.cfs_usd_per_wm.value * wm);
    return (feuUsd / perFeu) * wm + 2 * cfs;
}
//# sourceMappingURL=lcl.js.map