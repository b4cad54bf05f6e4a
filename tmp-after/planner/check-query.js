/**
 * Semantic checks of a parsed query against the network (the schema checked its shape): known ids in
 * avoid lists, quantities, regime vs shipment and trade direction, times. Each failure is a
 * CorridorError('QUERY_INVALID') whose issue names the field and what is allowed.
 */
import { CorridorError, } from "../model/index.js";
import { suggestPlaces } from "../network/index.js";
import { tzTable } from "../routing/index.js";
export function invalid(path, message, hint) {
    const issue = { severity: 'error', path, message, ...(hint ? { hint } : {}) };
    return new CorridorError('QUERY_INVALID', `${path}: ${message}`, [issue]);
}
export function checkStaticQuery(network, q) {
    const s = q.shipment;
    for (const f of ['teu', 'feu', 'kg', 'm3', 'pieces', 'value_usd']) {
        const v = s[f];
        if (v !== undefined && !(Number.isFinite(v) && v > 0))
            throw invalid(`shipment.${f}`, `must be a positive number, got ${v}`);
    }
    if (s.teu === undefined && s.feu === undefined && s.kg === undefined)
        throw invalid('shipment.teu', 'give a quantity: teu, feu or kg');
    const c = q.constraints;
    c.avoid_terminals.forEach((id, i) => {
        if (!network.terminals.has(id)) {
            const hint = suggestPlaces(network, id);
            throw invalid(`constraints.avoid_terminals[${i}]`, `unknown terminal id "${id}"`, hint.length ? `did you mean ${hint.map((h) => `"${h}"`).join(', ')}?` : undefined);
        }
    });
    const borderIds = [...network.borders.keys()];
    c.avoid_borders.forEach((id, i) => {
        if (!network.borders.has(id))
            throw invalid(`constraints.avoid_borders[${i}]`, `unknown border id "${id}"`, `known borders: ${borderIds.join(', ')}`);
    });
    const regime = network.regimes.get(s.regime);
    if (regime?.parcels_only && (s.teu !== undefined || s.feu !== undefined)) {
        throw invalid('shipment.regime', `${s.regime} (${regime.name}) is for parcels, not full containers`, 'give the shipment in kg (and pieces), or use 9710, 9810 or general for containers');
    }
    if (s.regime === '9610' && !regime && (s.teu !== undefined || s.feu !== undefined)) {
        throw invalid('shipment.regime', '9610 is for retail parcels, not full containers', 'give the shipment in kg, or use 9710, 9810 or general');
    }
    const ruleIds = (network.legalityRules ?? []).map((r) => r.id);
    q.waive_rules.forEach((id, i) => {
        if (!ruleIds.includes(id))
            throw invalid(`waive_rules[${i}]`, `unknown legality rule "${id}"`, ruleIds.length
                ? `rules of this network: ${ruleIds.join(', ')}`
                : 'this network files no legality rules');
    });
    if (c.modes && c.modes.length === 0)
        throw invalid('constraints.modes', 'allow at least one mode: rail, road, sea or air');
}
/** Epoch hours of a DepartTime: a date is 00:00 local time at `t` (or 24:00 with endOfDay). */
export function parseTimeH(value, t, path, endOfDay = false) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const utcMidnightH = Date.parse(`${value}T00:00:00Z`) / 3_600_000 + (endOfDay ? 24 : 0);
        if (!Number.isFinite(utcMidnightH))
            throw invalid(path, `not a date: "${value}"`, 'use YYYY-MM-DD or an ISO date-time with offset');
        let off;
        try {
            off = tzTable(t.timezone).offsetH(utcMidnightH);
        }
        catch {
            off = Math.round(t.location.lon / 15);
        }
        return utcMidnightH - off;
    }
    const ms = Date.parse(value);
    if (!Number.isFinite(ms))
        throw invalid(path, `not a date-time: "${value}"`, 'use YYYY-MM-DD or an ISO date-time with offset, e.g. 2026-12-01T08:00:00+08:00');
    return ms / 3_600_000;
}
/** Export from the network's home country, import into it, or neither (domestic or foreign to foreign). */
export function tradeDirection(from, to, home) {
    if (from.country === home && to.country !== home)
        return 'export';
    if (from.country !== home && to.country === home)
        return 'import';
    return null;
}
/** The customs plan for the query, or null; throws when the regime does not fit the trade direction. Warnings go to `notices`. */
export function customsFor(network, q, direction, notices) {
    const regime = q.shipment.regime;
    const rule = network.regimes.get(regime);
    if (!direction) {
        if (regime !== 'general') {
            notices.push({
                code: 'REGIME_DOMESTIC',
                params: { regime },
                text: `regime ${regime} applies to trade across China's border; this route stays ${'inside one customs territory'}, so no clearance is planned`,
            });
        }
        return null;
    }
    if (!rule) {
        if (regime === 'general') {
            notices.push({
                code: 'NO_GENERAL_CUSTOMS_RULE',
                params: {},
                text: 'the network files no general-trade customs rule: no clearance time or cost is included',
            });
            return null;
        }
        throw invalid('shipment.regime', `the network has no rule for regime ${regime}`, `regimes filed: ${[...network.regimes.keys()].join(', ') || 'none'}`);
    }
    if (regime !== 'general' && rule.direction !== direction) {
        throw invalid('shipment.regime', `${regime} (${rule.name}) is an ${rule.direction} regime, but this shipment is an ${direction} ${direction === 'export' ? 'from' : 'into'} China`);
    }
    return { direction, rule };
}
//# sourceMappingURL=check-query.js.map