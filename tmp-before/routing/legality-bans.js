/**
 * The legality rules in force for one query (docs/decisions.md L1): whole services a rule forbids
 * (air links and road hauliers under sanctions) and single rides (cabotage: a foreign carrier between
 * two ports of one country). Built once per query from the departure day; rules the query waives are
 * skipped. The search reads the answers as arrays; the planner reads `bans` to name the rules.
 */
import { cabotageForbids, datesText, dayOf, inForce, serviceViolation, } from "../model/index.js";
import { EDGE_BORDER, EDGE_HOP } from "./routing-index.js";
import { memoized, memoOf } from "../lib/bounded-memo.js";
function ruleLabel(rule) {
    const dates = datesText(rule);
    return `legality rule "${rule.id}" (${rule.name}${dates ? `, ${dates}` : ''})`;
}
/**
 * Edges that take cargo across the home country's (China's) border the wrong way for this shipment (docs/decisions.md L2):
 * an export never re-enters China, an import never leaves it again, a domestic shipment never leaves.
 * Shipments between two foreign places may transit China (the Tianjin–Ulaanbaatar transit train).
 */
function borderDirectionBans(index, ends) {
    if (!ends.fromHome && !ends.toHome)
        return null;
    const banLeaving = ends.toHome;
    const banEntering = ends.fromHome && !ends.toHome;
    const home = index.terminalHome;
    const banned = new Uint8Array(index.edgeCount);
    for (let e = 0; e < index.edgeCount; e++) {
        const kind = index.eKind[e];
        let from;
        let to;
        if (kind === EDGE_HOP) {
            const si = index.services[index.eRef[e]];
            from = si.stops[index.eI[e]];
            to = si.stops[index.eJ[e]];
        }
        else if (kind === EDGE_BORDER) {
            const b = index.borders[index.eRef[e]];
            [from, to] = index.eI[e] === 0 ? [b.a, b.b] : [b.b, b.a];
        }
        else
            continue;
        if (banLeaving && index.eLeavesCn[e])
            banned[e] = 1;
        else if (banEntering && !home[from] && home[to])
            banned[e] = 1;
    }
    return banned;
}
/** Most answers of legalityFor kept per index (one per rules in force × waivers × ends seen). */
const LEGALITY_MEMO_SIZE = 256;
const legalityMemo = new WeakMap();
/**
 * Which of the network's rules, and of its cabotage rules' exceptions, are in force on `day`: a
 * character each, in the network's order. The day reaches the answer only through these, so days
 * alike in them get the same answer.
 */
function inForceOn(index, day) {
    let inForceNow = '';
    for (const rule of index.network.legalityRules ?? []) {
        inForceNow += inForce(rule, day) ? '1' : '0';
        if (rule.kind === 'cabotage')
            for (const x of rule.exceptions)
                inForceNow += inForce(x, day) ? '1' : '0';
    }
    return inForceNow;
}
/**
 * `departH` undefined: every rule counts as in force (and no dated exception applies), the
 * strictest reading, for contexts built without a departure. `ends` undefined: no border-direction
 * bans (contexts built without a query).
 * The answer depends on the departure's day only through the rules and exceptions in force on it,
 * so it is kept per index for those, the waived rules and the ends (docs/decisions.md R21): every
 * plan builds one or more contexts and this was a fifth of building one; kept per day, queries over
 * more days than the memo holds built it every time. The arrays are shared between queries and
 * never written.
 */
export function legalityFor(index, departH, waive, ends) {
    const rulesNow = departH === undefined ? '-' : inForceOn(index, dayOf(departH));
    const key = `${rulesNow}|${ends === undefined ? '-' : `${+ends.fromHome}${+ends.toHome}`}|${waive.join(',')}`;
    return memoized(memoOf(legalityMemo, index), LEGALITY_MEMO_SIZE, key, () => computeLegality(index, departH, waive, ends));
}
function computeLegality(index, departH, waive, ends) {
    const foreignTrade = ends === undefined || !(ends.fromHome && ends.toHome);
    const edgeBanned = ends ? borderDirectionBans(index, ends) : null;
    const S = index.services.length;
    const serviceReason = new Array(S).fill(null);
    const bans = [];
    const waived = new Set(waive);
    const day = departH === undefined ? undefined : dayOf(departH);
    const rules = (index.network.legalityRules ?? []).filter((r) => !waived.has(r.id) && (day === undefined || inForce(r, day)));
    if (rules.length === 0)
        return { serviceReason, edgeBanned, bans };
    const terminals = index.network.terminals;
    const cabotage = rules.filter((r) => r.kind === 'cabotage');
    // services a cabotage rule may judge: of its modes, with a carrier of another country
    const exposed = new Map();
    index.services.forEach((si, k) => {
        const s = si.service;
        for (const rule of rules) {
            if (rule.kind === 'cabotage')
                continue;
            const violation = serviceViolation(rule, s, terminals);
            if (violation && serviceReason[k] === null) {
                const text = `${violation}: forbidden by ${ruleLabel(rule)}`;
                serviceReason[k] = text;
                bans.push({ rule, serviceId: s.id, text });
            }
        }
        const judged = cabotage.filter((r) => r.kind === 'cabotage' &&
            r.modes.includes(s.mode) &&
            s.carrier !== undefined &&
            s.carrier.country !== r.country);
        if (judged.length > 0)
            exposed.set(k, judged);
    });
    if (exposed.size === 0)
        return { serviceReason, edgeBanned, bans };
    const banned = edgeBanned ?? new Uint8Array(index.edgeCount);
    const reported = new Set();
    for (let e = 0; e < index.edgeCount; e++) {
        if (index.eKind[e] !== EDGE_HOP)
            continue;
        const k = index.eRef[e];
        const judged = exposed.get(k);
        if (!judged)
            continue;
        const si = index.services[k];
        const from = index.terminals[si.stops[index.eI[e]]];
        const to = index.terminals[si.stops[index.eJ[e]]];
        const rule = judged.find((r) => cabotageForbids(r, si.service, from, to, day, foreignTrade));
        if (!rule)
            continue;
        banned[e] = 1;
        const key = `${rule.id}|${si.service.id}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        bans.push({
            rule,
            serviceId: si.service.id,
            from: from.id,
            to: to.id,
            text: `${si.service.id} (a ${si.service.carrier.country} carrier) may not carry cargo from ${from.id} to ${to.id}, both in ${from.country}: forbidden by ${ruleLabel(rule)}`,
        });
    }
    return { serviceReason, edgeBanned: banned, bans };
}
//# sourceMappingURL=legality-bans.js.map