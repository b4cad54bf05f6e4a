import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../../src/cli/io.ts';
import { runCli } from '../../../src/cli/main.ts';
import { DEFAULT_NETWORK_DIR } from '../../../src/cli/network-folder.ts';
import { BROKEN_VARIANTS } from '../../fixtures/broken-variants.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/mini-corridor/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'corridor-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = createMemoryIo();
  const code = await runCli(['node', 'corridor', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

/** A copy of the fixture with one edit applied; fails when the text to replace is not found exactly once. */
function brokenCopy(
  name: string,
  file: string,
  from: string,
  to: string,
): { dir: string; text: string } {
  const dir = join(scratch, name.replace(/\W+/g, '-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text.split(from).length - 1, `"${from}" in ${file}`).toBe(1);
  const edited = text.replace(from, to);
  writeFileSync(join(dir, file), edited);
  return { dir, text: edited };
}

describe('corridor validate', () => {
  it('accepts the mini-corridor fixture with exit 0 and a summary line', async () => {
    const { code, out } = await run('validate', FIXTURE);
    expect(code).toBe(0);
    expect(out).toMatch(
      /: valid \(mini-corridor: 10 terminals, 13 services incl\. 6 return, 2 border crossings\), 0 warnings\n$/,
    );
  });

  it('prints warnings yet exits 0', async () => {
    const { dir } = brokenCopy(
      'warn',
      'services.yaml',
      '    emission_factor: air-freighter',
      '    emission_factor: road-hgv',
    );
    const { code, out } = await run('validate', dir);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^warning services\.yaml:\d+ services\[5\]\.emission_factor: emission factor "road-hgv" is for road, the service runs by air$/m,
    );
    expect(out).toMatch(/valid .*, 1 warning\n$/);
  });

  for (const v of BROKEN_VARIANTS) {
    it(`exits 1 naming file, line and field: ${v.check}`, async () => {
      const { dir } = brokenCopy(v.check, v.file, v.from, v.to);
      const { code, out } = await run('validate', dir);
      expect(code).toBe(1);
      const line = out
        .split('\n')
        .find(
          (l) => l.startsWith(`error   ${v.expect.file}:`) && l.includes(` ${v.expect.path}: `),
        );
      expect(line, `no "${v.expect.file}:<line> ${v.expect.path}:" in\n${out}`).toBeDefined();
      expect(line).toMatch(new RegExp(`^error   ${v.expect.file.replace('.', '\\.')}:\\d+ `));
      expect(line).toContain(v.expect.message);
      expect(out).toMatch(/: invalid, \d+ errors?, \d+ warnings?\n$/);
    });
  }

  it('prints the issues as JSON with --json', async () => {
    const v = BROKEN_VARIANTS.find((b) => b.check === 'unknown terminal')!;
    const { dir } = brokenCopy('json', v.file, v.from, v.to);
    const { code, out } = await run('validate', dir, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ valid: false, errors: 1, warnings: 0 });
    expect(report.issues[0]).toMatchObject({
      severity: 'error',
      file: 'services.yaml',
      path: 'services[0].legs[1].from',
      hint: 'did you mean "erenhot-rail"?',
    });
    expect(report.issues[0].line).toBeGreaterThan(0);
    expect(JSON.parse((await run('validate', FIXTURE, '--json')).out)).toMatchObject({
      valid: true,
      errors: 0,
      issues: [],
    });
  });

  it('reports a missing folder as exit 1', async () => {
    const { code, out } = await run('validate', join(scratch, 'absent'));
    expect(code).toBe(1);
    expect(out).toContain('cannot read network folder: no such folder');
  });

  it('defaults to networks/inner-mongolia of the repository, found from the module location', () => {
    expect(DEFAULT_NETWORK_DIR).toBe(
      fileURLToPath(new URL('../../../networks/inner-mongolia/', import.meta.url)),
    );
  });
});

describe('corridor info', () => {
  it('summarises counts, gateways and reachability', async () => {
    const { code, out } = await run('info', FIXTURE);
    expect(code).toBe(0);
    expect(out).toContain('10 terminals, 13 services, 2 border crossings, 4 sources');
    expect(out).toContain('\n  CN           3     3     1     1          5\n');
    expect(out).toContain(
      'border   erenhot-zamyn-uud-rail (Erenhot – Zamyn-Üüd (rail)) rail CN→MN: baotou-ulaanbaatar-train, baotou-ulaanbaatar-train-return',
    );
    expect(out).toContain(
      'seaport  tianjin-port (Port of Tianjin) sea CN→KR: tianjin-incheon-feeder, tianjin-incheon-feeder-return',
    );
    expect(out).toContain('81 of 90 ordered terminal pairs connected (90 %)');
    expect(out).toContain('seoul-gimpo cannot reach 9:');
  });

  it('refuses an invalid network with exit 1 and its errors', async () => {
    const v = BROKEN_VARIANTS.find((b) => b.check === 'unknown terminal')!;
    const { dir } = brokenCopy('info-broken', v.file, v.from, v.to);
    const { code, err } = await run('info', dir);
    expect(code).toBe(1);
    expect(err).toContain('services[0].legs[1].from: unknown terminal "erenhot-rial"');
  });
});

describe('corridor export', () => {
  it('writes GeoJSON to standard output', async () => {
    const { code, out } = await run('export', FIXTURE, '--format', 'geojson');
    expect(code).toBe(0);
    const fc = JSON.parse(out);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(25);
  });

  it('writes the graph to a file with --out', async () => {
    const file = join(scratch, 'graph.json');
    const { code } = await run('export', FIXTURE, '--format', 'graph', '--out', file);
    expect(code).toBe(0);
    const graph = JSON.parse(readFileSync(file, 'utf8'));
    expect(graph.options.multi).toBe(true);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain('erenhot-rail@rail');
  });

  it('rejects an unknown format as a usage error (exit 2)', async () => {
    const { code, err } = await run('export', FIXTURE, '--format', 'kml');
    expect(code).toBe(2);
    expect(err).toMatch(/Allowed choices are geojson, graph/);
  });
});
