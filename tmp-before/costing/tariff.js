/** Units tried for each kind of cargo, in order; the first one filed prices it. */
const TEU_ORDER = ['teu', 'feu', 'truck', 'shipment', 'kg', 'chargeable_kg'];
const FEU_ORDER = ['feu', 'teu', 'truck', 'shipment', 'kg', 'chargeable_kg'];
const LOOSE_ORDER = [
    'chargeable_kg',
    'kg',
    'shipment',
    'truck',
    'teu',
    'feu',
];
/** the share of the shipment's weight that `teu` TEU and `feu` FEU boxes carry */
const weightShare = (u, teu, feu) => u.teuEq > 0 ? (teu + 2 * feu) / u.teuEq : 0;
const QUANTITY = {
    teu: { whole: (u) => u.teuEq, boxes: (_u, teu, feu) => teu + 2 * feu },
    feu: { whole: (u) => u.teuEq / 2, boxes: (_u, teu, feu) => (teu + 2 * feu) / 2 },
    truck: { whole: (u) => u.trucks, boxes: (_u, teu, feu) => feu + Math.ceil(teu / 2) },
    kg: { whole: (u) => u.kg, boxes: (u, teu, feu) => u.kg * weightShare(u, teu, feu) },
    chargeable_kg: {
        whole: (u) => u.chargeableKg,
        boxes: (u, teu, feu) => u.chargeableKg * weightShare(u, teu, feu),
    },
    shipment: { whole: () => 1, boxes: () => 1 },
};
function pick(tariffs, order) {
    for (const unit of order) {
        const t = tariffs.find((x) => x.unit === unit);
        if (t)
            return t;
    }
    return undefined;
}
const priced = (t) => t && { basis: QUANTITY[t.unit], usd: t.usd, min: t.min_usd ?? 0 };
const picked = (t) => t && { entry: t, rate: priced(t) };
/**
 * Picks per table of entries, found once: a query prices every tariff pair of the index, and the
 * look-ups over entries of several shapes were most of it (docs/decisions.md R23). Tables are network
 * data and never change; a table made for one call (special-cargo rates) is simply collected.
 */
const picksMemo = new WeakMap();
function picksOf(tariffs) {
    let p = picksMemo.get(tariffs);
    if (!p) {
        p = {
            teu: picked(pick(tariffs, TEU_ORDER)),
            feu: picked(pick(tariffs, FEU_ORDER)),
            loose: picked(pick(tariffs, LOOSE_ORDER)),
        };
        picksMemo.set(tariffs, p);
    }
    // the picks of `tariffs` are entries of `tariffs` itself, so they are Ts
    return p;
}
function charge(t, u) {
    return Math.max(t.min, t.usd * t.basis.whole(u));
}
/**
 * The charge of an entry for the shipment's TEU boxes alone, or its FEU boxes alone, without making
 * the part's units: the basis counts the boxes itself. A context prices every tariff pair, so this
 * runs hundreds of times a query (docs/decisions.md R26).
 */
function chargeBoxes(t, u, kind) {
    return Math.max(t.min, t.usd * (kind === 'teu' ? t.basis.boxes(u, u.teu, 0) : t.basis.boxes(u, 0, u.feu)));
}
/**
 * Price of one ride for the shipment from the entries filed for its pair of stops (before factors and
 * subsidies); 0 when no entry is given. Minimum charges apply per entry used.
 */
export function lineHaulUsd(tariffs, u) {
    if (tariffs.length === 0)
        return 0;
    const picks = picksOf(tariffs);
    if (!u.containers)
        return picks.loose ? charge(picks.loose.rate, u) : 0;
    const forTeu = u.teu > 0 ? picks.teu : undefined;
    const forFeu = u.feu > 0 ? picks.feu : undefined;
    // one entry for both kinds of box (a per-truck or per-shipment rate): one charge for the shipment
    if (forTeu && forTeu.entry === forFeu?.entry)
        return charge(forTeu.rate, u);
    return ((forTeu ? chargeBoxes(forTeu.rate, u, 'teu') : 0) +
        (forFeu ? chargeBoxes(forFeu.rate, u, 'feu') : 0));
}
/** The entries `lineHaulUsd` prices the shipment by: one for loose cargo, one per kind of box. */
export function ratesUsed(tariffs, u) {
    const picks = picksOf(tariffs);
    if (!u.containers)
        return picks.loose ? [picks.loose.entry] : [];
    const forTeu = u.teu > 0 ? picks.teu?.entry : undefined;
    const forFeu = u.feu > 0 ? picks.feu?.entry : undefined;
    return [...new Set([forTeu, forFeu])].filter((t) => t !== undefined);
}
/** Price of a ride of `km` under a per-km rule: rate × km × quantity, at least the minimum charge. */
export function perKmUsd(rule, km, u) {
    return Math.max(rule.min_usd ?? 0, rule.usd_per_km * km * QUANTITY[rule.unit].whole(u));
}
//# sourceMappingURL=tariff.js.map