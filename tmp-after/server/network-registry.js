/**
 * The networks the server answers on: every folder under the networks root is loaded and
 * validated at start, and one planner is built per network. A network with errors stops the start
 * with the validator's report; the server never serves half a network.
 */
import { basename, join } from 'node:path';
import { CorridorError } from "../model/index.js";
import { loadNetworks } from "../network/index.js";
import { createPlanner } from "../planner/index.js";
import { toNetworkDetail, toNetworkSummary } from "./network-views.js";
import { DEFAULT_NETWORK_ID } from "../contract/index.js";
/** Loads, validates and compiles every network under `rootDir`. @throws CorridorError NETWORK_INVALID with every issue */
export async function loadNetworkRegistry(rootDir) {
    let result;
    try {
        result = await loadNetworks(rootDir);
    }
    catch (error) {
        throw new CorridorError('NETWORK_NOT_FOUND', `networks directory ${rootDir} cannot be read`, [
            {
                severity: 'error',
                path: rootDir,
                message: error.message,
                hint: 'pass --networks <dir> or set NETWORK_DIR',
            },
        ]);
    }
    const errors = [];
    for (const report of result.reports) {
        for (const issue of report.issues) {
            if (issue.severity === 'error')
                errors.push({ ...issue, file: join(basename(report.dir), issue.file ?? '') });
        }
    }
    if (errors.length > 0) {
        throw new CorridorError('NETWORK_INVALID', `${errors.length} error(s) in the networks under ${rootDir}`, errors);
    }
    if (result.networks.size === 0) {
        throw new CorridorError('NETWORK_NOT_FOUND', `no network folder under ${rootDir}`, [
            {
                severity: 'error',
                path: rootDir,
                message: 'no folder with a network.yaml',
                hint: 'pass --networks <dir> or set NETWORK_DIR',
            },
        ]);
    }
    const entries = [];
    for (const [id, network] of result.networks) {
        entries.push({
            id,
            network,
            planner: createPlanner(network),
            summary: toNetworkSummary(network),
            detail: toNetworkDetail(network),
        });
    }
    return createRegistry(entries);
}
/** A registry over already-built entries. */
function createRegistry(list) {
    const byId = new Map(list.map((e) => [e.id, e]));
    const ids = [...byId.keys()];
    return {
        ids,
        defaultId: byId.has(DEFAULT_NETWORK_ID) ? DEFAULT_NETWORK_ID : (ids[0] ?? DEFAULT_NETWORK_ID),
        list: () => list,
        get(id) {
            const entry = byId.get(id);
            if (!entry) {
                throw new CorridorError('NETWORK_NOT_FOUND', `no network "${id}"`, [
                    {
                        severity: 'error',
                        path: 'network',
                        message: `no network "${id}"`,
                        hint: `known networks: ${ids.join(', ')}`,
                    },
                ]);
            }
            return entry;
        },
    };
}
//# sourceMappingURL=network-registry.js.map