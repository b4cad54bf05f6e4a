/**
 * Identity and reference checks: duplicate ids in each file, and every id one record gives for
 * another (terminals of a leg or border, emission factors, customs regimes) pointing at something
 * that exists, with a did-you-mean hint.
 */
import { RETURN_SUFFIX } from "../model/index.js";
import { didYouMean } from "../lib/suggest.js";
function firstById(kind, key, label, items, idOf, report) {
    const byId = new Map();
    const firstIndex = new Map();
    for (const { value, index } of items) {
        const id = idOf(value);
        if (byId.has(id)) {
            report.error(kind, [key, index, label === 'regime' ? 'regime' : 'id'], `duplicate ${label} "${id}" (first at ${key}[${firstIndex.get(id)}])`);
        }
        else {
            byId.set(id, value);
            firstIndex.set(id, index);
        }
    }
    return byId;
}
export function checkReferences(draft, report) {
    const sourceIds = new Set(firstById('sources', 'sources', 'source', draft.sources, (s) => s.id, report).keys());
    const terminals = firstById('terminals', 'terminals', 'terminal', draft.terminals, (t) => t.id, report);
    const services = firstById('services', 'services', 'service', draft.services, (s) => s.id, report);
    firstById('borders', 'borders', 'border', draft.borders, (b) => b.id, report);
    const factorIds = new Set(firstById('emissions', 'factors', 'emission factor', draft.factors, (f) => f.id, report).keys());
    const regimes = firstById('customs', 'regimes', 'regime', draft.regimes, (r) => r.regime, report);
    firstById('customs', 'destinations', 'destination', draft.destinations ?? [], (d) => d.id, report);
    // a country clears imports in one territory only, and the home country's clearance is its regimes
    const territoryOf = new Map();
    for (const { value: d, index } of draft.destinations ?? []) {
        d.countries.forEach((country, c) => {
            const path = ['destinations', index, 'countries', c];
            const other = territoryOf.get(country);
            if (other !== undefined)
                report.error('customs', path, `country ${country} is already in destination "${other}"`);
            else
                territoryOf.set(country, d.id);
            if (draft.manifest && country === draft.manifest.home_country)
                report.error('customs', path, `${country} is the network's home country: its clearance is the regimes above, not a destination`);
        });
    }
    // a network that files destinations files them all: a route to a country left out clears nothing
    if ((draft.destinations ?? []).length > 0) {
        const warned = new Set();
        for (const { value: t, index } of draft.terminals) {
            if (t.country === draft.manifest?.home_country || territoryOf.has(t.country))
                continue;
            if (warned.has(t.country))
                continue;
            warned.add(t.country);
            report.warning('terminals', ['terminals', index, 'country'], `no destination in customs.yaml lists ${t.country}: routes to ${t.id} get no import clearance`, 'add the country to its customs union or a destination of its own in customs.yaml');
        }
    }
    const terminalRef = (kind, path, id) => {
        if (!terminals.has(id))
            report.error(kind, path, `unknown terminal "${id}"`, didYouMean(id, terminals.keys()));
    };
    const factorRef = (path, id) => {
        if (!factorIds.has(id))
            report.error('services', path, `unknown emission factor "${id}" (not in emissions.yaml)`, didYouMean(id, factorIds));
    };
    for (const { value: service, index } of draft.services) {
        if (service.both_directions && services.has(service.id + RETURN_SUFFIX)) {
            report.error('services', ['services', index, 'both_directions'], `the return service "${service.id}${RETURN_SUFFIX}" would clash with a service of that id`);
        }
        factorRef(['services', index, 'emission_factor'], service.emission_factor);
        service.legs.forEach((leg, l) => {
            terminalRef('services', ['services', index, 'legs', l, 'from'], leg.from);
            terminalRef('services', ['services', index, 'legs', l, 'to'], leg.to);
            if (leg.emission_factor !== undefined)
                factorRef(['services', index, 'legs', l, 'emission_factor'], leg.emission_factor);
        });
    }
    for (const { value: border, index } of draft.borders) {
        border.sides.forEach((side, s) => terminalRef('borders', ['borders', index, 'sides', s], side));
    }
    for (const { value: terminal, index } of draft.terminals) {
        terminal.customs.forEach((regime, r) => {
            if (!regimes.has(regime)) {
                report.error('terminals', ['terminals', index, 'customs', r], `customs regime "${regime}" is not defined in customs.yaml`);
            }
        });
    }
    return { terminals, sourceIds, factorIds };
}
//# sourceMappingURL=check-references.js.map