/**
 * What the planner says about special-cargo surcharges (docs/decisions.md C3, C5): for the first
 * route, one notice per mode and cargo flag that paid one, with the rides, the total, the rates filed
 * and their sources (or that they are assumptions); and about the permits and approvals its rides
 * waited for (C14).
 */
import { ratesUsed, specialCargoCharges, } from "../costing/index.js";
const usdText = (x) => `USD ${x.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
/** A filed rate as a notice's `rate_terms` entry: the numbers a client words in its own language. */
const termOf = (r) => ({
    usd: r.usd,
    unit: r.unit,
    ...(r.min_usd ? { min_usd: r.min_usd } : {}),
});
/** "USD 1,500 per FEU", "USD 0.5 per kg, at least USD 100", "100 % of the line haul". */
function rateText(t) {
    if ('share' in t)
        return `${(t.share * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} % of the line haul`;
    const unit = t.unit === 'chargeable_kg' ? 'chargeable kg' : t.unit;
    const per = unit === 'teu' || unit === 'feu' ? unit.toUpperCase() : unit;
    return `${usdText(t.usd)} per ${per}${t.min_usd ? `, at least ${usdText(t.min_usd)}` : ''}`;
}
function sourcesOf(rates) {
    const ids = new Set();
    let assumed = false;
    for (const r of rates) {
        for (const id of [r.source ?? []].flat())
            ids.add(id);
        if (r.assumption)
            assumed = true;
    }
    return [...ids, ...(assumed ? ['assumption'] : [])];
}
/** Notices naming the surcharges the first route pays, by mode and cargo flag. */
export function specialCargoNotices(route, cost) {
    // per mode: the rides that paid, and their line hauls (the base of a share-of-line-haul rate)
    const rides = new Map();
    for (const leg of route.legs) {
        if ((leg.special_cargo_usd ?? 0) <= 0)
            continue;
        rides.set(leg.mode, [...(rides.get(leg.mode) ?? []), leg.line_haul_usd]);
    }
    const notices = [];
    for (const [mode, lineHauls] of rides) {
        const n = lineHauls.length;
        const lineHaulSum = lineHauls.reduce((a, b) => a + b, 0);
        for (const c of specialCargoCharges(mode, cost)) {
            const usd = Math.round((c.usd * n + c.share * lineHaulSum) * 100) / 100;
            const used = ratesUsed(c.rates, cost.units);
            const terms = [
                ...used.map(termOf),
                ...(c.shareRate && c.share > 0 ? [{ share: c.share }] : []),
            ];
            const rates = terms.map(rateText);
            const sources = sourcesOf([...used, ...(c.shareRate ? [c.shareRate] : [])]);
            const flag = c.cargo.replaceAll('_', ' ');
            notices.push({
                code: 'SPECIAL_CARGO_SURCHARGE',
                params: { flag: c.cargo, mode, rides: n, usd, rates, rate_terms: terms, sources },
                text: `${flag} surcharge on the ${mode} ride${n > 1 ? 's' : ''} of the first route: ${usdText(usd)} (${rates.join('; ')}; ${sources.join(', ')})`,
            });
        }
    }
    return notices;
}
const hoursText = (h) => `${h.toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;
/**
 * Notices naming the permits and approvals (decisions C14) the first route's rides waited for: for
 * each one filed for the shipment's flags, the first ride of its mode (in its country, for a national
 * permit), its hours from the booking, how long that ride was held by it and its sources. They are
 * read from the legs (`lead_time`), where route building put what the rule (`rideLeadTimes`, the one
 * the search follows) gives each ride: only a binding entry (the longest, or one tying with it)
 * reports the ride's wait for it; an entry a longer one outlasts reports `held_h` 0, as the ride did
 * not wait for it.
 */
export function specialCargoLeadNotices(route) {
    const notices = [];
    /** permits named already: the loader files one per mode, flag and country */
    const named = new Set();
    for (const leg of route.legs) {
        const lead = leg.lead_time;
        if (lead === undefined || lead.hours <= 0)
            continue;
        const binding = lead.permits.filter((r) => r.binding);
        for (const r of lead.permits) {
            const key = `${leg.mode} ${r.cargo} ${r.country ?? ''} ${r.name}`;
            if (named.has(key))
                continue;
            named.add(key);
            const held = r.binding ? Math.round(lead.held_h * 10) / 10 : 0;
            const flag = r.cargo.replaceAll('_', ' ');
            let effect = 'is not held by it';
            if (held > 0)
                effect = `waits ${hoursText(held)} for it`;
            else if (!r.binding && lead.held_h > 0)
                effect = `waits for the longer ${binding.map((b) => b.name).join(', ')} (${hoursText(lead.hours)}), not for it`;
            notices.push({
                code: 'SPECIAL_CARGO_LEAD_TIME',
                params: {
                    flag: r.cargo,
                    mode: leg.mode,
                    permit: r.name,
                    permit_zh: r.name_zh,
                    country: r.country ?? '',
                    hours: r.hours,
                    service: leg.service_id,
                    held_h: held,
                    sources: r.sources,
                },
                text: `${flag}: ${r.name}${r.country ? ` (${r.country})` : ''} before the ${leg.mode} ride on ${leg.service_id}: ${hoursText(r.hours)} from booking; the ride ${effect} (${r.sources.join(', ')})`,
            });
        }
    }
    return notices;
}
//# sourceMappingURL=special-cargo-notices.js.map