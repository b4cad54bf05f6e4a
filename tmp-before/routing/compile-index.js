/**
 * Compiles a Network into the routing index (routing-index.ts). Runs once per network; queries then
 * only read the arrays. Median dwell of borders crossed on board, in the direction the leg crosses
 * (docs/decisions.md D2, T15), goes into the service's offsets, so planned arrivals at later stops
 * include it.
 */
import { medianOf } from "../costing/index.js";
import { cargoStopsOf, dwellInto, isLandMode, isParcelProduct, sideEnteredIn, } from "../model/index.js";
import { EDGE_BORDER, EDGE_HOP, EDGE_TRANSFER, modeCode, MODE_LIST, } from "./routing-index.js";
import { compileSchedule, cutoffHOf } from "./schedule.js";
import { fixedTz, tzTable } from "./time-zones.js";
function dayToEpochH(date) {
    return Date.parse(`${date}T00:00:00Z`) / 3_600_000;
}
function zoneOf(t, warnings) {
    try {
        return tzTable(t.timezone);
    }
    catch {
        warnings.push(`terminal ${t.id}: unknown time zone "${t.timezone}", using the offset of its longitude`);
        return fixedTz(t.timezone, Math.round(t.location.lon / 15));
    }
}
/**
 * How the hops of one service are priced: a pair with entries of its own is priced by them; a pair
 * without takes the service's rule (through_rate and distance_share point at another pair's
 * entries, per_km is priced per query from the hop's km); with neither it is not sold (null).
 * Pairs are registered in `pairs` once each, so a query prices each pair once.
 */
