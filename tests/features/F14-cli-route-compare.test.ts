/** F14: `corridor route` and `corridor compare`: a readable table, --json as the API gives it, exit codes 0/1/2. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { createMemoryIo } from '../../src/cli/io.ts';
import { PlanResult } from '../../src/model/index.ts';

async function run(...args: string[]) {
  const io = createMemoryIo();
  const code = await runCli(['node', 'corridor', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('F14 CLI route and compare', () => {
  it('route prints a table and the legs of each route', async () => {
    const r = await run(
      'route',
      '--from',
      'Baotou',
      '--to',
      'Ningbo',
      '--depart',
      '2026-12-01',
      '--teu',
      '2',
      '--objective',
      'cost',
      '--alternatives',
      '1',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('cost USD');
    expect(r.out).toMatch(/ 1 {2}Port of Tianjin/);
    // "Baotou" is the city's terminals: the truck from the bonded zone is cheaper than the train
    expect(r.out).toContain('baotou-bonded (wait 1d) ~ROAD');
    expect(r.out).toMatch(/^note: Baotou is a city of 3 terminals .*: baotou-bonded$/m);
    expect(r.out).toContain('tianjin-port [transfer road→sea');
  });

  it('--json prints a PlanResult', async () => {
    const r = await run(
      'route',
      '--from',
      'baotou-rail',
      '--to',
      'Moscow',
      '--depart',
      '2026-12-01',
      '--feu',
      '1',
      '--json',
    );
    expect(r.code).toBe(0);
    const parsed = PlanResult.parse(JSON.parse(r.out));
    expect(parsed.status).toBe('ok');
  });

  it('compare prints one row per corridor', async () => {
    const r = await run(
      'compare',
      '--from',
      'Chifeng',
      '--to',
      'Moscow',
      '--depart',
      '2026-12-01',
      '--teu',
      '1',
      '--objective',
      'cost',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Manzhouli/);
    expect(r.out.split('\n').filter((l) => /^\s*\d+ {2}/.test(l)).length).toBeGreaterThan(1);
  });

  it('bad arguments name the argument and exit 2', async () => {
    const zero = await run('route', '--from', 'Baotou', '--to', 'Ningbo', '--teu', '0');
    expect(zero.code).toBe(2);
    expect(zero.err).toContain('--teu');
    const nan = await run('route', '--from', 'Baotou', '--to', 'Ningbo', '--kg', 'lots');
    expect(nan.code).toBe(2);
    expect(nan.err).toContain('--kg: "lots" is not a number');
    const regime = await run(
      'route',
      '--from',
      'Baotou',
      '--to',
      'Ningbo',
      '--teu',
      '1',
      '--regime',
      '1234',
    );
    expect(regime.code).toBe(2);
    expect(regime.err).toMatch(/--regime.*9610/s);
    const flag = await run(
      'route',
      '--from',
      'Baotou',
      '--to',
      'Ningbo',
      '--teu',
      '1',
      '--cargo',
      'explosives',
    );
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--cargo');
    const place = await run('route', '--from', 'Baotuo', '--to', 'Ningbo', '--teu', '1');
    expect(place.code).toBe(2);
    expect(place.err).toContain('did you mean');
  });

  it('no route prints the reason and exits 1', async () => {
    const r = await run(
      'route',
      '--from',
      'Baotou',
      '--to',
      'Duisburg',
      '--teu',
      '1',
      '--depart',
      '2026-12-01',
      '--modes',
      'rail',
      '--avoid-country',
      'RU,MN',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('no route: avoiding RU, MN');
  });

  it('an avoided country the network lacks exits 2 naming the flag, as the API answers 400', async () => {
    const r = await run(
      'route',
      '--from',
      'Baotou',
      '--to',
      'Duisburg',
      '--teu',
      '1',
      '--avoid-country',
      'RS',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--avoid-country: unknown country "RS" (did you mean "RU"?');
  });
});
