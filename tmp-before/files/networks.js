/**
 * Network folders on disk for scripts and the edges (CLI, server, jobs): the shipped folder, opening
 * one with every issue thrown at once, and the content hash that names the data a run used.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorridorError } from "../model/index.js";
import { loadNetwork } from "../network/index.js";
/** The networks folder shipped with the package. */
export const NETWORKS_DIR = fileURLToPath(new URL('../../networks/', import.meta.url));
/** Loads and validates a network folder; throws NETWORK_INVALID with every issue when it has errors. */
export async function openNetwork(dir = join(NETWORKS_DIR, 'inner-mongolia')) {
    const { network, issues } = await loadNetwork(dir);
    if (!network)
        throw new CorridorError('NETWORK_INVALID', `network ${dir} is invalid`, issues.filter((i) => i.severity === 'error'));
    return network;
}
/** Where a scenario's network lives: `<networks>/<id>/scenarios/x.yaml` → `<networks>/<id>`, else the shipped folder. */
export function networkDirFor(scenarioFile, networkId) {
    const folder = dirname(dirname(resolve(scenarioFile)));
    if (basename(folder) === networkId && existsSync(join(folder, 'network.yaml')))
        return folder;
    return join(NETWORKS_DIR, networkId);
}
/**
 * SHA-256 of a network folder's own files (the YAML beside network.yaml, by name; not its scenarios):
 * two runs on networks with the same hash ran on the same data.
 */
export async function networkContentHash(dir) {
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
//# sourceMappingURL=networks.js.map