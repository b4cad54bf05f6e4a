/** A day as YYYY-MM-DD (UTC) from epoch hours. */
export function dayOf(epochH) {
    return new Date(epochH * 3_600_000).toISOString().slice(0, 10);
}
/** true when a rule (or exception) dated `from`…`to` (inclusive days) applies on `day` (YYYY-MM-DD). */
export function inForce(dated, day) {
    return ((dated.from === undefined || dated.from <= day) && (dated.to === undefined || day <= dated.to));
}
/** "from 2022-02-28", "until 2024-12-31", "2021-11-18 to 2024-12-31", or "" when always. */
export function datesText(dated) {
    if (dated.from && dated.to)
        return `${dated.from} to ${dated.to}`;
    if (dated.from)
        return `from ${dated.from}`;
    if (dated.to)
        return `until ${dated.to}`;
    return '';
}
/**
 * Why a rule forbids the whole service (an air rotation with a banned sector cannot be flown; a
 * haulier barred from a country cannot drive there), or null. Cabotage forbids rides, not services:
 * see cabotageForbids.
 */
export function serviceViolation(rule, service, terminals) {
    if (rule.kind === 'air_link_ban') {
        if (service.mode !== 'air')
            return null;
        const a = new Set(rule.countries_a);
        const b = new Set(rule.countries_b);
        for (const leg of service.legs) {
            const from = terminals.get(leg.from)?.country;
            const to = terminals.get(leg.to)?.country;
            if (!from || !to)
                continue;
            if ((a.has(from) && b.has(to)) || (b.has(from) && a.has(to)))
                return `${service.id} flies ${leg.from} → ${leg.to} (${from} → ${to})`;
        }
        return null;
    }
    if (rule.kind === 'haulier_ban') {
        if (service.mode !== 'road' || !service.carrier)
            return null;
        if (!rule.carrier_countries.includes(service.carrier.country))
            return null;
        const barred = new Set(rule.countries);
        const stop = [service.legs[0].from, ...service.legs.map((l) => l.to)].find((id) => barred.has(terminals.get(id)?.country ?? ''));
        if (stop === undefined)
            return null;
        return `${service.id} is a ${service.carrier.country} haulier's truck and runs to ${stop} (${terminals.get(stop).country})`;
    }
    return null;
}
/** The exception of a cabotage rule that admits this ride on `day`, if any. */
function admittedBy(exceptions, carrier, fromId, toId, day, foreignTrade) {
    return exceptions.find((x) => inForce(x, day) &&
        (!x.foreign_trade_only || foreignTrade) &&
        (x.carriers.length === 0 || x.carriers.includes(carrier)) &&
        ((x.ports.includes(fromId) && x.with.includes(toId)) ||
            (x.with.includes(fromId) && x.ports.includes(toId))));
}
/**
 * true when a cabotage rule forbids riding `service` from `from` to `to`: both stops in the rule's
 * country, the service of one of its modes, its carrier of another country, and no exception in
 * force admits the ride. A service with no carrier filed is not judged (the validator warns).
 * `day` undefined: the rule and its exceptions are read as always in force (the validator's view).
 */
export function cabotageForbids(rule, service, from, to, day, foreignTrade) {
    if (rule.kind !== 'cabotage')
        return false;
    if (!rule.modes.includes(service.mode) || !service.carrier)
        return false;
    if (service.carrier.country === rule.country)
        return false;
    if (from.country !== rule.country || to.country !== rule.country)
        return false;
    if (day === undefined)
        return true;
    return !admittedBy(rule.exceptions, service.carrier.country, from.id, to.id, day, foreignTrade);
}
//# sourceMappingURL=legality.js.map