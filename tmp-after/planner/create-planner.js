/**
 * The planner: the one place that composes place lookup → cost context → search → itinerary.
 * createPlanner compiles the routing index once; plan/compare then build a per-query context
 * (conditions included) and never recompile. Synchronous; bad input throws CorridorError, "no route"
 * is a result with a reason.
 */
import { destinationTerritory } from "./destination-customs.js";
import { createCostContext } from "../costing/index.js";
import { buildRoute, terminalRef } from "../itinerary/index.js";
import { CorridorError, } from "../model/index.js";
import { resolvePlace } from "../network/index.js";
import { backtrackFinding, backtrackPruning, chainSteps, compileIndex, createSearchContext, exploreCorridors, labelKey, releasePool, searchLabels, } from "../routing/index.js";
import { checkStaticQuery, customsFor, invalid, parseTimeH, tradeDirection, } from "./check-query.js";
import { explainNoRoute, relaxationsFor } from "./explain-no-route.js";
import { cargoRestrictionNotices } from "./cargo-restriction-notices.js";
import { legalityBlockers, legalityNotices, legalityRelaxation, ruleNameZh, } from "./legality-notices.js";
import { corridorRows, labelRoutes, withoutDetours } from "./corridor-groups.js";
import { capacityDeadlineReason, capacityNotices, rankSplitRoutes } from "./capacity-notices.js";
import { specialCargoLeadNotices, specialCargoNotices } from "./special-cargo-notices.js";
import { parcelNotices } from "./parcel-notices.js";
import { parcelDeliveryNotices } from "./parcel-delivery-notices.js";
import { capFront, markPareto, paretoFilter, thinNearDuplicates } from "./pareto.js";
import { fasterOptionNotice, findFasterRoute } from "./faster-option.js";
/** Most routes a Pareto answer returns (cheapest first). */
const MAX_PARETO_ROUTES = 30;
/** Most corridors `compare` returns. */
const MAX_COMPARE_CORRIDORS = 20;
export function createPlanner(network) {
    const index = compileIndex(network);
    return {
        network,
        index,
        plan: (q, o = {}) => answer(index, q, o, 'plan'),
        compare: (q, o = {}) => answer(index, q, o, 'compare'),
    };
}
/**
 * An alternative is left out when a better-ranked one is at least as good on money and arrival and
 * within ALTERNATIVE_CO2_SLACK on CO2e, and its own objective is more than ALTERNATIVE_SLACK worse than
 * the best: it is a detour, not an option (Hohhot → Seoul by rail back inland from Tianjin to Jinzhou,
 * 45 % dearer and 19 days later for 6 % less CO2e, is no choice a shipper weighs; the pareto
 * objective still shows every trade-off).
 * `origin` is what the objective's key counts from: the departure for the time objective, whose key is
 * the arrival in epoch hours (25 % of the epoch let every late detour through), else 0.
 */
const ALTERNATIVE_SLACK = 0.25;
const ALTERNATIVE_CO2_SLACK = 0.1;
function uselessAlternative(h, better, bestKey, origin) {
    if (h.key - origin <= (bestKey - origin) * (1 + ALTERNATIVE_SLACK))
        return false;
    const p = h.result.pool;
    const l = h.label;
    return better.some((b) => {
        const q = b.result.pool;
        return (q.money[b.label] <= p.money[l] &&
            q.time[b.label] <= p.time[l] &&
            q.co2[b.label] <= p.co2[l] * (1 + ALTERNATIVE_CO2_SLACK));
    });
}
function round(x, digits) {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
}
function placeNotFound(field, ref, suggestions) {
    const shown = typeof ref === 'string' ? `"${ref}"` : `${ref.lon},${ref.lat}`;
    return new CorridorError('PLACE_NOT_FOUND', `${field}: no terminal matches ${shown}`, [
        {
            severity: 'error',
            path: field,
            message: `no terminal matches ${shown}`,
            ...(suggestions.length > 0
                ? { hint: `did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` }
                : {}),
        },
    ]);
}
/**
 * The notice for a place typed as a city of several terminals: which terminals the search could use
 * and which the routes use, so the answer says what "Hohhot" became (docs/decisions.md R19).
 */
