import { closest, editDistance } from "../lib/suggest.js";
const countriesOf = new WeakMap();
/** Countries that have at least one terminal in the network, sorted (computed once per network). */
function networkCountries(network) {
    let list = countriesOf.get(network);
    if (list === undefined) {
        list = [...new Set([...network.terminals.values()].map((t) => t.country))].sort();
        countriesOf.set(network, list);
    }
    return list;
}
const LIST_LIMIT = 40;
const listed = (ids) => ids.length <= LIST_LIMIT
    ? ids.join(', ')
    : `${ids.slice(0, LIST_LIMIT).join(', ')} … (${ids.length} in all)`;
const plural = (what) => (what === 'country' ? 'countries' : `${what}s`);
function unknownIssues(field, what, given, known, knownList, 
/** two-letter codes are all within two edits of each other: only one edit counts as near for them */
nearWithin = Number.POSITIVE_INFINITY) {
    const issues = [];
    given.forEach((id, i) => {
        if (known.has(id))
            return;
        const all = knownList();
        const near = closest(id, all, 3).filter((n) => editDistance(id.toLowerCase(), n.toLowerCase()) <= nearWithin);
        issues.push({
            path: `${field}[${i}]`,
            message: `unknown ${what} ${JSON.stringify(id)}`,
            hint: near.length > 0
                ? `did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}? ${plural(what)} in this network: ${listed(all)}`
                : `${plural(what)} in this network: ${listed(all)}`,
        });
    });
    return issues;
}
/**
 * Issues for every country, terminal and border id in `constraints` that the network lacks; empty
 * when all are known. Paths are the query's own ("constraints.avoid_countries[0]"): prefix them
 * with "body." over HTTP.
 * @example checkConstraintIds(network, { avoid_countries: ['ZZ'], … }) // [{ path: 'constraints.avoid_countries[0]', … }]
 */
export function checkConstraintIds(network, constraints) {
    const none = constraints.avoid_countries.length +
        constraints.avoid_terminals.length +
        constraints.avoid_borders.length ===
        0;
    if (none)
        return [];
    const countries = networkCountries(network);
    return [
        ...unknownIssues('constraints.avoid_countries', 'country', constraints.avoid_countries, new Set(countries), () => countries, 1),
        ...unknownIssues('constraints.avoid_terminals', 'terminal', constraints.avoid_terminals, network.terminals, () => [...network.terminals.keys()].sort()),
        ...unknownIssues('constraints.avoid_borders', 'border', constraints.avoid_borders, network.borders, () => [...network.borders.keys()].sort()),
    ];
}
//# sourceMappingURL=constraint-check.js.map