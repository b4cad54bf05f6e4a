/**
 * Scenario files → a Scenario: YAML with line numbers, a strict zod shape (unknown keys refused with a
 * suggestion), calendar dates inside the horizon, `extends` merged by id, defaults, provenance, and
 * references checked against the network. Every issue of every layer comes back in one report, in
 * one pass: a file with a misspelt key also has its unknown terminals named. Pure: files come through
 * `readFile`.
 *
 * Merging `extends`: scalar fields of the child override the base's; flows, events and policies merge
 * by id (an item of the child replaces the base's item of the same id, others are added; events
 * without an id are added); `remove: { flows: [id], events: [id], policies: [id] }` drops base items.
 */
import { didYouMean } from "../lib/suggest.js";
import { issueAt, parseFile } from "../network/index.js";
import { keysAt } from "./schema-keys.js";
import { parseShipmentsCsv } from "./shipments-csv.js";
import { ScenarioFile, } from "./scenario.schema.js";
import { dateToH, H_PER_DAY } from "./timeline.js";
const DEFAULTS = {
    seed: 1,
    replications: 5,
    alternatives: 4,
    overflow_replan_h: 72,
    max_live_replans: 10,
    network: 'inner-mongolia',
};
const isCalendarDate = (d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === d;
};
const isRecord = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
function loadLayers(file, text, opts, issues, seen) {
    const { file: yaml, issues: syntax } = parseFile(file, text);
    issues.push(...syntax);
    if (syntax.length > 0)
        return [];
    const raw = yaml.data ?? {};
    const parsed = ScenarioFile.safeParse(raw);
    if (!parsed.success) {
        for (const zi of parsed.error.issues) {
            if (zi.code === 'unrecognized_keys') {
                // one issue per unknown key, at the key's own line, with the nearest known key
                const known = keysAt(ScenarioFile, zi.path, raw);
                for (const key of zi.keys) {
                    const path = [...zi.path, key];
                    issues.push(issueAt(yaml, path, `unknown field "${key}"`, didYouMean(key, known)));
                }
                continue;
            }
            issues.push(issueAt(yaml, zi.path, zi.message));
        }
    }
    const layer = {
        file,
        yaml,
        data: parsed.success ? parsed.data : (isRecord(raw) ? raw : {}),
        valid: parsed.success,
    };
    const base = typeof layer.data.extends === 'string' ? layer.data.extends : undefined;
    if (base === undefined)
        return [layer];
    const line = yaml.lineOf(['extends']);
    const where = { severity: 'error', file, ...(line ? { line } : {}), path: 'extends' };
    if (seen.includes(base) || base === file) {
        issues.push({
            ...where,
            message: `"${base}" extends itself through ${[...seen, file, base].join(' → ')}`,
        });
        return [layer];
    }
    const baseText = opts.readFile?.(base);
    if (baseText === undefined) {
        issues.push({ ...where, message: `cannot read "${base}" beside ${file}` });
        return [layer];
    }
    return [...loadLayers(base, baseText, opts, issues, [...seen, file]), layer];
}
/**
 * Merges one list over the layers by id: a later layer's item replaces the earlier item of the same
 * id, items without an id are added, and a layer's `remove` ids drop earlier items (an id that names
 * nothing is an issue).
 */
function mergeById(layers, listOf, removeOf, removePath, err) {
    let out = [];
    for (const l of layers) {
        const removes = removeOf(l);
        if (Array.isArray(removes))
            removes.forEach((id, j) => {
                if (typeof id !== 'string')
                    return;
                const ids = out.map((p) => p.item.id).filter((x) => x !== undefined);
                if (!ids.includes(id))
                    err(l, [...removePath, j], `"${id}" is not in the file it extends`, didYouMean(id, ids.map(String)));
                out = out.filter((p) => p.item.id !== id);
            });
        const list = listOf(l);
        if (!Array.isArray(list))
            continue;
        list.forEach((item, i) => {
            const id = isRecord(item) ? item.id : undefined;
            const at = id === undefined ? -1 : out.findIndex((p) => p.item.id === id);
            if (at >= 0 && out[at].l !== l)
                out[at] = { item, i, l };
            else
                out.push({ item, i, l });
        });
    }
    return out;
}
/**
 * Parses a scenario file (and the files it extends) into a Scenario.
 * @example parseScenario('erenhot-halt.yaml', text, { readFile, network })
 */