function cityNotice(field, place, res, routes, end) {
    if (!res.ok || res.match !== 'city' || res.terminals.length < 2 || typeof place !== 'string')
        return undefined;
    const terminals = res.terminals.map((t) => t.id);
    const chosen = [...new Set(routes.map(end))];
    const where = field === 'from' ? 'starts' : 'ends';
    const text = chosen.length === 0
        ? `${place} is a city of ${terminals.length} terminals (${terminals.join(', ')}); none is reached`
        : `${place} is a city of ${terminals.length} terminals (${terminals.join(', ')}); each route ${where} at the one that suits it: ${chosen.join(', ')}`;
    return { code: 'PLACE_CITY_TERMINALS', params: { field, place, terminals, chosen }, text };
}
/** The search stopped at its label cap before any label reached the destination. */
function labelCapReached(maxLabels) {
    return new CorridorError('SEARCH_LIMIT', `the search stopped at its label cap (${maxLabels ?? 'default'}) before reaching the destination`);
}
function nodesOf(index, terminals) {
    // a plain loop: flatMap took as long as the rest of the query's set-up around it
    const out = [];
    for (const t of terminals)
        for (const v of index.terminalNodes[index.terminalIndex.get(t.id) ?? -1] ?? [])
            out.push(v);
    return out;
}
function answer(index, q, o, what) {
    const started = performance.now();
    const network = index.network;
    checkStaticQuery(network, q);
    const c = q.constraints;
    const modeOpt = c.modes ? { modes: [...c.modes] } : {};
    const fromRes = resolvePlace(network, q.from, modeOpt);
    if (!fromRes.ok)
        throw placeNotFound('from', q.from, fromRes.suggestions);
    const toRes = resolvePlace(network, q.to, modeOpt);
    if (!toRes.ok)
        throw placeNotFound('to', q.to, toRes.suggestions);
    const avoidC = new Set(c.avoid_countries);
    const avoidT = new Set(c.avoid_terminals);
    for (const [field, res] of [
        ['from', fromRes],
        ['to', toRes],
    ]) {
        const left = res.terminals.filter((t) => !avoidC.has(t.country) && !avoidT.has(t.id));
        if (left.length === 0) {
            const t = res.terminals[0];
            const path = avoidC.has(t.country)
                ? 'constraints.avoid_countries'
                : 'constraints.avoid_terminals';
            throw invalid(path, `the ${field === 'from' ? 'origin' : 'destination'} ${t.id} is in ${avoidC.has(t.country) ? t.country : 'the avoided terminals'}, which the query avoids`);
        }
    }
    const fromTs = fromRes.terminals;
    const toAll = toRes.terminals;
    if (toAll.every((t) => fromTs.some((f) => f.id === t.id)))
        throw invalid('to', `the destination resolves to the origin (${toAll.map((t) => t.id).join(', ')})`);
    // every warning is a Notice (code, params, text); `warnings` repeats their texts for older clients
    const notices = [];
    const warn = (code, params, text) => notices.push({ code, params, text });
    const direction = tradeDirection(fromTs[0], toAll[0], network.manifest.home_country);
    const customs = customsFor(network, q, direction, notices);
    const need = customs?.rule.requires_at_destination;
    const toTs = need
        ? toAll.filter((t) => need === 'overseas_warehouse' ? t.overseas_warehouse : t.kinds.includes('bonded_zone'))
        : toAll;
    let departH;
    if (q.depart !== undefined)
        departH = parseTimeH(q.depart, fromTs[0], 'depart');
    else if (o.now)
        departH = o.now.getTime() / 3_600_000;
    else
        throw invalid('depart', 'give a departure time (the planner reads no clock; callers pass PlanOptions.now)');
    const deadlineH = c.deadline !== undefined
        ? parseTimeH(c.deadline, toAll[0], 'constraints.deadline', true)
        : undefined;
    if (deadlineH !== undefined && deadlineH <= departH)
        throw invalid('constraints.deadline', `the deadline ${c.deadline} is not after the departure`);
    const objective = what === 'compare' && q.objective === 'pareto' ? 'generalized' : q.objective;
    const result = (found, reason) => {
        const labelled = labelRoutes(network, found);
        // a comparison leaves out corridors that only detour, and says so in their rows
        const { kept: routes, detours } = what === 'compare' ? withoutDetours(labelled) : { kept: labelled, detours: undefined };
        const ends = { fromCountry: fromTs[0].country, toCountry: (toTs[0] ?? toAll[0]).country };
        const first = routes[0];
        const cityNotices = [
            cityNotice('from', q.from, fromRes, routes, (r) => r.from.id),
            cityNotice('to', q.to, toRes, routes, (r) => r.to.id),
        ].filter((n) => n !== undefined);
        return {
            status: routes.length > 0 ? 'ok' : 'no_route',
            objective: q.objective,
            from: first?.from ?? terminalRef(fromTs[0]),
            to: first?.to ?? terminalRef((toTs[0] ?? toAll[0])),
            routes,
            ...(reason
                ? { reason: reason.text, reason_code: reason.code, reason_params: reason.params }
                : {}),
            warnings: [...cityNotices, ...notices].map((n) => n.text),
            notices: [...cityNotices, ...notices],
            stats: { labels, elapsed_ms: performance.now() - started },
            ...(what === 'compare' ? { corridors: corridorRows(network, q, ends, routes, detours) } : {}),
        };
    };
    let labels = 0;
    if (toTs.length === 0) {
        return result([], {
            code: 'REGIME_DESTINATION',
            params: {
                regime: q.shipment.regime,
                need: need ?? 'none',
                terminals: toAll.map((t) => t.id),
            },
            text: `${q.shipment.regime} must end at ${need === 'overseas_warehouse' ? 'an overseas warehouse' : 'a bonded zone'}; none of ${toAll.map((t) => t.id).join(', ')} has one`,
        });
    }
    const importCustoms = destinationTerritory(network, fromTs[0].country, (toTs[0] ?? toAll[0]).country);
    const allRules = (network.legalityRules ?? []).map((r) => r.id);
    const makeContext = (query, conditions, withCustoms, waiveAllRules = false, leadTimesOf) => createSearchContext(index, createCostContext(network.manifest, query, conditions), {
        modes: query.constraints.modes,
        avoidCountries: query.constraints.avoid_countries,
        avoidTerminals: query.constraints.avoid_terminals,
        avoidBorders: query.constraints.avoid_borders,
        customs: withCustoms ? customs : null,
        importCustoms,
        parcelDestination: {
            country: (toTs[0] ?? toAll[0]).country,
            terminals: toTs.map((t) => t.id),
        },
        bookedAtH: departH,
        leadTimesOf,
        waiveRules: waiveAllRules ? allRules : query.waive_rules,
        ends: {
            fromHome: fromTs[0].country === network.manifest.home_country,
            toHome: toAll[0].country === network.manifest.home_country,
        },
    });
    const ctx = makeContext(q, o.conditions ?? {}, true);
    if (q.waive_rules.length > 0) {
        // the query's ids are checked against the network's rules (FILTER_UNKNOWN) before this
        const waived = q.waive_rules.map((id) => (network.legalityRules ?? []).find((r) => r.id === id) ?? { id, name: id });
        warn('LEGALITY_WAIVED', {
            rules: [...q.waive_rules],
            rule_names: waived.map((r) => r.name),
            rule_names_zh: waived.map(ruleNameZh),
        }, `what-if: legality rule(s) ${q.waive_rules.join(', ')} not applied; an answer that breaks them cannot be booked`);
    }
    if (objective === 'generalized') {
        const cost = ctx.cost;
        if (cost.valueOfTimeSource === 'network_default') {
            const perTeu = network.manifest.cargo_value_usd_per_teu.value;
            const params = {
                teu_eq: round(cost.units.teuEq, 3),
                usd_per_teu: perTeu,
                cargo_value_usd: Math.round(cost.cargoValueUsd),
                value_of_time_usd_per_h: round(cost.valueOfTimeUsdPerH, 2),
            };
            warn('DEFAULT_CARGO_VALUE', params, `no shipment.value_usd or value_of_time_usd_per_h: cargo value taken as ${params.teu_eq} TEU × ${params.usd_per_teu} USD/TEU ` +
                `(network default) = ${params.cargo_value_usd} USD, value of time ${params.value_of_time_usd_per_h} USD/h`);
        }
        else if (cost.valueOfTimeUsdPerH === 0) {
            warn('NO_VALUE_OF_TIME', {}, 'no value of time: give shipment.value_usd or value_of_time_usd_per_h; the generalized cost is money + carbon only');
        }
    }
    const req = {
        sources: nodesOf(index, fromTs),
        targets: nodesOf(index, toTs),
        departH,
        objective,
        maxTransfers: c.max_transfers,
        budgetUsd: c.budget_usd,
        deadlineH,
        signal: o.signal,
        deadlineMs: o.timeBudgetMs !== undefined ? started + o.timeBudgetMs : undefined,
        maxLabels: o.maxLabels,
    };
    const seed = o.seed ?? 1;
    const build = { departH, seed, deadlineH, draws: o.draws };
    // what the searches need to leave out rides that start a back-track (docs/decisions.md R30)
    const origins = fromTs.map((t) => t.location);
    const backtrack = backtrackPruning(index, origins, toTs.map((t) => t.location), fromTs.map((t) => index.terminalIndex.get(t.id)));
    const prunedReq = { ...req, backtrack };
    let routes;
    if (objective === 'pareto') {
        const res = searchLabels(ctx, req);
        labels += res.labels;
        if (res.truncated && res.targets.length === 0)
            throw labelCapReached(o.maxLabels);
        if (res.truncated)
            warn('PARETO_LABEL_CAP', {}, 'the label cap stopped the search; the Pareto set may be incomplete');
        const exact = paretoFilter(res.pool, res.targets);
        const full = thinNearDuplicates(res.pool, exact);
        if (full.length < exact.length)
            warn('PARETO_FOLDED', { folded: exact.length - full.length }, `${exact.length - full.length} near-duplicate route(s) of the Pareto set folded into the ones shown (within 0.5 % of cost and CO2e and 6 h of arrival)`);
        if (full.length > MAX_PARETO_ROUTES)
            warn('PARETO_CAPPED', { total: full.length, shown: MAX_PARETO_ROUTES }, `the Pareto set has ${full.length} routes; ${MAX_PARETO_ROUTES} are shown, its ends included`);
        const front = capFront(res.pool, full, MAX_PARETO_ROUTES);
        routes = front.map((l) => buildRoute(ctx, res.pool, l, build));
        releasePool(res.pool);
    }
    else {
        const k = what === 'compare' ? MAX_COMPARE_CORRIDORS : q.alternatives;
        const exploreOptions = {
            maxCorridors: k,
            maxSearches: what === 'compare' ? 2 * MAX_COMPARE_CORRIDORS : 2 * k + 4,
            key: (r, l) => labelKey(ctx, objective, departH, r.pool.money[l], r.pool.time[l], r.pool.co2[l], r.pool.hops[l]),
            // back-tracking chains only when nothing else reaches the destination (docs/decisions.md R17)
            judge: (r, l) => backtrackFinding(chainSteps(index, r.pool, l), origins),
        };
        // the searches leave out rides that start a back-track, so a refused chain does not stand in
        // for its corridor's direct route; only when that finds no route at all is the exploration made
        // again over every ride, and its best back-tracking chain is the answer alone, with a notice
        // (docs/decisions.md R17, R30)
        let explored = exploreCorridors(ctx, prunedReq, exploreOptions);
        if (explored.hits.length === 0) {
            labels += explored.labels;
            const pruned = explored;
            explored = exploreCorridors(ctx, req, exploreOptions);
            explored.truncated ||= pruned.truncated;
        }
        labels += explored.labels;
        const refusal = explored.hits[0]?.refusal;
        if (refusal) {
            const { reason } = refusal;
            warn('BACKTRACKING_ROUTE', { reason }, `every route found back-tracks; the one shown ${reason}`);
        }
        if (explored.hits.length === 0 && explored.truncated)
            throw labelCapReached(o.maxLabels);
        if (explored.truncated)
            warn('CORRIDOR_LABEL_CAP', {}, 'a search stopped at its label cap; other corridors may exist');
        let hits = explored.hits;
        if (what === 'plan')
            hits = hits.filter((h, i) => i === 0 ||
                !uselessAlternative(h, hits.slice(0, i), hits[0].key, objective === 'time' ? departH : 0));
        routes = hits.map((h) => buildRoute(ctx, h.result.pool, h.label, build));
        for (const h of explored.hits)
            releasePool(h.result.pool);
    }
    if (deadlineH !== undefined && routes.length > 0) {
        // late: the P50 arrival (of the last part, for a split shipment) is after the deadline, or the
        // departures before the deadline cannot carry the whole shipment
        const late = routes.filter((r) => Date.parse(r.arrive_p50) / 3_600_000 > deadlineH ||
            (r.capacity !== undefined && !r.capacity.complete));
        if (late.length > 0)
            warn('LATE_ROUTES_LEFT_OUT', { count: late.length }, `${late.length} route(s) left out: their P50 arrival is after the deadline`);
        routes = routes.filter((r) => !late.includes(r));
        if (routes.length === 0) {
            const short = capacityDeadlineReason(late, q.shipment, c.deadline);
            if (short)
                return result([], short);
            const earliest = late.map((r) => r.arrive_p50).sort()[0];
            return result([], {
                code: 'DEADLINE_P50',
                params: { deadline: c.deadline, earliest_p50: earliest },
                text: `no route arrives by the deadline ${c.deadline} at P50 (constraints.deadline); the earliest P50 is ${earliest}`,
            });
        }
    }
    if (objective !== 'pareto')
        routes = rankSplitRoutes(routes, objective, ctx.cost.transferPenaltyH);
    if (objective === 'cost' && what === 'plan' && q.alternatives >= 2) {
        const faster = findFasterRoute(ctx, prunedReq, routes, build, origins);
        labels += faster.labels;
        const inTime = faster.route &&
            (deadlineH === undefined || Date.parse(faster.route.arrive_p50) / 3_600_000 <= deadlineH);
        // second, in place of the last alternative when the answer is full
        if (inTime)
            routes = [routes[0], faster.route, ...routes.slice(1, q.alternatives - 1)];
        const notice = fasterOptionNotice(routes);
        if (notice)
            notices.push(notice);
    }
    if (routes.length > 0)
        for (const n of capacityNotices(routes[0], q.shipment))
            notices.push(n);
    if (routes.length > 0)
        for (const n of specialCargoNotices(routes[0], ctx.cost))
            notices.push(n);
    if (routes.length > 0)
        for (const n of specialCargoLeadNotices(routes[0]))
            notices.push(n);
    if (routes.length > 0)
        for (const n of parcelNotices(routes[0], index.network, ctx.cost))
            notices.push(n);
    if (routes.length > 0)
        for (const n of parcelDeliveryNotices(routes[0], ctx, index.network))
            notices.push(n);
    markPareto(routes);
    if (routes.length > 0) {
        const special = q.shipment.cargo.length > 0 || q.shipment.dg_class !== undefined;
        if (special && objective !== 'pareto') {
            const { cargo: _cargo, dg_class: _dg, lithium_un: _un, ...ordinaryShipment } = q.shipment;
            // ordinary cargo with the shipment's permits and approvals still to wait for (decisions
            // C14): only the services' refusals are lifted, so an option never ranks above for having
            // skipped a lead time the refused service would have waited for too
            const ordinary = makeContext({ ...q, shipment: { ...ordinaryShipment, cargo: [] } }, o.conditions ?? {}, true, false, ctx.cost);
            // the option a notice names is searched as the answer's routes are, without back-tracks (R30)
            for (const n of cargoRestrictionNotices(ctx, ordinary, prunedReq, routes[0], objective, departH, seed, q.shipment.cargo))
                warn(n.code, n.params, n.text);
        }
        if (ctx.legalityBans.length > 0 && objective !== 'pareto') {
            const waived = makeContext(q, o.conditions ?? {}, true, true);
            for (const n of legalityNotices(ctx, waived, prunedReq, routes[0], objective, departH, seed))
                warn(n.code, n.params, n.text);
        }
        return result(routes);
    }
    const hasConditions = o.conditions !== undefined && Object.keys(o.conditions).length > 0;
    const lawless = legalityBlockers(ctx, () => makeContext(q, o.conditions ?? {}, true, true), req, departH, seed);
    const relax = relaxationsFor(q, hasConditions, (patch) => {
        const q2 = {
            ...q,
            ...patch.query,
            constraints: { ...q.constraints, ...patch.constraints },
        };
        const ctx2 = makeContext(q2, patch.noConditions ? {} : (o.conditions ?? {}), !patch.noCustoms);
        const c2 = q2.constraints;
        const r = searchLabels(ctx2, {
            ...req,
            objective: 'time',
            maxTransfers: c2.max_transfers,
            budgetUsd: c2.budget_usd,
            deadlineH: c2.deadline !== undefined ? deadlineH : undefined,
            sources: nodesOf(index, fromTs),
        });
        labels += r.labels;
        releasePool(r.pool);
        return r.targets.length > 0;
    });
    // first: a route the law forbids is never offered, so when only such routes exist, that is the reason
    relax.unshift(...legalityRelaxation(lawless));
    const blocked = ctx.serviceReason
        .filter((x) => x !== null && !x.includes('mode not allowed'))
        .slice(0, 3);
    const fallback = {
        code: 'NO_CONNECTION',
        params: { from: fromTs[0].id, to: toTs.map((t) => t.id), blocked },
        text: `no connection from ${fromTs[0].id} to ${toTs.map((t) => t.id).join(', ')} in this network for this shipment${blocked.length ? ` (e.g. ${blocked.join('; ')})` : ''}`,
    };
    return result([], explainNoRoute(relax, fallback));
}
//# sourceMappingURL=create-planner.js.map