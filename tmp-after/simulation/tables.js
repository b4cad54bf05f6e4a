/**
 * Research tables of one replication in long ("tidy") format: one row per shipment, per flow and day,
 * per border and day, per service departure. Columns are typed (so Parquet keeps integers, doubles
 * and nulls apart) and rows come in a fixed order, so the same inputs give the same bytes: shards of
 * replications can be merged by concatenation. Pure: the engine fills them, writers serialise them.
 */
export const TABLE_NAMES = ['shipments', 'flows_by_day', 'borders_by_day', 'departures'];
/** A table from its column specs; `rows` fills the values in order. */
function table(name, specs) {
    const columns = specs.map(([n, type, description]) => ({
        name: n,
        type,
        description,
        values: [],
    }));
    return {
        name,
        columns,
        push(row) {
            for (let i = 0; i < columns.length; i++)
                columns[i].values.push(row[i] ?? null);
        },
    };
}
const SHIPMENT_COLUMNS = [
    ['replication', 'int', 'replication number (0-based)'],
    ['flow', 'string', 'demand flow id (csv for rows of a shipments CSV)'],
    ['flow_seq', 'int', "the shipment's number within its flow (0-based, in booking order)"],
    ['from', 'string', 'origin terminal id'],
    ['to', 'string', 'destination terminal id'],
    ['teu', 'double', 'TEU-equivalent the shipment takes (kg converted at the network t/TEU)'],
    ['status', 'string', 'delivered | in_transit | waiting (not yet departed) | stranded (no route)'],
    ['mode', 'string', 'main mode of the route followed at the end (null when none was found)'],
    ['corridor', 'string', 'corridor label of the route followed at the end'],
    ['booked_day', 'double', 'days from the horizon start when the cargo was ready and booked'],
    ['departed_day', 'double', 'days from the horizon start of the first departure (null if none)'],
    ['arrived_day', 'double', 'days from the horizon start of delivery (null if not delivered)'],
    [
        'promised_day',
        'double',
        'arrival promised at booking: first timetabled departure + P90 (null if none)',
    ],
    ['transit_days', 'double', 'arrived_day − booked_day (null if not delivered)'],
    ['wait_first_departure_h', 'double', 'hours from booking to the first departure (null if none)'],
    [
        'border_h',
        'double',
        'hours from arriving at border crossings to leaving them: queue, dwell, extra dwell',
    ],
    ['cost_usd', 'double', 'money paid so far: tariffs, handling, border fees, less subsidies'],
    ['co2e_kg', 'double', 'CO2e so far (well-to-wheel, as the network files give it)'],
    ['subsidy_usd', 'double', 'subsidy paid on this shipment'],
    ['replanned', 'bool', 'changed route after a closure or a capacity overflow'],
];
const FLOW_DAY_COLUMNS = [
    ['replication', 'int', 'replication number (0-based)'],
    ['flow', 'string', 'demand flow id'],
    ['day', 'int', 'day of the horizon (0-based)'],
    ['booked_shipments', 'int', 'shipments booked (ready) that day'],
    ['booked_teu', 'double', 'TEU booked that day'],
    ['departed_teu', 'double', 'TEU that left on their first departure that day'],
    ['delivered_teu', 'double', 'TEU delivered that day'],
];
const BORDER_DAY_COLUMNS = [
    ['replication', 'int', 'replication number (0-based)'],
    ['border', 'string', 'border crossing id'],
    ['day', 'int', 'day of the horizon (0-based)'],
    ['unit', 'string', "unit of the border's capacity: trains, trucks, teu or unlimited"],
    ['queue', 'double', 'units waiting at 00:00 UTC of the day'],
];
const DEPARTURE_COLUMNS = [
    ['replication', 'int', 'replication number (0-based)'],
    ['service', 'string', 'service id'],
    ['departure', 'int', 'departure number within the horizon (0-based)'],
    ['departure_day', 'double', 'days from the horizon start of the departure from the first stop'],
    ['offered_teu', 'double', 'TEU offered (filed capacity × capacity events)'],
    ['booked_teu', 'double', 'TEU booked on the fullest leg'],
    ['load_factor', 'double', 'booked_teu / offered_teu'],
];
const day = (h) => (Number.isFinite(h) ? h / 24 : null);
const orNull = (x) => (Number.isFinite(x) ? x : null);
/**
 * The four tables of one replication. Shipments are ordered by flow (in the scenario's order) and
 * their number within the flow; flows × day by flow then day; borders and services by id order of
 * the network.
 */
