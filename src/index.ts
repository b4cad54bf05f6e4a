/**
 * corridor-planner as a library, for scripts: load a network, plan routes, build and run scenarios,
 * compare them and read or write results. Re-exports the modules' doors and adds the file handling
 * (scenario files, atomic result writing) that the pure core leaves to its callers.
 * @example
 *   const network = await openNetwork('networks/inner-mongolia');
 *   const scenario = await loadScenario('networks/inner-mongolia/scenarios/baseline-2024.yaml', { network });
 *   const result = await simulate(network, scenario, { workers: 2 });
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { CorridorError, type Network } from './model/index.ts';
import { loadNetwork } from './network/index.ts';
import { createPlanner } from './planner/index.ts';
import {
  comparisonFiles,
  parseScenario,
  researchTableFiles,
  resultFiles,
  runScenario,
  runScenarioParallel,
  SCENARIO_SCHEMA_FILE,
  scenarioSchemaText,
  type ComparisonResult,
  type PlannerLike,
  type RouteOption,
  type Scenario,
  type ScenarioInput,
  type SimulationResult,
} from './simulation/index.ts';

export * from './model/index.ts';
export {
  loadNetwork,
  loadNetworks,
  parseNetwork,
  buildGraph,
  toGeoJson,
  resolvePlace,
  searchPlaces,
} from './network/index.ts';
export { createPlanner, type Planner, type PlanOptions } from './planner/index.ts';
export * from './simulation/index.ts';

/** The networks folder shipped with the package. */
export const NETWORKS_DIR = fileURLToPath(new URL('../networks/', import.meta.url));

/** Loads and validates a network folder; throws NETWORK_INVALID with every issue when it has errors. */
export async function openNetwork(
  dir: string = join(NETWORKS_DIR, 'inner-mongolia'),
): Promise<Network> {
  const { network, issues } = await loadNetwork(dir);
  if (!network)
    throw new CorridorError(
      'NETWORK_INVALID',
      `network ${dir} is invalid`,
      issues.filter((i) => i.severity === 'error'),
    );
  return network;
}

/** Where a scenario's network lives: `<networks>/<id>/scenarios/x.yaml` → `<networks>/<id>`, else the shipped folder. */
export function networkDirFor(scenarioFile: string, networkId: string): string {
  const folder = dirname(dirname(resolve(scenarioFile)));
  if (basename(folder) === networkId && existsSync(join(folder, 'network.yaml'))) return folder;
  return join(NETWORKS_DIR, networkId);
}

/**
 * Reads a scenario file (and what it extends, and its shipments CSV) and checks it against the
 * network when one is given; throws SCENARIO_INVALID with file, line and field of every issue.
 */
export async function loadScenario(
  file: string,
  opts: { network?: Network } = {},
): Promise<Scenario> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CorridorError('SCENARIO_INVALID', `cannot read scenario file ${file}`);
  });
  const dir = dirname(resolve(file));
  const readSibling = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const { scenario, issues } = parseScenario(basename(file), text, {
    readFile: readSibling,
    ...(opts.network ? { network: opts.network } : {}),
  });
  if (!scenario)
    throw new CorridorError('SCENARIO_INVALID', `scenario ${basename(file)} is invalid`, issues);
  return scenario;
}

/**
 * The network a scenario file names (following `extends`; the built-in one when none does), read
 * leniently: a file with errors still gets its references checked against that network in the same pass.
 */
export async function scenarioNetworkId(file: string): Promise<string> {
  const seen = new Set<string>();
  let path = resolve(file);
  while (!seen.has(path)) {
    seen.add(path);
    let data: unknown;
    try {
      data = parseYaml(await readFile(path, 'utf8'));
    } catch {
      break;
    }
    if (typeof data !== 'object' || data === null) break;
    const { network, extends: base } = data as { network?: unknown; extends?: unknown };
    if (typeof network === 'string') return network;
    if (typeof base !== 'string') break;
    path = join(dirname(path), base);
  }
  return 'inner-mongolia';
}

/**
 * Builds a scenario from an object in a script: typed as a scenario file, and checked at run time
 * with the same checks as a file (a value from JSON or a cast gets no pass).
 * @example buildScenario({ extends: 'baseline-2024.yaml', policies: [...] }, { network, dir: 'networks/inner-mongolia/scenarios' })
 */
