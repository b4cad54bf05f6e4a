/**
 * `corridor route --from <place> --to <place> [options]`: plan routes and print them as a table (or
 * the PlanResult as JSON with --json). The query options are shared with `corridor compare`.
 * Bad arguments name the argument and what is allowed (exit 2); no route prints the reason (exit 1).
 */
import { Option } from 'commander';
import { CargoFlag, COST_COMPONENT_KEYS, CustomsRegime, DEFAULT_TRANSFER_PENALTY_H, Mode, Objective, RouteQuery, } from "../../model/index.js";
import { checkConstraintIds } from "../../contract/index.js";
import { createPlanner } from "../../planner/index.js";
import { loadOrReport } from "../network-folder.js";
const collect = (v, prev) => [
    ...prev,
    ...v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
];
/** The shipment and constraint options that `route`, `compare` and `matrix` share. */
export function addShipmentOptions(cmd) {
    return cmd
        .option('--teu <n>', '20-foot containers')
        .option('--feu <n>', '40-foot containers')
        .option('--kg <n>', 'gross weight in kg (alone: loose cargo or parcels)')
        .option('--m3 <n>', 'volume, for air chargeable weight')
        .option('--pieces <n>', 'parcels (9610)')
        .option('--value-usd <n>', 'declared value; sets the value of time')
        .option('--cargo <flags>', `cargo flags, comma-separated: ${CargoFlag.options.join(', ')}`)
        .option('--dg-class <n>', 'dangerous-goods class 1–9 (with --cargo dangerous_goods)')
        .addOption(new Option('--regime <regime>', 'customs regime')
        .choices(CustomsRegime.options)
        .default('general'))
        .option('--modes <modes>', `allowed modes, comma-separated: ${Mode.options.join(', ')}`)
        .option('--avoid-country <codes>', 'ISO country codes to avoid (repeat or comma-separate)', collect, [])
        .option('--avoid-terminal <ids>', 'terminal ids to avoid', collect, [])
        .option('--avoid-border <ids>', 'border crossing ids to avoid', collect, [])
        .option('--max-transfers <n>', 'most changes of service');
}
/** The query options of `route` and `compare`. */
function addQueryOptions(cmd) {
    const withObjective = cmd
        .requiredOption('--from <place>', 'origin: terminal id, English or Chinese name, city, or "lon,lat"')
        .requiredOption('--to <place>', 'destination, as --from')
        .option('--depart <iso>', 'departure: YYYY-MM-DD (00:00 local at the origin) or ISO date-time with offset; default now')
        .addOption(new Option('--objective <objective>', 'what to optimise')
        .choices(Objective.options)
        .default('generalized'));
    return addShipmentOptions(withObjective)
        .option('--deadline <iso>', 'latest P50 arrival (date or date-time)')
        .option('--budget <usd>', 'most money to spend')
        .option('--alternatives <k>', 'routes to return, 1–20')
        .option('--carbon-price <usd-per-t>', 'carbon price for the generalized cost')
        .option('--value-of-time <usd-per-h>', 'value of time for the generalized cost')
        .option('--transfer-penalty <hours>', `hours each change of service counts for when ranking by time (default ${DEFAULT_TRANSFER_PENALTY_H})`)
        .option('--network <dir>', 'network folder (default: networks/inner-mongolia)')
        .option('--json', 'print the PlanResult as JSON');
}
const FLAG_OF = {
    'shipment.teu': '--teu',
    'shipment.feu': '--feu',
    'shipment.kg': '--kg',
    'shipment.m3': '--m3',
    'shipment.pieces': '--pieces',
    'shipment.value_usd': '--value-usd',
    'shipment.cargo': '--cargo',
    'shipment.dg_class': '--dg-class',
    'shipment.regime': '--regime',
    'constraints.modes': '--modes',
    'constraints.avoid_countries': '--avoid-country',
    'constraints.avoid_terminals': '--avoid-terminal',
    'constraints.avoid_borders': '--avoid-border',
    'constraints.max_transfers': '--max-transfers',
    'constraints.deadline': '--deadline',
    'constraints.budget_usd': '--budget',
    alternatives: '--alternatives',
    carbon_price_usd_per_t: '--carbon-price',
    value_of_time_usd_per_h: '--value-of-time',
    transfer_penalty_h: '--transfer-penalty',
    depart: '--depart',
    objective: '--objective',
    from: '--from',
    to: '--to',
};
/** The flag a query field path comes from, e.g. "constraints.avoid_countries[0]" → "--avoid-country". */
function flagOf(path) {
    const bare = path.replace(/\[\d+\]$/, '').replace(/\.\d+$/, '');
    return FLAG_OF[bare] ?? path;
}
function num(flag, v, io) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) {
        io.err(`corridor: ${flag}: "${v}" is not a number`);
        io.fail(2);
        return null;
    }
    return n;
}
function place(v) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(v);
    return m ? { lon: Number(m[1]), lat: Number(m[2]) } : v;
}
/** Builds and validates the RouteQuery from the options; prints what is wrong and returns undefined on bad input. */
export function queryFromOptions(o, io) {
    const numbers = {};
    for (const [flag, key, v] of [
        ['--teu', 'teu', o.teu],
        ['--feu', 'feu', o.feu],
        ['--kg', 'kg', o.kg],
        ['--m3', 'm3', o.m3],
        ['--pieces', 'pieces', o.pieces],
        ['--value-usd', 'value_usd', o.valueUsd],
        ['--dg-class', 'dg_class', o.dgClass],
        ['--max-transfers', 'max_transfers', o.maxTransfers],
        ['--budget', 'budget_usd', o.budget],
        ['--alternatives', 'alternatives', o.alternatives],
        ['--carbon-price', 'carbon', o.carbonPrice],
        ['--value-of-time', 'vot', o.valueOfTime],
        ['--transfer-penalty', 'transfer_penalty', o.transferPenalty],
    ]) {
        const n = num(flag, v, io);
        if (n === null)
            return undefined;
        numbers[key] = n;
    }
    const list = (v) => v === undefined
        ? undefined
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    const defined = (x) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined));
    const input = defined({
        from: place(o.from),
        to: place(o.to),
        depart: o.depart,
        objective: o.objective,
        shipment: defined({
            teu: numbers.teu,
            feu: numbers.feu,
            kg: numbers.kg,
            m3: numbers.m3,
            pieces: numbers.pieces,
            value_usd: numbers.value_usd,
            cargo: list(o.cargo) ?? [],
            dg_class: numbers.dg_class,
            regime: o.regime,
        }),
        constraints: defined({
            modes: list(o.modes),
            avoid_countries: o.avoidCountry.map((c) => c.toUpperCase()),
            avoid_terminals: o.avoidTerminal,
            avoid_borders: o.avoidBorder,
            max_transfers: numbers.max_transfers,
            deadline: o.deadline,
            budget_usd: numbers.budget_usd,
        }),
        alternatives: numbers.alternatives,
        carbon_price_usd_per_t: numbers.carbon,
        value_of_time_usd_per_h: numbers.vot,
        transfer_penalty_h: numbers.transfer_penalty,
    });
    const parsed = RouteQuery.safeParse(input);
    if (parsed.success)
        return parsed.data;
    for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        io.err(`corridor: ${flagOf(path)}: ${issue.message}`);
    }
    io.fail(2);
    return undefined;
}
const days = (h) => (h / 24).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
function describeShipment(q) {
    const s = q.shipment;
    const qty = [s.teu && `${s.teu} TEU`, s.feu && `${s.feu} FEU`, s.kg && `${s.kg} kg`]
        .filter(Boolean)
        .join(' + ');
    const dg = s.dg_class !== undefined ? ` class ${s.dg_class}` : '';
    return `${qty}${s.cargo.length ? ` (${s.cargo.join(', ')}${dg})` : ''}, regime ${s.regime}`;
}
function routeRow(i, r) {
    return `${padL(i + 1, 2)}  ${pad(r.corridor.label.slice(0, 58), 58)} ${padL(r.cost.total_usd.toFixed(0), 9)} ${padL(days(r.duration_h), 6)} ${padL(days(r.transit_h), 7)} ${padL(days(r.duration_p90_h), 6)} ${padL((r.co2e_kg / 1000).toFixed(2), 8)}  ${r.modes.join('+')}${r.pareto_optimal ? '' : ' (dominated)'}`;
}
/** A split shipment (docs/decisions.md CP1): one line per part, and what is left unplanned. */
function capacityLines(i, r, c) {
    const unit = c.unit === 'kg' ? 'kg' : 'TEU';
    const qty = (p) => [p.feu ? `${p.feu} FEU` : '', p.teu ? `${p.teu} TEU` : '', p.kg ? `${p.kg} kg` : '']
        .filter(Boolean)
        .join(' + ');
    const lines = [
        '',
        `route ${i + 1}: the shipment (${c.shipment_load} ${unit}) is larger than one departure of ${c.bottleneck_service_id} takes (${c.per_departure} ${unit}); split over ${c.parts.length} departure(s), last part arrives ${r.arrive.slice(0, 16)} (P50 ${r.arrive_p50.slice(0, 16)}):`,
        ...c.parts.map((p, k) => `  part ${padL(k + 1, 3)}: ${pad(qty(p), 18)} departs ${p.depart.slice(0, 16)}  arrives ${p.arrive.slice(0, 16)}  ${padL(p.cost_usd.toFixed(0), 10)} USD`),
    ];
    if (!c.complete)
        lines.push(`  not planned: ${c.short_load} ${unit}: no departure ${c.limit === 'deadline' ? `arrives by the deadline ${c.limit_at.slice(0, 16)}` : `leaves within the horizon (until ${c.limit_at.slice(0, 16)})`} with room for it`);
    return lines;
}
/** An ISO instant for people: date and minute, in UTC, saying so. */
const utc = (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
function printResult(result, q, io, withLegs) {
    io.out(`${result.from.name} (${result.from.id}) → ${result.to.name} (${result.to.id}) · ${describeShipment(q)} · objective ${result.objective}`);
    // notices inform (a city's terminals, a surcharge) as often as they warn: "note", not "warning"
    for (const w of result.warnings)
        io.out(`note: ${w}`);
    if (result.status === 'no_route') {
        io.err(`corridor: no route: ${result.reason ?? 'no connection'}`);
        io.fail(1);
        return;
    }
    io.out(`${pad(' #', 4)}${pad('corridor', 58)} ${padL('cost USD', 9)} ${padL('days', 6)} ${padL('transit', 7)} ${padL('P90 d', 6)} ${padL('CO2e t', 8)}  modes`);
    result.routes.forEach((r, i) => io.out(routeRow(i, r)));
    result.routes.forEach((r, i) => {
        if (r.capacity)
            for (const line of capacityLines(i, r, r.capacity))
                io.out(line);
    });
    if (!withLegs)
        return;
    result.routes.forEach((r, i) => {
        io.out('');
        io.out(`route ${i + 1}: cargo ready ${utc(r.depart)}, first departure ${utc(r.legs[0]?.depart ?? r.depart)}, arrive ${utc(r.arrive)} (P50 ${utc(r.arrive_p50)}, P90 ${utc(r.arrive_p90)}); transit ${days(r.transit_h)} d`);
        io.out(`  ${r.summary}`);
        io.out(`  cost: ${COST_COMPONENT_KEYS.map((k) => `${k.replace(/_usd$/, '').replaceAll('_', ' ')} ${r.cost[k].toFixed(0)}`).join(', ')} = ${r.cost.total_usd.toFixed(0)} USD; ${r.distance_km.toFixed(0)} km; ${r.transfers} transfers`);
        for (const l of r.legs) {
            io.out(`  ${pad(l.mode, 5)} ${pad(l.service_id, 34)} ${pad(`${l.from.id} → ${l.to.id}`, 40)} ${l.depart.slice(0, 16)} → ${l.arrive.slice(0, 16)}${l.wait_h > 0 ? ` (wait ${l.wait_h.toFixed(0)} h)` : ''}`);
        }
    });
}
/** The API's FILTER_UNKNOWN check (src/contract), printed per flag; false (exit 2) when any id is unknown. */
export function reportUnknownConstraintIds(network, q, io) {
    const issues = checkConstraintIds(network, q.constraints);
    for (const i of issues)
        io.err(`corridor: ${flagOf(i.path)}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`);
    if (issues.length > 0)
        io.fail(2);
    return issues.length === 0;
}
/**
 * Registers a command that answers one route query, `route` (the planner's `plan`) or `compare`
 * (the best route per corridor): same options, same output, one place.
 */
export function registerQueryCommand(program, io, name, description) {
    addQueryOptions(program.command(name).description(description)).action(async (o) => {
        const q = queryFromOptions(o, io);
        if (!q)
            return;
        const network = await loadOrReport(o.network, io);
        if (!network)
            return;
        if (!reportUnknownConstraintIds(network, q, io))
            return;
        const planner = createPlanner(network);
        const result = name === 'route'
            ? planner.plan(q, { now: new Date() })
            : planner.compare(q, { now: new Date() });
        if (o.json) {
            io.out(JSON.stringify(result, null, 2));
            if (result.status === 'no_route')
                io.fail(1);
            return;
        }
        printResult(result, q, io, name === 'route');
    });
}
export function registerRoute(program, io) {
    registerQueryCommand(program, io, 'route', 'plan routes between two places (schedules, borders, customs, cargo)');
}
//# sourceMappingURL=route.js.map