/**
 * legality.yaml checks (docs/decisions.md L1): unique rule ids, dates in order, exception ports that
 * exist; then every service a rule forbids, as a warning that names the rule, so a network author
 * sees what the planner will not offer. Services a cabotage rule cannot judge (no `carrier` filed
 * though they call at two ports of the rule's country) are warned about too.
 */
import { cabotageForbids, cargoStopsOf, datesText, serviceViolation, stopsOf, } from "../model/index.js";
import { didYouMean } from "../lib/suggest.js";
const forbidsText = (rule) => `legality rule "${rule.id}" (${rule.name}) forbids it${rule.from || rule.to ? ` ${datesText(rule)}` : ''}`;
/** The first ride a foreign carrier sells between two stops of the cabotage country, in either direction filed. */
function domesticRide(rule, service, terminals) {
    const stops = stopsOf(service);
    const { loads, unloads } = cargoStopsOf(service);
    const directions = [
        [stops, loads, unloads],
    ];
    if (service.both_directions)
        directions.push([[...stops].reverse(), unloads, loads]);
    for (const [order, boards, leaves] of directions) {
        for (let i = 0; i < order.length; i++) {
            const a = terminals.get(order[i]);
            if (!a || !boards.has(a.id))
                continue;
            for (let j = i + 1; j < order.length; j++) {
                const b = terminals.get(order[j]);
                if (!b || b.id === a.id || !leaves.has(b.id))
                    continue;
                if (cabotageForbids(rule, service, a, b, undefined, false))
                    return [a.id, b.id];
            }
        }
    }
    return undefined;
}
export function checkLegality(draft, terminals, report) {
    const rules = draft.legalityRules ?? [];
    const seen = new Map();
    for (const { value: rule, index } of rules) {
        const first = seen.get(rule.id);
        if (first !== undefined)
            report.error('legality', ['rules', index, 'id'], `duplicate rule "${rule.id}" (first at rules[${first}])`);
        else
            seen.set(rule.id, index);
        if (rule.from && rule.to && rule.to < rule.from)
            report.error('legality', ['rules', index, 'to'], `ends (${rule.to}) before it starts (${rule.from})`);
        if (rule.kind !== 'cabotage')
            continue;
        rule.exceptions.forEach((x, k) => {
            for (const field of ['ports', 'with'])
                x[field].forEach((id, i) => {
                    if (!terminals.has(id))
                        report.error('legality', ['rules', index, 'exceptions', k, field, i], `unknown terminal "${id}"`, didYouMean(id, terminals.keys()));
                });
            if (x.from && x.to && x.to < x.from)
                report.error('legality', ['rules', index, 'exceptions', k, 'to'], `ends (${x.to}) before it starts (${x.from})`);
        });
    }
    for (const { value: service, index } of draft.services) {
        for (const { value: rule } of rules) {
            if (rule.kind === 'cabotage') {
                if (!rule.modes.includes(service.mode))
                    continue;
                const inCountry = stopsOf(service).filter((id) => terminals.get(id)?.country === rule.country);
                if (new Set(inCountry).size < 2)
                    continue;
                if (!service.carrier) {
                    report.warning('services', ['services', index], `calls at ${[...new Set(inCountry)].join(', ')} (${rule.country}) but files no carrier: cabotage rule "${rule.id}" cannot judge it and the planner treats it as a ${rule.country} carrier`, 'add carrier: { country, source | assumption } (the flag state of its ships)');
                    continue;
                }
                const ride = domesticRide(rule, service, terminals);
                if (ride)
                    report.warning('services', ['services', index, 'carrier'], `a ${service.carrier.country} carrier sells ${ride[0]} → ${ride[1]}, both in ${rule.country}: ${forbidsText(rule)}; the planner does not sell such rides`, 'list only ports abroad in cargo_stops.unloads_at (or loads_at) of a foreign loop');
                continue;
            }
            const violation = serviceViolation(rule, service, terminals);
            if (violation)
                report.warning('services', ['services', index], `${violation}: ${forbidsText(rule)}; the planner does not offer it for departures then`);
        }
    }
}
//# sourceMappingURL=check-legality.js.map