export function buildScenario(
  data: ScenarioInput,
  opts: { network?: Network; dir?: string; name?: string } = {},
): Scenario {
  const name = opts.name ?? `${String((data as { id?: string }).id ?? 'script')}.yaml`;
  const readSibling = (file: string) => {
    if (!opts.dir) return undefined;
    try {
      return readFileSync(join(opts.dir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const { scenario, issues } = parseScenario(name, stringify(data), {
    readFile: readSibling,
    ...(opts.network ? { network: opts.network } : {}),
  });
  if (!scenario) throw new CorridorError('SCENARIO_INVALID', `scenario ${name} is invalid`, issues);
  return scenario;
}

export interface SimulateOptions {
  /** a planner compiled for this network (one is created when absent) */
  planner?: PlannerLike;
  /** worker threads; 1 runs in this thread */
  workers?: number;
  replications?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /** route options shared between runs in this thread (e.g. a sweep) */
  cache?: Map<string, readonly RouteOption[]>;
  /** build the research tables of every replication (writeResults writes them as CSV and Parquet) */
  tables?: boolean;
}

/** Runs a scenario's replications and aggregates them (95 % intervals). */
export async function simulate(
  network: Network,
  scenario: Scenario,
  opts: SimulateOptions = {},
): Promise<SimulationResult> {
  const s: Scenario = {
    ...scenario,
    ...(opts.replications ? { replications: opts.replications } : {}),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
  };
  if ((opts.workers ?? 1) > 1)
    return runScenarioParallel(network, s, {
      workers: opts.workers!,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.cache ? { cache: opts.cache } : {}),
      ...(opts.tables ? { tables: true } : {}),
    });
  const planner = opts.planner ?? createPlanner(network);
  return runScenario(network, s, {
    planner,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.cache ? { cache: opts.cache } : {}),
    ...(opts.tables ? { tables: true } : {}),
  });
}

/**
 * Writes a result (or comparison) as JSON and CSV into `dir`; each file appears whole (temp file +
 * rename). A result whose replications carry research tables also gets `tables/<table>/r000.csv`
 * and `.parquet` (one file per replication, long format) and `tables/README.md` (the columns).
 */
export async function writeResults(
  dir: string,
  result: SimulationResult | ComparisonResult,
): Promise<string[]> {
  const files: Record<string, string | Uint8Array> =
    'replications' in result
      ? { ...resultFiles(result), ...researchTableFiles(result.replications) }
      : comparisonFiles(result);
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const target = join(dir, name);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, content);
    await rename(temp, target);
    written.push(target);
  }
  return written;
}

/**
 * SHA-256 of a network folder's own files (the YAML beside network.yaml, by name; not its scenarios):
 * two runs on networks with the same hash ran on the same data.
 */
export async function networkContentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(ya?ml|csv|json)$/.test(e.name))
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    hash.update(`${name}\0`);
    hash.update(await readFile(join(dir, name)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The code's version: the package version and, in a git checkout, the commit (with "-dirty" when files changed). */
export function codeVersion(): { package: string; commit: string | null } {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  let commit: string | null;
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    commit =
      git('rev-parse', 'HEAD') +
      (git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : '');
  } catch {
    commit = null;
  }
  return { package: pkg.version, commit };
}

/**
 * What a reader needs to reproduce a run: code version, network content hash, the fully resolved
 * scenario (extends merged, defaults applied), seed, replications and when it ran.
 */
export async function provenanceOf(
  scenario: Scenario,
  networkDir: string,
  times: { started: Date; finished: Date },
): Promise<Record<string, unknown>> {
  return {
    code_version: codeVersion(),
    network: {
      id: scenario.network,
      dir: basename(networkDir),
      content_sha256: await networkContentHash(networkDir),
    },
    scenario,
    seed: scenario.seed,
    replications: scenario.replications,
    started_at: times.started.toISOString(),
    finished_at: times.finished.toISOString(),
    node: process.version,
  };
}

/** Reads a result written by writeResults (result.json in `dir`). */
export async function readResults(dir: string): Promise<SimulationResult> {
  return JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as SimulationResult;
}

/**
 * Writes the scenario files' JSON Schema into a scenarios folder (default: the built-in network's),
 * where their `# yaml-language-server: $schema=./scenario.schema.json` comments point.
 * @example node --import tsx -e "await (await import('./src/index.ts')).writeScenarioJsonSchema()"
 */
export async function writeScenarioJsonSchema(
  dir: string = join(NETWORKS_DIR, 'inner-mongolia', 'scenarios'),
): Promise<string> {
  const target = join(dir, SCENARIO_SCHEMA_FILE);
  await writeFile(`${target}.${process.pid}.tmp`, scenarioSchemaText(), 'utf8');
  await rename(`${target}.${process.pid}.tmp`, target);
  return target;
}

/** A shipped scenario as listed: its header fields and the file it is read from. */
export type ScenarioListing = Pick<
  Scenario,
  'id' | 'name' | 'description' | 'name_zh' | 'description_zh' | 'baseline'
> & { file: string };

/** The scenarios shipped with a network (its scenarios/ folder), parsed without the network check. */
export async function listScenarios(networkDir: string): Promise<ScenarioListing[]> {
  const dir = join(networkDir, 'scenarios');
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const out: ScenarioListing[] = [];
  for (const name of names) {
    try {
      const s = await loadScenario(join(dir, name));
      const zh = {
        ...(s.name_zh ? { name_zh: s.name_zh } : {}),
        ...(s.description_zh ? { description_zh: s.description_zh } : {}),
      };
      out.push({
        id: s.id,
        name: s.name,
        description: s.description,
        ...zh,
        ...(s.baseline ? { baseline: s.baseline } : {}),
        file: join(dir, name),
      });
    } catch {
      // an invalid file is reported by `corridor simulate`, not listed
    }
  }
  return out;
}

/** Experiments: designs of scenario cells, shards and merges (docs/scaling.md). */
export * from './experiment/index.ts';
