/**
 * POST /api/v1/matrix and `corridor matrix`: one cell per pair with the best route's figures or why
 * there is none; NDJSON streaming; the side cap; the shared time budget; the search threads give
 * the same cells as in-process; the CLI writes the same cells as CSV.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_MAX_SIDE, MatrixResponse } from '../../src/contract/index.ts';
import { runCli } from '../../src/cli/main.ts';
import { createMemoryIo } from '../../src/cli/io.ts';
import { buildFixtureApp, expectProblem, FIXTURE_DIR, FIXTURE_NETWORK } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(() => app.close());

const BODY = {
  network: FIXTURE_NETWORK,
  origins: ['baotou-rail', 'Atlantis'],
  destinations: ['ulaanbaatar-hub', 'Seoul', 'tianjin-port'],
  depart: '2025-03-03',
  shipment: { teu: 1 },
  objective: 'cost',
};
const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/matrix', payload: body, headers });

describe('POST /api/v1/matrix', () => {
  it('answers one cell per pair in origin-major order, with the figures of the best route', async () => {
    const res = await post(BODY);
    expect(res.statusCode).toBe(200);
    const m = MatrixResponse.parse(res.json());
    expect(m.origins).toEqual(['baotou-rail', 'Atlantis']);
    expect(m.cells.map((c) => [c.origin, c.destination])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    const first = m.cells[0]!;
    expect(first.status).toBe('ok');
    // the cell is the planner's best route for the objective, cut to its figures
    const route = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      payload: {
        ...BODY,
        origins: undefined,
        destinations: undefined,
        from: 'baotou-rail',
        to: 'ulaanbaatar-hub',
        alternatives: 1,
      },
    });
    const best = (
      route.json() as {
        routes: {
          cost: { total_usd: number };
          duration_p90_h: number;
          corridor: { label: string; short?: string };
        }[];
      }
    ).routes[0]!;
    expect(first.cost_usd).toBeCloseTo(best.cost.total_usd, 1);
    expect(first.p90_days).toBeCloseTo(best.duration_p90_h / 24, 1);
    expect(first.corridor).toBe(best.corridor.label);
    // and the named corridor a planner calls it by
    expect(first.corridor_short).toBe(best.corridor.short);
    expect(first.corridor_short).toBeTruthy();
    expect(first.days! <= first.p90_days!).toBe(true);
    // an unknown place is that pair's error, not the request's
    expect(m.cells[3]).toMatchObject({ status: 'error', code: 'PLACE_NOT_FOUND' });
    expect(m.cells[3]!.reason).toContain('Atlantis');
  });

  it('answers no_route with the reason for a pair the constraints rule out', async () => {
    const res = await post({
      ...BODY,
      origins: ['baotou-rail'],
      destinations: ['ulaanbaatar-hub'],
      constraints: { modes: ['air'] },
    });
    const cell = MatrixResponse.parse(res.json()).cells[0]!;
    expect(cell.status).toBe('no_route');
    expect(cell.reason).toBeTruthy();
  });

  it('streams NDJSON when asked: a header line, a line per pair, an end line', async () => {
    const res = await post(BODY, { accept: 'application/x-ndjson' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; origin?: number; destination?: number });
    expect(lines[0]).toMatchObject({ type: 'matrix', network: FIXTURE_NETWORK, pairs: 6 });
    expect(lines.at(-1)?.type).toBe('end');
    const cells = lines.filter((l) => l.type === 'cell');
    expect(cells).toHaveLength(6);
    expect(new Set(cells.map((c) => `${c.origin},${c.destination}`)).size).toBe(6);
  });

  it(`refuses more than ${MATRIX_MAX_SIDE} origins, a pareto objective and unknown countries with 400`, async () => {
    const many = Array.from({ length: MATRIX_MAX_SIDE + 1 }, () => 'baotou-rail');
    const p = expectProblem(await post({ ...BODY, origins: many }), 400, 'REQUEST_INVALID');
    expect(p.issues?.[0]?.path).toBe('body.origins');
    expectProblem(await post({ ...BODY, objective: 'pareto' }), 400, 'REQUEST_INVALID');
    const f = expectProblem(
      await post({ ...BODY, constraints: { avoid_countries: ['ZZ'] } }),
      400,
      'FILTER_UNKNOWN',
    );
    expect(f.issues?.[0]?.path).toBe('body.constraints.avoid_countries[0]');
  });

  it('keeps to its time budget: pairs past it are skipped, not an error', async () => {
    const tight = await buildFixtureApp({ timeBudgetMs: 1 });
    try {
      const places = [
        'baotou-rail',
        'erenhot-rail',
        'ulaanbaatar-hub',
        'tianjin-port',
        'incheon-port',
        'seoul-gimpo',
      ];
      const res = await tight.inject({
        method: 'POST',
        url: '/api/v1/matrix',
        payload: { ...BODY, origins: places, destinations: places, objective: 'time' },
      });
      expect(res.statusCode).toBe(200);
      const m = MatrixResponse.parse(res.json());
      expect(m.cells).toHaveLength(36);
      const skipped = m.cells.filter((c) => c.status === 'skipped');
      expect(skipped.length).toBeGreaterThan(0);
      expect(skipped[0]!.code).toBe('SEARCH_ABORTED');
    } finally {
      await tight.close();
    }
  });

  it('gives the same cells on the search threads as in-process', async () => {
    const threaded = await buildFixtureApp({ planWorkers: 1, timeBudgetMs: 60_000 });
    try {
      const a = MatrixResponse.parse((await post(BODY)).json());
      const res = await threaded.inject({ method: 'POST', url: '/api/v1/matrix', payload: BODY });
      const b = MatrixResponse.parse(res.json());
      expect(b.cells).toEqual(a.cells);
    } finally {
      await threaded.close();
    }
  });
});

describe('corridor matrix', () => {
  it('writes the same cells as CSV, reading places from flags and list files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-matrix-'));
    writeFileSync(join(dir, 'dest.csv'), 'destination,note\nulaanbaatar-hub,capital\n"Seoul",\n');
    const io = createMemoryIo();
    const code = await runCli(
      [
        'node',
        'corridor',
        'matrix',
        '--network',
        FIXTURE_DIR,
        '--origins',
        'baotou-rail,Atlantis',
        '--destinations-file',
        join(dir, 'dest.csv'),
        '--destinations',
        'tianjin-port',
        '--teu',
        '1',
        '--depart',
        '2025-03-03',
        '--objective',
        'cost',
        '--out',
        join(dir, 'out.csv'),
      ],
      io,
    );
    expect(io.stderr).toContain('6 pairs');
    expect(code).toBe(0);
    const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      'origin,destination,status,from_id,to_id,cost_usd,days,p50_days,p90_days,co2e_kg,corridor,corridor_short,modes,code,reason',
    );
    expect(lines).toHaveLength(7);
    // the API's cells for the same pairs (flags first, then the file's places)
    const api = MatrixResponse.parse((await post(BODY)).json());
    const apiFirst = api.cells[0]!;
    expect(lines[1]).toMatch(new RegExp(`^baotou-rail,tianjin-port,`));
    const row = (o: string, d: string) => lines.find((l) => l.startsWith(`${o},${d},`))!;
    expect(row('baotou-rail', 'ulaanbaatar-hub').split(',')[5]).toBe(String(apiFirst.cost_usd));
    expect(row('Atlantis', 'Seoul')).toContain('PLACE_NOT_FOUND');
  });

  it('exits 2 on an unknown avoided country, as the API answers 400', async () => {
    const io = createMemoryIo();
    const code = await runCli(
      [
        'node',
        'corridor',
        'matrix',
        '--network',
        FIXTURE_DIR,
        '--origins',
        'baotou-rail',
        '--destinations',
        'Seoul',
        '--teu',
        '1',
        '--avoid-country',
        'ZZ',
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.stderr).toContain('--avoid-country: unknown country "ZZ"');
  });
});
