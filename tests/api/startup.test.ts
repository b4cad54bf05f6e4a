/**
 * Start-up: networks load from the root folder (every subfolder), a network with errors refuses
 * the start with the validator's report, and configuration comes from flags over environment.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { CorridorError, formatIssue } from '../../src/model/index.ts';
import {
  buildApp,
  DEFAULT_NETWORKS_DIR,
  resolveServeConfig,
  startServer,
} from '../../src/server/index.ts';
import { FIXTURE_DIR, FIXTURE_NETWORK, fixtureRegistryOnce, makeNetworksRoot } from './helpers.ts';

describe('buildApp(opts) start-up', () => {
  it('loads every network folder under the root', async () => {
    const app = await buildApp({
      networksDir: makeNetworksRoot({ a: FIXTURE_DIR }),
      rateLimit: false,
    });
    const res = await app.inject({ url: '/api/v1/networks' });
    expect(res.json().networks.map((n: { id: string }) => n.id)).toEqual([FIXTURE_NETWORK]);
    await app.close();
  });

  it('refuses to start when a network has errors, with file and field of each', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corridor-bad-'));
    const dir = join(root, 'broken');
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    const services = readFileSync(join(dir, 'services.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'services.yaml'),
      services.replace(/to: ulaanbaatar-hub/, 'to: ulaanbaatar-hubb'),
    );
    const error = await buildApp({ networksDir: root }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CorridorError);
    const e = error as CorridorError;
    expect(e.code).toBe('NETWORK_INVALID');
    const lines = e.issues.map(formatIssue);
    expect(lines.some((l) => l.includes('services.yaml') && l.includes('ulaanbaatar-hubb'))).toBe(
      true,
    );
  });

  it('refuses to start on a root with no network', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'corridor-empty-'));
    await expect(buildApp({ networksDir: empty })).rejects.toMatchObject({
      code: 'NETWORK_NOT_FOUND',
    });
    await expect(buildApp({ networksDir: join(empty, 'missing') })).rejects.toMatchObject({
      code: 'NETWORK_NOT_FOUND',
    });
  });
});

describe('resolveServeConfig(flags, env)', () => {
  it('defaults to 127.0.0.1:8080 on the repository networks folder', () => {
    const c = resolveServeConfig({}, {});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'info',
      networksDir: DEFAULT_NETWORKS_DIR,
    });
    expect(DEFAULT_NETWORKS_DIR.endsWith('/networks')).toBe(true);
    expect(c.rateLimit).toMatchObject({ max: 1200, timeWindow: '1 minute' });
  });

  it('reads PORT, HOST, NETWORK_DIR, LOG_LEVEL and the limits from the environment; flags win', () => {
    const env = {
      PORT: '9000',
      HOST: '0.0.0.0',
      NETWORK_DIR: '/srv/nets',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: 'off',
      TIME_BUDGET_MS: '500',
      PLAN_WORKERS: '0',
    };
    expect(resolveServeConfig({}, env)).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      networksDir: '/srv/nets',
      logLevel: 'warn',
      rateLimit: false,
      timeBudgetMs: 500,
      planWorkers: 0,
    });
    expect(resolveServeConfig({ workers: '3' }, env).planWorkers).toBe(3);
    expect(resolveServeConfig({ port: '7000', networks: '/x' }, env)).toMatchObject({
      port: 7000,
      networksDir: '/x',
    });
    const allow = resolveServeConfig(
      {},
      { RATE_LIMIT_MAX: '50', RATE_LIMIT_ALLOW: '127.0.0.1, ::1' },
    );
    expect(allow.rateLimit).toMatchObject({ max: 50, allowList: ['127.0.0.1', '::1'] });
  });

  it('names the flag and variable of a bad value', () => {
    expect(() => resolveServeConfig({ port: 'eighty' }, {})).toThrow(/--port \/ PORT/);
    expect(() => resolveServeConfig({}, { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('corridor serve', () => {
  it('exits 2 on a bad flag value', async () => {
    const io = createMemoryIo();
    expect(await runCli(['node', 'corridor', 'serve', '--port', '99999'], io)).toBe(2);
    expect(io.stderr).toContain('--port');
  });

  it("runs as a process (npm start's command) and exits 0 on SIGTERM after draining", async () => {
    const root = makeNetworksRoot({ [FIXTURE_NETWORK]: FIXTURE_DIR });
    const child = spawn(
      process.execPath,
      ['bin/corridor.js', 'serve', '--port', '0', '--networks', root, '--log-level', 'warn'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /serving on (http:\/\/\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      const exit = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses to start on an invalid network, printing the report, exit 1', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corridor-bad-'));
    cpSync(FIXTURE_DIR, join(root, 'broken'), { recursive: true });
    const file = join(root, 'broken', 'terminals.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('country: KR', 'country: Korea'));
    const io = createMemoryIo();
    expect(await runCli(['node', 'corridor', 'serve', '--port', '0', '--networks', root], io)).toBe(
      1,
    );
    expect(io.stderr).toContain('terminals.yaml');
    expect(io.stderr).toContain('country');
  });

  it('answers /ready with 503 NOT_READY once shutdown has begun', async () => {
    const app = await buildApp({
      networksDir: '(registry given)',
      registry: await fixtureRegistryOnce(),
      rateLimit: false,
    });
    let url = '';
    let during: { status: number; body: { code?: string } } | undefined;
    // runs after the app's own preClose hook, while the socket still accepts requests
    app.addHook('preClose', async () => {
      const res = await fetch(`${url}/ready`);
      during = { status: res.status, body: (await res.json()) as { code?: string } };
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    await app.close();
    expect(during).toEqual({
      status: 503,
      body: expect.objectContaining({ code: 'NOT_READY', status: 503 }),
    });
  });

  it('serves over a real socket and closes cleanly', async () => {
    const config = resolveServeConfig(
      {
        port: '0',
        networks: makeNetworksRoot({ [FIXTURE_NETWORK]: FIXTURE_DIR }),
        logLevel: 'silent',
      },
      {},
    );
    const server = await startServer(config, false);
    try {
      const res = await fetch(`${server.url}/api/v1/networks`, {
        headers: { 'x-request-id': 'serve-test' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe('serve-test');
      expect(res.headers.get('x-ratelimit-limit')).toBe('1200');
    } finally {
      await server.close();
    }
  });
});