export function parseScenario(file, text, opts = {}) {
    const issues = [];
    const layers = loadLayers(file, text, opts, issues, []);
    if (layers.length === 0)
        return { issues };
    const top = layers[layers.length - 1];
    const pick = (key) => {
        for (let i = layers.length - 1; i >= 0; i--)
            if (layers[i].data[key] !== undefined)
                return { value: layers[i].data[key], layer: layers[i] };
        return undefined;
    };
    const err = (layer, path, message, hint) => void issues.push(issueAt(layer.yaml, path, message, hint));
    const horizon = pick('horizon');
    const demandOf = (l) => (isRecord(l.data.demand) ? l.data.demand : undefined);
    const demandLayers = layers.filter((l) => demandOf(l) !== undefined);
    // scale and shipments_csv: the last layer that writes them (read from the YAML, not the defaults)
    const written = (key) => [...demandLayers]
        .reverse()
        .find((l) => isRecord(l.yaml.data) &&
        isRecord(l.yaml.data.demand) &&
        l.yaml.data.demand[key] !== undefined);
    const scaleLayer = written('scale');
    const csvLayer = written('shipments_csv');
    const elasticityLayer = written('elasticity');
    // a base that could not be read says so; what it would have given is not reported missing
    const chainBroken = layers[0].data.extends !== undefined;
    if (!horizon && !chainBroken)
        err(top, [], 'a scenario needs a horizon: { start: YYYY-MM-DD, days: N } (here or in the file it extends)');
    if (demandLayers.length === 0 && !chainBroken)
        err(top, [], 'a scenario needs demand: flows or shipments_csv (here or in the file it extends)');
    const removeOf = (key) => (l) => isRecord(l.data.remove) ? l.data.remove[key] : undefined;
    const flows = mergeById(layers, (l) => demandOf(l)?.flows, removeOf('flows'), ['remove', 'flows'], err);
    const events = mergeById(layers, (l) => l.data.events, removeOf('events'), ['remove', 'events'], err);
    const policies = mergeById(layers, (l) => l.data.policies, removeOf('policies'), ['remove', 'policies'], err);
    const net = opts.network;
    const countries = net ? [...new Set([...net.terminals.values()].map((t) => t.country))] : [];
    const checkRef = (l, path, id, kind, known) => {
        if (!known || typeof id !== 'string')
            return;
        const has = Array.isArray(known) ? known.includes(id) : known.has(id);
        if (!has)
            err(l, path, `unknown ${kind} "${id}"`, didYouMean(id, Array.isArray(known) ? known : known.keys()));
    };
    const checkProvenance = (l, path, item) => {
        if (item.source === undefined && item.assumption === undefined)
            err(l, path, 'give a source id or an assumption for the numbers here');
        if (net && item.source !== undefined)
            for (const s of Array.isArray(item.source) ? item.source : [item.source])
                if (typeof s === 'string' && !net.sources.has(s))
                    err(l, [...path, 'source'], `unknown source "${s}"`, didYouMean(s, net.sources.keys()));
    };
    // dates: the window must lie inside the horizon (the merged one), `until` after `from`
    const hz = horizon && isRecord(horizon.value) ? horizon.value : undefined;
    const hzOk = hz !== undefined &&
        typeof hz.start === 'string' &&
        typeof hz.days === 'number' &&
        Number.isFinite(Date.parse(`${hz.start}T00:00:00Z`));
    const checkWindow = (l, path, w) => {
        if (w.until !== undefined && w.days !== undefined)
            err(l, [...path, 'days'], 'give until or days, not both');
        if (!hzOk)
            return;
        const endH = hz.days * H_PER_DAY;
        const endDate = new Date(Date.parse(`${hz.start}T00:00:00Z`) + endH * 3_600_000)
            .toISOString()
            .slice(0, 10);
        const inside = (key) => {
            const d = w[key];
            if (typeof d !== 'string' || !isCalendarDate(d))
                return; // the shape check names it
            const h = dateToH(hz.start, d);
            if (h < 0 || h > endH || (key === 'from' && h === endH))
                err(l, [...path, key], `${d} is outside the horizon (${hz.start} to ${endDate}, ${hz.days} days)`);
        };
        inside('from');
        inside('until');
        if (typeof w.from === 'string' && typeof w.until === 'string' && w.until <= w.from)
            err(l, [...path, 'until'], `until (${w.until}) must be after from (${w.from})`);
    };
    const seenFlows = new Set();
    for (const { item: f, i, l } of flows) {
        if (!isRecord(f))
            continue;
        const path = ['demand', 'flows', i];
        if (seenFlows.has(f.id))
            err(l, [...path, 'id'], `duplicate flow id "${String(f.id)}"`);
        seenFlows.add(f.id);
        checkRef(l, [...path, 'from'], f.from, 'terminal', net?.terminals);
        checkRef(l, [...path, 'to'], f.to, 'terminal', net?.terminals);
        const shipment = isRecord(f.shipment) ? f.shipment : {};
        if ((f.teu_per_week === undefined) === (f.parcels_per_week === undefined))
            err(l, path, 'give exactly one of teu_per_week or parcels_per_week');
        if (f.teu_per_week !== undefined && shipment.teu === undefined)
            err(l, [...path, 'shipment', 'teu'], 'a TEU flow needs shipment.teu');
        if (f.parcels_per_week !== undefined &&
            (shipment.pieces === undefined || shipment.kg === undefined))
            err(l, [...path, 'shipment'], 'a parcel flow needs shipment.pieces and shipment.kg (one batch)');
        checkProvenance(l, path, f);
    }
    const seenEvents = new Set();
    for (const { item: e, i, l } of events) {
        if (!isRecord(e))
            continue;
        const path = ['events', i];
        if (e.id !== undefined && seenEvents.has(e.id))
            err(l, [...path, 'id'], `duplicate event id "${String(e.id)}"`);
        seenEvents.add(e.id);
        const targets = [e.service, e.service_kind, e.border, e.terminal, e.country].filter((x) => x !== undefined);
        if (targets.length !== 1)
            err(l, path, `give exactly one target: service, service_kind, border, terminal or country (found ${targets.length})`);
        if (e.type === 'dwell' && e.border === undefined)
            err(l, path, 'a dwell event applies to a border');
        if (e.type !== 'closure' &&
            e.type !== 'dwell' &&
            e.service === undefined &&
            e.service_kind === undefined)
            err(l, path, `a ${String(e.type)} event applies to a service or a service_kind`);
        checkWindow(l, path, e);
        checkRef(l, [...path, 'service'], e.service, 'service', net?.services);
        checkRef(l, [...path, 'border'], e.border, 'border', net?.borders);
        checkRef(l, [...path, 'terminal'], e.terminal, 'terminal', net?.terminals);
        checkRef(l, [...path, 'country'], e.country, 'country (no terminal there)', net ? countries : undefined);
        checkProvenance(l, path, e);
    }
    const seenPolicies = new Set();
    for (const { item: p, i, l } of policies) {
        if (!isRecord(p))
            continue;
        const path = ['policies', i];
        if (seenPolicies.has(p.id))
            err(l, [...path, 'id'], `duplicate policy id "${String(p.id)}"`);
        seenPolicies.add(p.id);
        if (Array.isArray(p.service_ids))
            p.service_ids.forEach((s, j) => checkRef(l, [...path, 'service_ids', j], s, 'service', net?.services));
        if (Array.isArray(p.from_terminals))
            p.from_terminals.forEach((s, j) => checkRef(l, [...path, 'from_terminals', j], s, 'terminal', net?.terminals));
        checkWindow(l, path, p);
        checkProvenance(l, path, p);
    }
    const elasticity = elasticityLayer ? demandOf(elasticityLayer)?.elasticity : undefined;
    if (elasticityLayer && isRecord(elasticity))
        checkProvenance(elasticityLayer, ['demand', 'elasticity'], elasticity);
    // the choice model's own numbers: provenance of the sources it names; corridor constants on named corridors
    const choiceLayer = [...layers]
        .reverse()
        .find((l) => isRecord(l.yaml.data) && l.yaml.data.choice !== undefined);
    const choiceData = choiceLayer && isRecord(choiceLayer.data.choice)
        ? choiceLayer.data.choice
        : undefined;
    if (choiceLayer && choiceData) {
        if (choiceData.source !== undefined)
            checkProvenance(choiceLayer, ['choice'], choiceData);
        const groups = net?.corridorGroups?.map((g) => g.id);
        if (groups && isRecord(choiceData.corridor_constants_usd))
            for (const key of Object.keys(choiceData.corridor_constants_usd))
                if (!groups.includes(key) && !key.startsWith('other:'))
                    err(choiceLayer, ['choice', 'corridor_constants_usd', key], `unknown corridor "${key}" (a group id of corridors.yaml, or other:<gateway ids>)`, didYouMean(key, groups));
    }
    let shipments = [];
    const csvName = csvLayer ? demandOf(csvLayer)?.shipments_csv : undefined;
    if (csvLayer && typeof csvName === 'string') {
        const csvText = opts.readFile?.(csvName);
        if (csvText === undefined)
            err(csvLayer, ['demand', 'shipments_csv'], `cannot read "${csvName}" beside ${csvLayer.file}`);
        else {
            const csv = parseShipmentsCsv(csvName, csvText, net);
            issues.push(...csv.issues);
            shipments = csv.shipments;
        }
    }
    if (demandLayers.length > 0 && flows.length === 0 && csvName === undefined)
        err(demandLayers[demandLayers.length - 1], ['demand'], 'demand has no flows and no shipments_csv');
    if (issues.length > 0 || !horizon || demandLayers.length === 0 || layers.some((l) => !l.valid))
        return { issues };
    const base = layers.length > 1 ? layers[layers.length - 2] : undefined;
    const id = top.data.id ?? file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
    const scenario = {
        id,
        name: pick('name')?.value ?? id,
        description: top.data.description ?? '',
        ...(top.data.name_zh ? { name_zh: top.data.name_zh } : {}),
        ...(top.data.description_zh ? { description_zh: top.data.description_zh } : {}),
        ...(base
            ? { baseline: base.data.id ?? base.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '') }
            : {}),
        network: pick('network')?.value ?? DEFAULTS.network,
        horizon: horizon.value,
        seed: pick('seed')?.value ?? DEFAULTS.seed,
        replications: pick('replications')?.value ?? DEFAULTS.replications,
        demand: {
            scale: scaleLayer ? demandOf(scaleLayer).scale : 1,
            flows: flows.map((x) => x.item),
            shipments,
            ...(isRecord(elasticity) && elasticity.value !== 0
                ? { elasticity: elasticity }
                : {}),
        },
        choice: pick('choice')?.value ?? { model: 'least_cost', carbon_price_usd_per_t: 0 },
        alternatives: pick('alternatives')?.value ?? DEFAULTS.alternatives,
        overflow_replan_h: pick('overflow_replan_h')?.value ?? DEFAULTS.overflow_replan_h,
        max_live_replans: pick('max_live_replans')?.value ?? DEFAULTS.max_live_replans,
        events: events.map((x) => x.item),
        policies: policies.map((x) => x.item),
    };
    return { scenario, issues };
}
//# sourceMappingURL=parse-scenario.js.map