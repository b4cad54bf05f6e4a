export const H_PER_DAY = 24;
/** Hours of a scenario's warm-up: simulated, its bookings not counted (KPIs, borders, subsidies). */
export function warmupHoursOf(scenario) {
    return (scenario.horizon.warmup_days ?? 0) * H_PER_DAY;
}
/** Hours from the horizon start of a date, at 00:00 UTC. */
export function dateToH(startIso, date) {
    return (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${startIso}T00:00:00Z`)) / 3_600_000;
}
export function windowOf(scenario, w) {
    const start = w.from ? dateToH(scenario.horizon.start, w.from) : 0;
    const end = w.until
        ? dateToH(scenario.horizon.start, w.until)
        : w.days !== undefined
            ? start + w.days * H_PER_DAY
            : Number.POSITIVE_INFINITY;
    return { start_h: start, end_h: end };
}
function servicesOf(network, e) {
    if (e.service !== undefined)
        return [e.service];
    if (e.service_kind !== undefined)
        return [...network.services.values()].filter((s) => s.kind === e.service_kind).map((s) => s.id);
    return [];
}
/**
 * The services a capacity event scales: those it names (by id or kind), else every service calling at
 * the terminal it names (a terminal's capacity is the room on the departures that serve it).
 */
function capacityTargets(network, e) {
    if (e.service !== undefined || e.service_kind !== undefined)
        return servicesOf(network, e);
    const terminal = e.terminal;
    if (terminal === undefined)
        return [];
    return [...network.services.values()]
        .filter((s) => s.legs.some((l) => l.from === terminal || l.to === terminal))
        .map((s) => s.id);
}
/**
 * True for an event that changes nothing whatever its window: a factor of 1 (rate, capacity,
 * frequency) or an extra of 0 h (dwell, running time). Such an event must not cut the horizon, or the
 * results would depend on where an identity was written down.
 */
function isNoOpEvent(e) {
    if (e.type === 'rate' || e.type === 'capacity' || e.type === 'frequency')
        return e.factor === 1;
    if (e.type === 'dwell' || e.type === 'running_time')
        return e.extra_h === 0;
    return false;
}
/** What an epoch does, as a string: two adjacent epochs with the same signature are one epoch. */
function signatureOf(epoch) {
    const sorted = (m) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify([
        conditionsKey(conditionsOf(epoch, new Set())),
        sorted(epoch.capacityFactor),
        sorted(epoch.borderCapacityFactor),
        epoch.policies.map((p) => p.id).sort(),
    ]);
}
/**
 * Cuts the horizon at each start and end of an event or policy (and of closures filed in the
 * network), then joins adjacent epochs in which the same things hold: epochs are where conditions
 * change, not where a file says something (an event of factor 1, or two back-to-back windows of the
 * same event, leave no cut). The engine asks for route options and re-tries stranded shipments per
 * epoch, so a cut that changes nothing must not exist.
 */
export function buildEpochs(scenario, network) {
    const raw = cutEpochs(scenario, network);
    const out = [];
    let lastSignature = '';
    for (const epoch of raw) {
        const signature = signatureOf(epoch);
        const prev = out[out.length - 1];
        if (prev && signature === lastSignature)
            out[out.length - 1] = { ...prev, end_h: epoch.end_h };
        else
            out.push(epoch);
        lastSignature = signature;
    }
    return out;
}
function cutEpochs(scenario, network) {
    const horizonH = scenario.horizon.days * H_PER_DAY;
    const filed = [...network.borders.values()].flatMap((b) => b.closures.map((c) => ({
        type: 'closure',
        border: b.id,
        from: c.from,
        until: c.to,
        reason: c.reason,
    })));
    const events = [...filed, ...scenario.events]
        .filter((e) => !isNoOpEvent(e))
        .map((e) => ({ e, w: windowOf(scenario, e) }));
    const policies = scenario.policies.map((p) => ({ p, w: windowOf(scenario, p) }));
    const cuts = new Set([0]);
    for (const { w } of [...events, ...policies]) {
        if (w.start_h > 0 && w.start_h < horizonH)
            cuts.add(w.start_h);
        if (w.end_h > 0 && w.end_h < horizonH)
            cuts.add(w.end_h);
    }
    const starts = [...cuts].sort((a, b) => a - b);
    return starts.map((start, i) => {
        const end = starts[i + 1] ?? Number.POSITIVE_INFINITY;
        const active = events
            .filter(({ w }) => w.start_h <= start && w.end_h > start)
            .map(({ e }) => e);
        const closedServices = new Set();
        const closedBorders = new Set();
        const closedTerminals = new Set();
        const closedCountries = new Set();
        const capacityFactor = new Map();
        const borderCapacityFactor = new Map();
        const extraDwellH = new Map();
        for (const e of active) {
            if (e.type === 'closure') {
                for (const s of servicesOf(network, e))
                    closedServices.add(s);
                if (e.border)
                    closedBorders.add(e.border);
                if (e.terminal)
                    closedTerminals.add(e.terminal);
                if (e.country)
                    closedCountries.add(e.country);
            }
            else if (e.type === 'capacity') {
                for (const s of capacityTargets(network, e))
                    capacityFactor.set(s, (capacityFactor.get(s) ?? 1) * e.factor);
                if (e.border)
                    borderCapacityFactor.set(e.border, (borderCapacityFactor.get(e.border) ?? 1) * e.factor);
            }
            else if (e.type === 'dwell' && e.border) {
                extraDwellH.set(e.border, (extraDwellH.get(e.border) ?? 0) + e.extra_h);
            }
        }
        // factors that multiply out to 1 and extras that add up to 0 change nothing
        for (const [k, f] of capacityFactor)
            if (f === 1)
                capacityFactor.delete(k);
        for (const [k, f] of borderCapacityFactor)
            if (f === 1)
                borderCapacityFactor.delete(k);
        for (const [k, h] of extraDwellH)
            if (h === 0)
                extraDwellH.delete(k);
        return {
            start_h: start,
            end_h: end,
            events: active,
            policies: policies.filter(({ w }) => w.start_h <= start && w.end_h > start).map(({ p }) => p),
            closedServices,
            closedBorders,
            closedTerminals,
            closedCountries,
            capacityFactor,
            borderCapacityFactor,
            extraDwellH,
        };
    });
}
/** The Conditions of an epoch for the planner, leaving out subsidies whose budget is spent. */
export function conditionsOf(epoch, exhausted) {
    const tariff = {};
    const running = {};
    const dwell = {};
    for (const e of epoch.events) {
        const key = e.service ?? e.service_kind;
        if (e.type === 'rate' && key)
            tariff[key] = (tariff[key] ?? 1) * e.factor;
        if (e.type === 'running_time' && key)
            running[key] = (running[key] ?? 0) + e.extra_h;
    }
    for (const [k, f] of Object.entries(tariff))
        if (f === 1)
            delete tariff[k];
    for (const [k, h] of Object.entries(running))
        if (h === 0)
            delete running[k];
    for (const [b, h] of [...epoch.extraDwellH].sort(([a], [c]) => (a < c ? -1 : 1)))
        dwell[b] = h;
    const subsidies = epoch.policies
        .filter((p) => !exhausted.has(p.id))
        .map((p) => ({
        id: p.id,
        per: p.per,
        amount_usd: p.amount_usd,
        ...(p.service_kinds ? { service_kinds: p.service_kinds } : {}),
        ...(p.service_ids ? { service_ids: p.service_ids } : {}),
        ...(p.from_terminals ? { from_terminals: p.from_terminals } : {}),
    }));
    return {
        ...(epoch.closedServices.size ? { closed_services: [...epoch.closedServices].sort() } : {}),
        ...(epoch.closedBorders.size ? { closed_borders: [...epoch.closedBorders].sort() } : {}),
        ...(epoch.closedTerminals.size ? { closed_terminals: [...epoch.closedTerminals].sort() } : {}),
        ...(epoch.closedCountries.size ? { closed_countries: [...epoch.closedCountries].sort() } : {}),
        ...(Object.keys(tariff).length ? { tariff_factor: sortedRecord(tariff) } : {}),
        ...(Object.keys(running).length ? { extra_running_h: sortedRecord(running) } : {}),
        ...(Object.keys(dwell).length ? { extra_dwell_h: dwell } : {}),
        ...(subsidies.length ? { subsidies } : {}),
    };
}
/** The record with its keys in sorted order, so equal conditions give equal keys whatever the event order. */
function sortedRecord(r) {
    return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
}
/** A stable key of a Conditions object (functions left out), for caching route options. */
export function conditionsKey(c) {
    return JSON.stringify(c, (k, v) => (k === 'isDepartureFull' ? undefined : v));
}
/** Index of the epoch that holds at hour `h` (epochs are sorted and contiguous). */
export function epochAt(epochs, h) {
    let lo = 0;
    let hi = epochs.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (epochs[mid].start_h <= h)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
//# sourceMappingURL=timeline.js.map