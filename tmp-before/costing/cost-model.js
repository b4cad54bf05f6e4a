/**
 * The interface every mode's cost model implements, and the rules all modes share. A model is asked
 * once per service per query (the search reads the answers from typed arrays), so it may allocate;
 * the hot loop never calls it.
 */
import { filedServiceId, isParcelProduct, } from "../model/index.js";
import { lclRuleFor, lclUsd } from "./lcl.js";
import { isParcelShipment, parcelRefusal, parcelUsd } from "./parcel.js";
import { lineHaulUsd, perKmUsd } from "./tariff.js";
/**
 * Whether a service that takes dangerous goods takes this shipment's class: every class when it lists
 * none; a service that takes some classes only does not take DG whose class the shipment does not
 * give (the stricter reading, as for lithium batteries; decisions C9).
 */
export function takesDgClass(rules, dgClass) {
    const classes = rules.dangerous_goods_classes;
    return !classes || (dgClass !== undefined && classes.includes(dgClass));
}
/** Cargo rules every mode applies: containers vs parcels, reefer, dangerous goods, batteries, oversize, weight per TEU. */
export function commonAllowed(service, ctx) {
    const rules = service.cargo;
    const u = ctx.units;
    if (isParcelProduct(service)) {
        if (!isParcelShipment(u, ctx.regime))
            return `${service.id} is a parcel product: it takes 9610 parcels with their pieces only`;
        for (const t of service.parcel_tariffs ?? []) {
            const why = parcelRefusal(t, u);
            if (why)
                return `${service.id}: ${why}`;
        }
    }
    if (u.containers && !rules.accepts_containers)
        return `${service.id} takes no containers`;
    if (!u.containers && !rules.accepts_parcels)
        return `${service.id} takes no loose cargo or parcels`;
    if (ctx.cargo.has('reefer') && !rules.reefer)
        return `${service.id} has no reefer capacity`;
    if (ctx.cargo.has('dangerous_goods')) {
        if (!rules.dangerous_goods)
            return `${service.id} takes no dangerous goods`;
        if (!takesDgClass(rules, ctx.dgClass)) {
            const classes = rules.dangerous_goods_classes.join(', ');
            return ctx.dgClass === undefined
                ? `${service.id} takes dangerous goods of class ${classes} only; the shipment does not give its class (dg_class)`
                : `${service.id} takes dangerous goods of class ${classes} only, not class ${ctx.dgClass}`;
        }
    }
    if (ctx.cargo.has('lithium_batteries')) {
        if (!rules.lithium_batteries)
            return `${service.id} takes no lithium batteries`;
        if (rules.lithium_un && !rules.lithium_un.includes(ctx.lithiumUn))
            return `${service.id} takes lithium batteries as ${rules.lithium_un.join(', ')} only, not ${ctx.lithiumUn}`;
    }
    if (ctx.cargo.has('oversize') && !rules.oversize)
        return `${service.id} takes no oversize cargo`;
    const maxT = rules.max_gross_t_per_teu?.value;
    if (maxT !== undefined && u.containers && u.tonnesPerTeu > maxT) {
        return `${service.id} allows ${maxT} t per TEU, the shipment has ${u.tonnesPerTeu.toFixed(1)} t`;
    }
    return null;
}
/** Multiplier of a service's tariffs under the conditions: by service id, else by kind, else 1. */
function tariffFactor(service, ctx) {
    const f = ctx.conditions.tariff_factor;
    if (!f)
        return 1;
    const base = filedServiceId(service.id);
    const v = f[service.id] ?? f[base] ?? f[service.kind];
    return v !== undefined && Number.isFinite(v) && v >= 0 ? v : 1;
}
/**
 * The ride price every mode uses unless it overrides it: the entries filed for the pair × the factor;
 * loose cargo on a container service of a mode with an LCL rule pays the consolidator's price (C2).
 */
export function commonTariffUsd(service, tariffs, ctx) {
    const lcl = ctx.units.containers ? undefined : lclRuleFor(ctx.manifest, service.mode);
    const loose = lcl && service.cargo.accepts_containers ? lclUsd(lcl, tariffs, ctx.units) : null;
    return (loose ?? lineHaulUsd(tariffs, ctx.units)) * tariffFactor(service, ctx);
}
/**
 * The ride price of a parcel shipment on a parcel tariff (docs/decisions.md C4): per piece and per
 * weight for the whole ride, conditions applied; 0 when the product does not take it (the cost model
 * refuses such a service, so the search never rides it).
 */
export function parcelTariffUsd(service, tariff, ctx) {
    return (parcelUsd(tariff, ctx.units) ?? 0) * tariffFactor(service, ctx);
}
/**
 * A per-km rule in the form the search reads: USD per km of ride for this shipment and the minimum
 * charge, conditions applied; zeros when the service has no per-km rule.
 */
export function perKmRate(service, ctx) {
    const rule = service.tariff_rule;
    if (rule?.kind !== 'per_km')
        return { usdPerKm: 0, minUsd: 0 };
    const f = tariffFactor(service, ctx);
    return {
        usdPerKm: perKmUsd({ ...rule, min_usd: 0 }, 1, ctx.units) * f,
        minUsd: (rule.min_usd ?? 0) * f,
    };
}
//# sourceMappingURL=cost-model.js.map