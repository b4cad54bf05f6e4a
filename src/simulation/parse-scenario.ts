/**
 * Scenario files → a Scenario: YAML with line numbers, zod shape, `extends` merged (the child's
 * fields override; events and policies add to the base's), defaults, provenance, and references
 * checked against the network. Pure: files come through `readFile`. All issues at once.
 */
import { didYouMean } from '../lib/suggest.ts';
import type { Issue, Network } from '../model/index.ts';
import { parseShipmentsCsv } from './shipments-csv.ts';
import { ScenarioFile, type Scenario } from './scenario.schema.ts';
import { formatPath, parseFile, type ParsedFile } from '../network/index.ts';

export interface ParseScenarioOptions {
  /** text of another file beside the scenario (for `extends` and `shipments_csv`), undefined when absent */
  readFile?: (name: string) => string | undefined;
  /** when given, ids and source ids are checked against it */
  network?: Network;
}

interface Layer {
  file: string;
  yaml: ParsedFile;
  data: ScenarioFile;
}

const DEFAULTS = {
  seed: 1,
  replications: 5,
  alternatives: 4,
  overflow_replan_h: 72,
  max_live_replans: 10,
  network: 'inner-mongolia',
};

function loadLayers(
  file: string,
  text: string,
  opts: ParseScenarioOptions,
  issues: Issue[],
  seen: string[],
): Layer[] {
  const { file: yaml, issues: syntax } = parseFile(file, text);
  issues.push(...syntax);
  if (syntax.length > 0) return [];
  const parsed = ScenarioFile.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const line = yaml.lineOf(zi.path);
      issues.push({
        severity: 'error',
        file,
        ...(line ? { line } : {}),
        path: formatPath(zi.path),
        message: zi.message,
      });
    }
    return [];
  }
  const layer: Layer = { file, yaml, data: parsed.data };
  const base = parsed.data.extends;
  if (base === undefined) return [layer];
  const line = yaml.lineOf(['extends']);
  const where = { severity: 'error' as const, file, ...(line ? { line } : {}), path: 'extends' };
  if (seen.includes(base)) {
    issues.push({
      ...where,
      message: `"${base}" extends itself through ${[...seen, base].join(' → ')}`,
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
 * Parses a scenario file (and the files it extends) into a Scenario.
 * @example parseScenario('erenhot-halt.yaml', text, { readFile, network })
 */
export function parseScenario(
  file: string,
  text: string,
  opts: ParseScenarioOptions = {},
): { scenario?: Scenario; issues: Issue[] } {
  const issues: Issue[] = [];
  const layers = loadLayers(file, text, opts, issues, []);
  if (issues.length > 0 || layers.length === 0) return { issues };
  const top = layers[layers.length - 1]!;
  const pick = <K extends keyof ScenarioFile>(
    key: K,
  ): { value: ScenarioFile[K]; layer: Layer } | undefined => {
    for (let i = layers.length - 1; i >= 0; i--)
      if (layers[i]!.data[key] !== undefined)
        return { value: layers[i]!.data[key], layer: layers[i]! };
    return undefined;
  };
  const err = (layer: Layer, path: PropertyKey[], message: string, hint?: string) => {
    const line = layer.yaml.lineOf(path);
    issues.push({
      severity: 'error',
      file: layer.file,
      ...(line ? { line } : {}),
      path: formatPath(path),
      message,
      ...(hint ? { hint } : {}),
    });
  };
  const horizon = pick('horizon');
  let demand = pick('demand');
  if (
    demand &&
    demand.value &&
    demand.value.flows.length === 0 &&
    demand.value.shipments_csv === undefined
  ) {
    // `demand: { scale: 2 }` in a file that extends another: the flows it extends, scaled
    const scale = demand.value.scale;
    for (let i = layers.indexOf(demand.layer) - 1; i >= 0; i--) {
      const d = layers[i]!.data.demand;
      if (d && (d.flows.length > 0 || d.shipments_csv !== undefined)) {
        demand = { value: { ...d, scale }, layer: layers[i]! };
        break;
      }
    }
  }
  if (!horizon)
    err(
      top,
      [],
      'a scenario needs a horizon: { start: YYYY-MM-DD, days: N } (here or in the file it extends)',
    );
  if (!demand)
    err(
      top,
      [],
      'a scenario needs demand: flows or shipments_csv (here or in the file it extends)',
    );

  const events = layers.flatMap((l) => (l.data.events ?? []).map((e, i) => ({ e, i, l })));
  const policies = layers.flatMap((l) => (l.data.policies ?? []).map((p, i) => ({ p, i, l })));
  const flows = demand
    ? (demand.value?.flows ?? []).map((f, i) => ({ f, i, l: demand.layer }))
    : [];
  const net = opts.network;
  const terminals = net ? [...net.terminals.keys()] : [];
  const countries = net ? [...new Set([...net.terminals.values()].map((t) => t.country))] : [];
  const checkRef = (
    l: Layer,
    path: PropertyKey[],
    id: string | undefined,
    kind: string,
    known: ReadonlyMap<string, unknown> | string[],
  ) => {
    if (!net || id === undefined) return;
    const has = Array.isArray(known) ? known.includes(id) : known.has(id);
    if (!has)
      err(
        l,
        path,
        `unknown ${kind} "${id}"`,
        didYouMean(id, Array.isArray(known) ? known : known.keys()),
      );
  };
  const checkProvenance = (
    l: Layer,
    path: PropertyKey[],
    item: { source?: string | string[] | undefined; assumption?: string | undefined },
  ) => {
    if (item.source === undefined && item.assumption === undefined)
      err(l, path, 'give a source id or an assumption for the numbers here');
    if (net && item.source !== undefined)
      for (const s of Array.isArray(item.source) ? item.source : [item.source])
        if (!net.sources.has(s))
          err(l, [...path, 'source'], `unknown source "${s}"`, didYouMean(s, net.sources.keys()));
  };
  const seenFlows = new Set<string>();
  for (const { f, i, l } of flows) {
    const path = ['demand', 'flows', i];
    if (seenFlows.has(f.id)) err(l, [...path, 'id'], `duplicate flow id "${f.id}"`);
    seenFlows.add(f.id);
    checkRef(l, [...path, 'from'], f.from, 'terminal', net?.terminals ?? terminals);
    checkRef(l, [...path, 'to'], f.to, 'terminal', net?.terminals ?? terminals);
    if ((f.teu_per_week === undefined) === (f.parcels_per_week === undefined))
      err(l, path, 'give exactly one of teu_per_week or parcels_per_week');
    if (f.teu_per_week !== undefined && f.shipment.teu === undefined)
      err(l, [...path, 'shipment', 'teu'], 'a TEU flow needs shipment.teu');
    if (
      f.parcels_per_week !== undefined &&
      (f.shipment.pieces === undefined || f.shipment.kg === undefined)
    )
      err(
        l,
        [...path, 'shipment'],
        'a parcel flow needs shipment.pieces and shipment.kg (one batch)',
      );
    checkProvenance(l, path, f);
  }
  for (const { e, i, l } of events) {
    const path = ['events', i];
    const targets = [e.service, e.service_kind, e.border, e.terminal, e.country].filter(
      (x) => x !== undefined,
    );
    if (targets.length !== 1)
      err(
        l,
        path,
        `give exactly one target: service, service_kind, border, terminal or country (found ${targets.length})`,
      );
    if (e.type === 'dwell' && e.border === undefined)
      err(l, path, 'a dwell event applies to a border');
    if (
      e.type !== 'closure' &&
      e.type !== 'dwell' &&
      e.service === undefined &&
      e.service_kind === undefined
    )
      err(l, path, `a ${e.type} event applies to a service or a service_kind`);
    if (e.until !== undefined && e.days !== undefined)
      err(l, [...path, 'days'], 'give until or days, not both');
    checkRef(l, [...path, 'service'], e.service, 'service', net?.services ?? []);
    checkRef(l, [...path, 'border'], e.border, 'border', net?.borders ?? []);
    checkRef(l, [...path, 'terminal'], e.terminal, 'terminal', net?.terminals ?? []);
    checkRef(l, [...path, 'country'], e.country, 'country (no terminal there)', countries);
    checkProvenance(l, path, e);
  }
  for (const { p, i, l } of policies) {
    const path = ['policies', i];
    p.service_ids?.forEach((s, j) =>
      checkRef(l, [...path, 'service_ids', j], s, 'service', net?.services ?? []),
    );
    p.from_terminals?.forEach((s, j) =>
      checkRef(l, [...path, 'from_terminals', j], s, 'terminal', net?.terminals ?? []),
    );
    if (p.until !== undefined && p.days !== undefined)
      err(l, [...path, 'days'], 'give until or days, not both');
    checkProvenance(l, path, p);
  }
  let shipments: Scenario['demand']['shipments'] = [];
  const csvName = demand?.value?.shipments_csv;
  if (demand && csvName !== undefined) {
    const csvText = opts.readFile?.(csvName);
    if (csvText === undefined)
      err(
        demand.layer,
        ['demand', 'shipments_csv'],
        `cannot read "${csvName}" beside ${demand.layer.file}`,
      );
    else {
      const csv = parseShipmentsCsv(csvName, csvText, net);
      issues.push(...csv.issues);
      shipments = csv.shipments;
    }
  }
  if (demand && flows.length === 0 && csvName === undefined)
    err(demand.layer, ['demand'], 'demand has no flows and no shipments_csv');
  if (issues.length > 0 || !horizon || !demand) return { issues };
  const base = layers.length > 1 ? layers[layers.length - 2]! : undefined;
  const id = top.data.id ?? file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  const scenario: Scenario = {
    id,
    name: pick('name')?.value ?? id,
    description: top.data.description ?? '',
    ...(top.data.name_zh ? { name_zh: top.data.name_zh } : {}),
    ...(top.data.description_zh ? { description_zh: top.data.description_zh } : {}),
    ...(base
      ? { baseline: base.data.id ?? base.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '') }
      : {}),
    network: pick('network')?.value ?? DEFAULTS.network,
    horizon: horizon.value!,
    seed: pick('seed')?.value ?? DEFAULTS.seed,
    replications: pick('replications')?.value ?? DEFAULTS.replications,
    demand: { scale: demand.value!.scale, flows: flows.map((x) => x.f), shipments },
    choice: pick('choice')?.value ?? { model: 'least_cost', carbon_price_usd_per_t: 0 },
    alternatives: pick('alternatives')?.value ?? DEFAULTS.alternatives,
    overflow_replan_h: pick('overflow_replan_h')?.value ?? DEFAULTS.overflow_replan_h,
    max_live_replans: pick('max_live_replans')?.value ?? DEFAULTS.max_live_replans,
    events: events.map((x) => x.e),
    policies: policies.map((x) => x.p),
  };
  return { scenario, issues };
}
