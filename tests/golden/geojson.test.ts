/** Golden file for the fixture's GeoJSON. `REGEN=1 npx vitest run tests/golden` rewrites the expected file after an intended change. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNetwork, toGeoJson } from '../../src/network/index.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/mini-corridor/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./mini-corridor.geojson', import.meta.url));

describe('GeoJSON golden', () => {
  it('matches tests/golden/mini-corridor.geojson', async () => {
    const { network } = await loadNetwork(FIXTURE);
    const actual = `${JSON.stringify(toGeoJson(network!), null, 2)}\n`;
    if (process.env['REGEN'] === '1') writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), 'golden file missing: run REGEN=1 npx vitest run tests/golden').toBe(true);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
