/**
 * The networks the server answers on: every folder under the networks root is loaded and
 * validated at start, and one planner is built per network. A network with errors stops the start
 * with the validator's report; the server never serves half a network.
 */
import { basename, join } from 'node:path';
import { CorridorError, type Issue, type Network } from '../model/index.ts';
import { loadNetworks } from '../network/index.ts';
import { createPlanner, type Planner } from '../planner/index.ts';
import { toNetworkDetail, toNetworkSummary } from './network-views.ts';
import { DEFAULT_NETWORK_ID, type NetworkDetail, type NetworkSummary } from '../contract/index.ts';

export interface NetworkEntry {
  readonly id: string;
  readonly network: Network;
  readonly planner: Planner;
  readonly summary: NetworkSummary;
  readonly detail: NetworkDetail;
}

export interface NetworkRegistry {
  readonly ids: readonly string[];
  /** the network of a request that names none: inner-mongolia when loaded, else the first */
  readonly defaultId: string;
  list(): readonly NetworkEntry[];
  /** @throws CorridorError NETWORK_NOT_FOUND naming the known ids */
  get(id: string): NetworkEntry;
}

/** Loads, validates and compiles every network under `rootDir`. @throws CorridorError NETWORK_INVALID with every issue */
export async function loadNetworkRegistry(rootDir: string): Promise<NetworkRegistry> {
  let result: Awaited<ReturnType<typeof loadNetworks>>;
  try {
    result = await loadNetworks(rootDir);
  } catch (error) {
    throw new CorridorError('NETWORK_NOT_FOUND', `networks directory ${rootDir} cannot be read`, [
      {
        severity: 'error',
        path: rootDir,
        message: (error as Error).message,
        hint: 'pass --networks <dir> or set NETWORK_DIR',
      },
    ]);
  }
  const errors: Issue[] = [];
  for (const report of result.reports) {
    for (const issue of report.issues) {
      if (issue.severity === 'error')
        errors.push({ ...issue, file: join(basename(report.dir), issue.file ?? '') });
    }
  }
  if (errors.length > 0) {
    throw new CorridorError(
      'NETWORK_INVALID',
      `${errors.length} error(s) in the networks under ${rootDir}`,
      errors,
    );
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
  const entries: NetworkEntry[] = [];
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
function createRegistry(list: readonly NetworkEntry[]): NetworkRegistry {
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
