/**
 * Scenario files on disk: reading one (with what it extends and its shipments CSV), building one from
 * an object with the same checks, listing a network's shipped scenarios and writing their JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { CorridorError } from "../model/index.js";
import { parseScenario, SCENARIO_SCHEMA_FILE, scenarioSchemaText, } from "../simulation/index.js";
import { NETWORKS_DIR } from "./networks.js";
/**
 * Reads a scenario file (and what it extends, and its shipments CSV) and checks it against the
 * network when one is given; throws SCENARIO_INVALID with file, line and field of every issue.
 */
export async function loadScenario(file, opts = {}) {
    const text = await readFile(file, 'utf8').catch(() => {
        throw new CorridorError('SCENARIO_INVALID', `cannot read scenario file ${file}`);
    });
    const dir = dirname(resolve(file));
    const readSibling = (name) => {
        try {
            return readFileSync(join(dir, name), 'utf8');
        }
        catch {
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
export async function scenarioNetworkId(file) {
    const seen = new Set();
    let path = resolve(file);
    while (!seen.has(path)) {
        seen.add(path);
        let data;
        try {
            data = parseYaml(await readFile(path, 'utf8'));
        }
        catch {
            break;
        }
        if (typeof data !== 'object' || data === null)
            break;
        const { network, extends: base } = data;
        if (typeof network === 'string')
            return network;
        if (typeof base !== 'string')
            break;
        path = join(dirname(path), base);
    }
    return 'inner-mongolia';
}
/**
 * Builds a scenario from an object in a script: typed as a scenario file, and checked at run time
 * with the same checks as a file (a value from JSON or a cast gets no pass).
 * @example buildScenario({ extends: 'baseline-2024.yaml', policies: [...] }, { network, dir: 'networks/inner-mongolia/scenarios' })
 */
export function buildScenario(data, opts = {}) {
    const name = opts.name ?? `${String(data.id ?? 'script')}.yaml`;
    const readSibling = (file) => {
        if (!opts.dir)
            return undefined;
        try {
            return readFileSync(join(opts.dir, file), 'utf8');
        }
        catch {
            return undefined;
        }
    };
    const { scenario, issues } = parseScenario(name, stringify(data), {
        readFile: readSibling,
        ...(opts.network ? { network: opts.network } : {}),
    });
    if (!scenario)
        throw new CorridorError('SCENARIO_INVALID', `scenario ${name} is invalid`, issues);
    return scenario;
}
/**
 * Writes the scenario files' JSON Schema into a scenarios folder (default: the built-in network's),
 * where their `# yaml-language-server: $schema=./scenario.schema.json` comments point.
 * @example node --import tsx -e "await (await import('./src/index.ts')).writeScenarioJsonSchema()"
 */
export async function writeScenarioJsonSchema(dir = join(NETWORKS_DIR, 'inner-mongolia', 'scenarios')) {
    const target = join(dir, SCENARIO_SCHEMA_FILE);
    await writeFile(`${target}.${process.pid}.tmp`, scenarioSchemaText(), 'utf8');
    await rename(`${target}.${process.pid}.tmp`, target);
    return target;
}
/** The scenarios shipped with a network (its scenarios/ folder), parsed without the network check. */
export async function listScenarios(networkDir) {
    const dir = join(networkDir, 'scenarios');
    const names = (await readdir(dir).catch(() => []))
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    const out = [];
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
        }
        catch {
            // an invalid file is reported by `corridor simulate`, not listed
        }
    }
    return out;
}
//# sourceMappingURL=scenarios.js.map