function pricing(s, si, stopIds, pairs) {
    const byPair = new Map();
    for (const t of s.tariffs) {
        const key = `${t.from}|${t.to}`;
        const list = byPair.get(key);
        if (list)
            list.push(t);
        else
            byPair.set(key, [t]);
    }
    const registered = new Map();
    const pairOf = (from, to) => {
        const key = `${from}|${to}`;
        const known = registered.get(key);
        if (known !== undefined)
            return known;
        const tariffs = byPair.get(key);
        if (!tariffs)
            return -1;
        registered.set(key, pairs.length);
        pairs.push({ service: si, tariffs });
        return pairs.length - 1;
    };
    const first = stopIds[0];
    const last = stopIds[stopIds.length - 1];
    const rule = s.tariff_rule?.kind;
    // a parcel product sells the pairs its parcel tariffs name, each priced by its first tariff
    // (docs/decisions.md C4); it sells nothing else
    if (isParcelProduct(s)) {
        const parcelPairs = new Map();
        return (i, j) => {
            const key = `${stopIds[i]}|${stopIds[j]}`;
            let p = parcelPairs.get(key);
            if (p === undefined) {
                const parcel = s.parcel_tariffs?.find((t) => t.from.includes(stopIds[i]) && t.to.includes(stopIds[j]));
                p = parcel ? pairs.push({ service: si, tariffs: [], parcel }) - 1 : -1;
                parcelPairs.set(key, p);
            }
            return p >= 0 ? { pair: p, share: 1 } : null;
        };
    }
    return (i, j, frac) => {
        const from = stopIds[i];
        const to = stopIds[j];
        const own = pairOf(from, to);
        if (own >= 0)
            return { pair: own, share: 1 };
        if (rule === 'per_km')
            return { pair: -1, share: 1 };
        if (rule === 'through_rate') {
            const through = [pairOf(first, to), pairOf(from, last), pairOf(first, last)].find((p) => p >= 0);
            return through === undefined ? null : { pair: through, share: 1 };
        }
        if (rule === 'distance_share') {
            const whole = pairOf(first, last);
            return whole >= 0 ? { pair: whole, share: frac } : null;
        }
        return null;
    };
}
export function compileIndex(network) {
    const warnings = [];
    const terminals = [...network.terminals.values()];
    const terminalIndex = new Map(terminals.map((t, i) => [t.id, i]));
    // customs.yaml files the regimes of one country: leaving it is export, entering it import
    const home = network.manifest.home_country;
    const terminalHome = Uint8Array.from(terminals, (t) => (t.country === home ? 1 : 0));
    // nodes: one per terminal × mode (modes filed on the terminal and modes of services stopping there)
    const nodeByKey = new Map();
    const nodeKey = [];
    const nodeT = [];
    const nodeM = [];
    const terminalNodes = terminals.map(() => []);
    const nodeOf = (ti, mode) => {
        const key = `${terminals[ti].id}@${mode}`;
        let v = nodeByKey.get(key);
        if (v === undefined) {
            v = nodeKey.length;
            nodeByKey.set(key, v);
            nodeKey.push(key);
            nodeT.push(ti);
            nodeM.push(modeCode(mode));
            terminalNodes[ti].push(v);
        }
        return v;
    };
    terminals.forEach((t, ti) => t.modes.forEach((m) => nodeOf(ti, m)));
    // borders
    const borders = [];
    const borderIndex = new Map();
    const borderByPair = new Map();
    for (const b of network.borders.values()) {
        const a = terminalIndex.get(b.sides[0]);
        const c = terminalIndex.get(b.sides[1]);
        if (a === undefined || c === undefined) {
            warnings.push(`border ${b.id}: unknown side terminal`);
            continue;
        }
        nodeOf(a, b.mode);
        nodeOf(c, b.mode);
        const closures = new Float64Array(b.closures.length * 2);
        b.closures.forEach((cl, k) => {
            closures[2 * k] = dayToEpochH(cl.from);
            closures[2 * k + 1] = dayToEpochH(cl.to) + 24;
        });
        borderIndex.set(b.id, borders.length);
        // keyed by mode too: a rail and a road crossing often join the same two terminals
        borderByPair.set(`${a}|${c}|${b.mode}`, borders.length);
        borderByPair.set(`${c}|${a}|${b.mode}`, borders.length);
        const dwell = [dwellInto(b, b.sides[1]), dwellInto(b, b.sides[0])];
        borders.push({
            border: b,
            a,
            b: c,
            mode: modeCode(b.mode),
            dwell,
            dwellH: [medianOf(dwell[0]), medianOf(dwell[1])],
            gaugeTimeH: b.gauge_change && b.mode === 'rail' ? b.gauge_change.time_h.value : 0,
            closures,
        });
    }
    /** The border a leg between two countries crosses: the pair filed, else one with a side at either end. */
    const borderForLeg = (from, to, mode) => {
        const exact = borderByPair.get(`${from}|${to}|${MODE_LIST[mode]}`);
        if (exact !== undefined)
            return exact;
        const fromC = terminals[from].country;
        const toC = terminals[to].country;
        let found = -1;
        borders.forEach((bi, k) => {
            if (found >= 0 || bi.mode !== mode)
                return;
            const ca = terminals[bi.a].country;
            const cb = terminals[bi.b].country;
            if ((bi.a === from && cb === toC) ||
                (bi.b === from && ca === toC) ||
                (bi.b === to && ca === fromC) ||
                (bi.a === to && cb === fromC)) {
                found = k;
            }
        });
        return found;
    };
    // edges, collected then sorted into CSR
    const E = {
        from: [],
        to: [],
        kind: [],
        ref: [],
        i: [],
        j: [],
    };
    const F = {
        km: [],
        time: [],
        co2: [],
        frac: [],
        leaves: [],
        pair: [],
        share: [],
    };
    const addEdge = (from, to, kind, ref, i, j, km, time, co2, frac, leaves, pair = -1, share = 0) => {
        E.from.push(from);
        E.to.push(to);
        E.kind.push(kind);
        E.ref.push(ref);
        E.i.push(i);
        E.j.push(j);
        F.km.push(km);
        F.time.push(time);
        F.co2.push(co2);
        F.frac.push(frac);
        F.leaves.push(leaves);
        F.pair.push(pair);
        F.share.push(share);
    };
    const tariffPairs = [];
    // services → hop edges
    const services = [];
    const serviceIndex = new Map();
    for (const s of network.services.values()) {
        const stopIds = [s.legs[0].from, ...s.legs.map((l) => l.to)];
        const stops = stopIds.map((id) => terminalIndex.get(id) ?? -1);
        if (stops.some((x) => x < 0)) {
            warnings.push(`service ${s.id}: a stop is not a known terminal; service left out`);
            continue;
        }
        const mode = modeCode(s.mode);
        const n = stops.length;
        const depOffH = new Array(n).fill(0);
        const arrOffH = new Array(n).fill(0);
        const cumKm = new Array(n).fill(0);
        const cumCo2PerT = new Array(n).fill(0);
        const legBorder = new Array(n - 1).fill(-1);
        const legBorderDir = new Array(n - 1).fill(0);
        s.legs.forEach((leg, k) => {
            const from = stops[k];
            const to = stops[k + 1];
            let extra = 0;
            // sea and air cross borders without a border crossing (docs/decisions.md D2 covers land borders)
            if (isLandMode(s.mode) && terminals[from].country !== terminals[to].country) {
                const b = borderForLeg(from, to, mode);
                if (b < 0)
                    warnings.push(`service ${s.id}: leg ${leg.from}→${leg.to} crosses a border with none filed`);
                else {
                    legBorder[k] = b;
                    const bi = borders[b];
                    const into = sideEnteredIn(network, bi.border, leg.from, leg.to);
                    const dir = into === bi.border.sides[1] ? 0 : 1;
                    legBorderDir[k] = dir;
                    extra = bi.dwellH[dir] + bi.gaugeTimeH;
                }
            }
            const factorId = leg.emission_factor ?? s.emission_factor;
            const factor = network.emissionFactors.get(factorId);
            if (!factor)
                warnings.push(`service ${s.id}: unknown emission factor ${factorId}`);
            arrOffH[k + 1] = depOffH[k] + leg.duration_h.value + extra;
            depOffH[k + 1] = arrOffH[k + 1] + (k + 1 < n - 1 ? (leg.stop_h?.value ?? 0) : 0);
            cumKm[k + 1] = cumKm[k] + leg.distance_km.value;
            cumCo2PerT[k + 1] =
                cumCo2PerT[k] + leg.distance_km.value * (factor?.co2e_kg_per_tkm.value ?? 0);
        });
        const first = terminals[stops[0]];
        const info = {
            service: s,
            mode,
            stops,
            depOffH,
            arrOffH,
            cumKm,
            cumCo2PerT,
            legBorder,
            legBorderDir,
            hasClosures: legBorder.some((b) => b >= 0 && borders[b].closures.length > 0),
            totalKm: cumKm[n - 1],
            schedule: compileSchedule(s.schedule, zoneOf(first, warnings), cutoffHOf(network.manifest, s)),
            delay: s.delay_h,
            parcelProduct: isParcelProduct(s),
        };
        const si = services.length;
        serviceIndex.set(s.id, si);
        services.push(info);
        // cargo boards only at loading stops and leaves only at unloading stops (absent: the first and
        // the last stop); border, crew and technical stops are neither, so no hop starts or ends there
        const { loads, unloads } = cargoStopsOf(s);
        const price = pricing(s, si, stopIds, tariffPairs);
        for (let i = 0; i < n - 1; i++) {
            if (!loads.has(stopIds[i]))
                continue;
            const vi = nodeOf(stops[i], s.mode);
            let leaves = 0;
            for (let j = i + 1; j < n; j++) {
                if (terminalHome[stops[i]] && !terminalHome[stops[j]])
                    leaves = 1;
                if (stops[j] === stops[i])
                    continue;
                if (!unloads.has(stopIds[j]))
                    continue;
                const km = cumKm[j] - cumKm[i];
                const frac = info.totalKm > 0 ? km / info.totalKm : (j - i) / (n - 1);
                // a pair with no entry and no rule to price it is not sold: no hop
                const priced = price(i, j, frac);
                if (priced === null)
                    continue;
                addEdge(vi, nodeOf(stops[j], s.mode), EDGE_HOP, si, i, j, km, arrOffH[j] - depOffH[i], cumCo2PerT[j] - cumCo2PerT[i], frac, leaves, priced.pair, priced.share);
            }
        }
    }
    // transfers between the modes of a terminal
    const handling = [];
    const defaults = network.manifest.default_handling;
    const ruleFor = (rules, a, b) => rules.find((r) => (r.modes[0] === a && r.modes[1] === b) || (r.modes[0] === b && r.modes[1] === a));
    let missingRules = 0;
    terminals.forEach((t, ti) => {
        for (const v of terminalNodes[ti]) {
            for (const w of terminalNodes[ti]) {
                if (v === w)
                    continue;
                const a = MODE_LIST[nodeM[v]];
                const b = MODE_LIST[nodeM[w]];
                const rule = ruleFor(t.handling, a, b) ?? ruleFor(defaults, a, b);
                if (!rule) {
                    missingRules++;
                    continue;
                }
                addEdge(v, w, EDGE_TRANSFER, handling.length, 0, 0, 0, rule.time_h.value, 0, 0, 0);
                handling.push({ terminal: ti, fromMode: nodeM[v], toMode: nodeM[w], rule });
            }
        }
    });
    const reboardRules = [];
    const reboardRule = new Int32Array(nodeKey.length).fill(-1);
    for (let v = 0; v < nodeKey.length; v++) {
        const t = terminals[nodeT[v]];
        const m = MODE_LIST[nodeM[v]];
        const same = ruleFor(t.handling, m, m) ?? ruleFor(defaults, m, m);
        const involving = [...t.handling, ...defaults].filter((r) => r.modes.includes(m));
        const rule = same ?? involving.sort((a, b) => a.cost_usd_per_teu.value - b.cost_usd_per_teu.value)[0];
        if (rule) {
            reboardRule[v] = reboardRules.length;
            reboardRules.push(rule);
        }
    }
    if (missingRules > 0)
        warnings.push(`${missingRules} mode pairs inside terminals have no handling rule and allow no transfer`);
    // border edges between the two sides
    borders.forEach((bi, k) => {
        const m = MODE_LIST[bi.mode];
        const va = nodeOf(bi.a, m);
        const vb = nodeOf(bi.b, m);
        addEdge(va, vb, EDGE_BORDER, k, 0, 0, 0, bi.dwellH[0] + bi.gaugeTimeH, 0, 0, terminalHome[bi.a] && !terminalHome[bi.b] ? 1 : 0);
        if (bi.border.both_directions)
            addEdge(vb, va, EDGE_BORDER, k, 1, 0, 0, bi.dwellH[1] + bi.gaugeTimeH, 0, 0, terminalHome[bi.b] && !terminalHome[bi.a] ? 1 : 0);
    });
    // CSR
    const nodeCount = nodeKey.length;
    const m = E.from.length;
    const offsets = new Int32Array(nodeCount + 1);
    for (const f of E.from)
        offsets[f + 1]++;
    for (let v = 0; v < nodeCount; v++)
        offsets[v + 1] += offsets[v];
    const cursor = offsets.slice(0, nodeCount);
    const order = new Int32Array(m);
    for (let e = 0; e < m; e++)
        order[cursor[E.from[e]]++] = e;
    const pick = (arr, src) => {
        for (let k = 0; k < m; k++)
            arr[k] = src[order[k]];
        return arr;
    };
    const nodeXyz = new Float64Array(nodeCount * 3);
    for (let v = 0; v < nodeCount; v++) {
        const loc = terminals[nodeT[v]].location;
        const lat = (loc.lat * Math.PI) / 180;
        const lon = (loc.lon * Math.PI) / 180;
        nodeXyz[3 * v] = Math.cos(lat) * Math.cos(lon);
        nodeXyz[3 * v + 1] = Math.cos(lat) * Math.sin(lon);
        nodeXyz[3 * v + 2] = Math.sin(lat);
    }
    return {
        network,
        warnings,
        terminals,
        terminalIndex,
        terminalHome,
        terminalNodes,
        nodeCount,
        nodeTerminal: Int32Array.from(nodeT),
        nodeMode: Uint8Array.from(nodeM),
        nodeXyz,
        nodeKey,
        nodeByKey,
        edgeCount: m,
        offsets,
        eFrom: pick(new Int32Array(m), E.from),
        eTo: pick(new Int32Array(m), E.to),
        eKind: pick(new Uint8Array(m), E.kind),
        eRef: pick(new Int32Array(m), E.ref),
        eI: pick(new Int32Array(m), E.i),
        eJ: pick(new Int32Array(m), E.j),
        eKm: pick(new Float64Array(m), F.km),
        eTimeH: pick(new Float64Array(m), F.time),
        eCo2PerT: pick(new Float64Array(m), F.co2),
        eFrac: pick(new Float64Array(m), F.frac),
        ePair: pick(new Int32Array(m), F.pair),
        eShare: pick(new Float64Array(m), F.share),
        tariffPairs,
        eLeavesCn: pick(new Uint8Array(m), F.leaves),
        services,
        serviceIndex,
        borders,
        borderIndex,
        handling,
        reboardRule,
        reboardRules,
    };
}
//# sourceMappingURL=compile-index.js.map