/**
 * Every scenario shipped with the built-in network reads without an issue against that network, so a
 * scenario added to networks/inner-mongolia/scenarios is checked the day it lands (not only the one
 * the CLI tests run).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, NETWORKS_DIR, openNetwork } from '../../src/files/index.ts';
import type { Network } from '../../src/model/index.ts';

const DIR = join(NETWORKS_DIR, 'inner-mongolia', 'scenarios');
const FILES = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

let network: Network;
beforeAll(async () => {
  network = await openNetwork();
});

describe('the shipped scenarios', () => {
  it('are there to check', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(FILES)('%s reads against the built-in network without an issue', async (name) => {
    const scenario = await loadScenario(join(DIR, name), { network });
    expect(scenario.network).toBe('inner-mongolia');
    expect(`${scenario.id}.yaml`).toBe(name);
  });
});