export function replicationTables(input) {
    const r = input.replication;
    const flowOrder = new Map(input.flows.map((f, i) => [f, i]));
    const sorted = [...input.shipments].sort((a, b) => (flowOrder.get(a.flow) ?? 1e9) - (flowOrder.get(b.flow) ?? 1e9) ||
        (a.flow < b.flow ? -1 : a.flow > b.flow ? 1 : 0) ||
        a.flow_seq - b.flow_seq);
    const shipments = table('shipments', SHIPMENT_COLUMNS);
    for (const s of sorted) {
        const delivered = s.status === 'delivered';
        shipments.push([
            r,
            s.flow,
            s.flow_seq,
            s.from,
            s.to,
            s.teu,
            s.status,
            s.mode,
            s.corridor,
            s.booked_h / 24,
            day(s.departed_h),
            delivered ? day(s.arrived_h) : null,
            s.promised_h >= 0 ? day(s.promised_h) : null,
            delivered ? (s.arrived_h - s.booked_h) / 24 : null,
            orNull(s.departed_h - s.booked_h),
            s.border_h,
            s.cost_usd,
            s.co2e_kg,
            s.subsidy_usd,
            s.replanned,
        ]);
    }
    const flowIds = [...new Set([...input.flows, ...sorted.map((s) => s.flow)])];
    const perFlow = new Map(flowIds.map((f) => [
        f,
        {
            n: new Float64Array(input.days),
            booked: new Float64Array(input.days),
            departed: new Float64Array(input.days),
            delivered: new Float64Array(input.days),
        },
    ]));
    const at = (h) => Math.floor(h / 24);
    for (const s of sorted) {
        const f = perFlow.get(s.flow);
        const b = at(s.booked_h);
        if (b >= 0 && b < input.days) {
            f.n[b]++;
            f.booked[b] += s.teu;
        }
        const d = at(s.departed_h);
        if (d >= 0 && d < input.days)
            f.departed[d] += s.teu;
        const a = at(s.arrived_h);
        if (s.status === 'delivered' && a >= 0 && a < input.days)
            f.delivered[a] += s.teu;
    }
    const flowsByDay = table('flows_by_day', FLOW_DAY_COLUMNS);
    for (const [flow, f] of perFlow)
        for (let d = 0; d < input.days; d++)
            flowsByDay.push([r, flow, d, f.n[d], f.booked[d], f.departed[d], f.delivered[d]]);
    const bordersByDay = table('borders_by_day', BORDER_DAY_COLUMNS);
    for (const [border, q] of input.borders)
        for (let d = 0; d < input.days; d++)
            bordersByDay.push([r, border, d, q.unit, q.by_day[d] ?? 0]);
    const departures = table('departures', DEPARTURE_COLUMNS);
    for (const [service, dep] of input.departures)
        for (let i = 0; i < dep.times_h.length; i++) {
            const offered = dep.offered_teu[i];
            if (!Number.isFinite(offered))
                continue; // no filed capacity: nothing to load
            const booked = offered - dep.remaining_teu[i];
            departures.push([
                r,
                service,
                i,
                dep.times_h[i] / 24,
                offered,
                booked,
                offered > 0 ? booked / offered : null,
            ]);
        }
    return {
        shipments: stripPush(shipments),
        flows_by_day: stripPush(flowsByDay),
        borders_by_day: stripPush(bordersByDay),
        departures: stripPush(departures),
    };
}
/** A plain Table (structured-clone friendly: no function field). */
function stripPush(t) {
    return { name: t.name, columns: t.columns };
}
/** Tables of several replications as one (rows of replication 0 first): shards merge the same way. */
export function concatTables(tables) {
    const first = tables[0];
    return {
        name: first.name,
        columns: first.columns.map((c, i) => ({
            ...c,
            values: tables.flatMap((t) => t.columns[i].values),
        })),
    };
}
//# sourceMappingURL=tables.js.map