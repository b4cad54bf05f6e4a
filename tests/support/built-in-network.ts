/** The built-in network and a planner on it, loaded once per test file that asks (beforeAll). */
import type { Network } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';

const BUILT_IN_DIR = new URL('../../networks/inner-mongolia/', import.meta.url).pathname;

/** Loads networks/inner-mongolia; throws with the count of errors when it does not validate. */
export async function loadBuiltIn(): Promise<{ network: Network; planner: Planner }> {
  const { network, issues } = await loadNetwork(BUILT_IN_DIR);
  if (!network)
    throw new Error(
      `built-in network invalid: ${issues.filter((i) => i.severity === 'error').length} errors`,
    );
  return { network, planner: createPlanner(network) };
}
