/**
 * Scenario files on disk: reading one (with what it extends and its shipments CSV), building one from
 * an object with the same checks, listing a network's shipped scenarios and writing their JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { CorridorError, type Network } from '../model/index.ts';
import {
  parseScenario,
  SCENARIO_SCHEMA_FILE,
  scenarioSchemaText,
  type Scenario,
  type ScenarioInput,
} from '../simulation/index.ts';
import { NETWORKS_DIR } from './networks.ts';

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
