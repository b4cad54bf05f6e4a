/**
 * Corridors: the ordered gateways of a path (border crossings, and the seaport or airport where cargo
 * boards a ship or a plane), and the exploration that finds the best route per corridor by
 * gateway exclusion: search, then search again with each gateway of each new route banned in turn
 * (breadth first over ban sets), keeping the best route seen for every corridor.
 */
import { EDGE_BORDER, EDGE_HOP, MODE_PORT_GATEWAY } from "./routing-index.js";
import { searchLabels } from "./search-labels.js";
import { releasePool } from "./label-pool.js";
/** Gateway ids along the label chain ending at `label`: "border:<id>" and "port:<terminal id>". */
export function gatewaysOf(index, pool, label) {
    const out = [];
    const push = (g) => {
        if (out[out.length - 1] !== g)
            out.push(g);
    };
    for (const l of pool.chain(label)) {
        const e = pool.edge[l];
        if (e < 0)
            continue;
        const kind = index.eKind[e];
        if (kind === EDGE_BORDER)
            push(`border:${index.borders[index.eRef[e]].border.id}`);
        else if (kind === EDGE_HOP) {
            const si = index.services[index.eRef[e]];
            const i = index.eI[e];
            const j = index.eJ[e];
            if (MODE_PORT_GATEWAY[si.mode])
                push(`port:${index.terminals[si.stops[i]].id}`);
            for (let k = i; k < j; k++) {
                const b = si.legBorder[k];
                if (b >= 0)
                    push(`border:${index.borders[b].border.id}`);
            }
        }
    }
    return out;
}
/** The rides of the chain ending at `label`, as ride bans would name them (by hop edge). */
function ridesOf(index, pool, label) {
    const out = [];
    for (const l of pool.chain(label)) {
        const e = pool.edge[l];
        if (e >= 0 && index.eKind[e] === EDGE_HOP)
            out.push(`ride:${e}`);
    }
    return out;
}
function setBans(ctx, bans, value, noRide) {
    for (const g of bans) {
        if (g.startsWith('ride:')) {
            const e = Number(g.slice(5));
            if (value)
                noRide.add(e);
            else
                noRide.delete(e);
            continue;
        }
        ctx.gatewayBans.count += value ? 1 : -1;
        if (g.startsWith('border:')) {
            const b = ctx.index.borderIndex.get(g.slice(7));
            if (b !== undefined)
                ctx.gatewayBorderBan[b] = value;
        }
        else {
            const t = ctx.index.terminalIndex.get(g.slice(5));
            if (t !== undefined)
                ctx.gatewayPortBan[t] = value;
        }
    }
}
/** Gateways of a route found for `bans` minus one gateway that uses none of `bans`, if any. */
function knownAnswer(found, bans) {
    if (bans.length < 2)
        return undefined;
    for (let k = 0; k < bans.length; k++) {
        const sub = bans.filter((_, i) => i !== k).join('|');
        const route = found.get(sub);
        if (route &&
            !route.gateways.some((g) => bans.includes(g)) &&
            !route.rides.some((c) => bans.includes(c)))
            return route;
    }
    return undefined;
}
/**
 * Best route per corridor, best first. Leaves the context's gateway bans cleared. Pools of searches
 * that gave no kept hit are released for reuse; the caller may release the hits' pools when done.
 */
export function exploreCorridors(ctx, req, opts) {
    const best = new Map();
    const refused = new Map();
    const queue = [[]];
    const seen = new Set(['']);
    let searches = 0;
    let labels = 0;
    let truncated = false;
    // routes found per ban set (joined id → its gateways and rides), to skip searches whose answer is
    // known
    const found = new Map();
    const noRide = new Set();
    const searchReq = opts.judge ? { ...req, noRide } : req;
    let maxSearches = opts.maxSearches;
    const enqueue = (bans, gateways) => {
        for (const g of gateways) {
            const next = [...bans, g].sort();
            const id = next.join('|');
            if (seen.has(id))
                continue;
            seen.add(id);
            queue.push(next);
        }
    };
    while (queue.length > 0 && searches < maxSearches && best.size < opts.maxCorridors) {
        const bans = queue.shift();
        // Banning more gateways only removes routes: when the search of a ban set with one gateway fewer
        // found a route through none of these gateways, that route is the best here too. It counts as a
        // search (so exploration and its limits are unchanged) but runs none.
        const known = knownAnswer(found, bans);
        if (known) {
            searches++;
            found.set(bans.join('|'), known);
            enqueue(bans, known.gateways);
            continue;
        }
        setBans(ctx, bans, 1, noRide);
        let result;
        try {
            result = searchLabels(ctx, searchReq);
        }
        finally {
            setBans(ctx, bans, 0, noRide);
        }
        searches++;
        labels += result.labels;
        truncated ||= result.truncated;
        const label = result.targets[0];
        if (label === undefined) {
            releasePool(result.pool);
            continue;
        }
        const gateways = gatewaysOf(ctx.index, result.pool, label);
        found.set(bans.join('|'), { gateways, rides: ridesOf(ctx.index, result.pool, label) });
        const corridorId = gateways.join('>');
        const key = opts.key(result, label);
        const refusal = opts.judge?.(result, label) ?? undefined;
        const kept = refusal ? refused : best;
        if (refusal) {
            // first look for this corridor without the ride that turns it back, then without the ride
            // that brought the cargo to the turn (R32); each a hop edge, so a ride from a source
            // terminal may go too: the service's other stops stay open
            const turns = [refusal.ride, refusal.rideBefore].filter((r) => r !== undefined);
            for (const ride of turns.reverse()) {
                const ban = `ride:${ride}`;
                const next = bans.includes(ban) ? undefined : [...bans, ban].sort();
                if (!next || seen.has(next.join('|')))
                    continue;
                seen.add(next.join('|'));
                queue.unshift(next);
                if (maxSearches < opts.maxSearches + 2 * opts.maxCorridors)
                    maxSearches++;
            }
        }
        const prev = kept.get(corridorId);
        if (!prev ||
            key < prev.key ||
            (key === prev.key && result.pool.money[label] < prev.result.pool.money[prev.label])) {
            kept.set(corridorId, {
                corridorId,
                gateways,
                result,
                label,
                key,
                ...(refusal ? { refusal } : {}),
            });
            // the replaced hit's labels are read by no one any more
            if (prev)
                releasePool(prev.result.pool);
        }
        else
            releasePool(result.pool);
        enqueue(bans, gateways);
    }
    const money = (h) => h.result.pool.money[h.label];
    const byKey = (a, b) => a.key - b.key || money(a) - money(b);
    let hits = [...best.values()].sort(byKey);
    if (hits.length === 0)
        hits = [...refused.values()].sort(byKey).slice(0, 1);
    // pools of refused hits that are not returned are read by no one any more
    for (const h of refused.values())
        if (!hits.includes(h))
            releasePool(h.result.pool);
    return {
        hits,
        searches,
        labels,
        truncated,
    };
}
//# sourceMappingURL=corridors.js.map