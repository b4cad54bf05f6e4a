/**
 * Unknown ids in a query's constraints are refused like unknown GET filter values: 400
 * FILTER_UNKNOWN, every unknown id named with its field path and a did-you-mean; the CLI runs the
 * same check (src/contract/constraint-check.ts) and exits 2.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConstraintIds } from '../../src/contract/index.ts';
import { reportUnknownConstraintIds } from '../../src/cli/commands/route.ts';
import { createMemoryIo } from '../../src/cli/io.ts';
import { RouteQuery } from '../../src/model/index.ts';
import {
  buildFixtureApp,
  expectProblem,
  fixtureRegistryOnce,
  fixtureRouteBody,
} from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(() => app.close());

const post = (url: string, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url, payload: body });

describe('unknown ids in constraints', () => {
  it('answers 400 FILTER_UNKNOWN for an unknown country, naming it, on /routes and /compare', async () => {
    for (const url of ['/api/v1/routes', '/api/v1/corridors/compare']) {
      const p = expectProblem(
        await post(url, fixtureRouteBody({ constraints: { avoid_countries: ['ZZ'] } })),
        400,
        'FILTER_UNKNOWN',
      );
      expect(p.issues).toHaveLength(1);
      expect(p.issues?.[0]?.path).toBe('body.constraints.avoid_countries[0]');
      expect(p.issues?.[0]?.message).toContain('"ZZ"');
      // no near code: the hint lists the network's countries, not a random two-letter guess
      expect(p.issues?.[0]?.hint).not.toMatch(/did you mean/);
      expect(p.issues?.[0]?.hint).toContain('CN, KR, MN');
    }
  });

  it('suggests the code one letter away ("MM" → "MN")', async () => {
    const p = expectProblem(
      await post('/api/v1/routes', fixtureRouteBody({ constraints: { avoid_countries: ['MM'] } })),
      400,
      'FILTER_UNKNOWN',
    );
    expect(p.issues?.[0]?.hint).toMatch(/^did you mean "MN"\?/);
  });

  it('names every unknown country, terminal and border at once, with suggestions', async () => {
    const p = expectProblem(
      await post(
        '/api/v1/routes',
        fixtureRouteBody({
          constraints: {
            avoid_countries: ['MN', 'ZZ'],
            avoid_terminals: ['erenhot-rial'],
            avoid_borders: ['nowhere'],
          },
        }),
      ),
      400,
      'FILTER_UNKNOWN',
    );
    expect(p.issues?.map((i) => i.path)).toEqual([
      'body.constraints.avoid_countries[1]',
      'body.constraints.avoid_terminals[0]',
      'body.constraints.avoid_borders[0]',
    ]);
    expect(p.issues?.[1]?.hint).toMatch(/^did you mean "erenhot-rail"/);
  });

  it('still plans when every id is known', async () => {
    const res = await post(
      '/api/v1/routes',
      fixtureRouteBody({ constraints: { avoid_countries: ['KR'] } }),
    );
    expect(res.statusCode).toBe(200);
  });

  it('the CLI check is the same: it prints the flag and exits 2', async () => {
    const network = (await fixtureRegistryOnce()).get('mini-corridor').network;
    const q = RouteQuery.parse({
      from: 'baotou-rail',
      to: 'ulaanbaatar-hub',
      shipment: { teu: 1 },
      constraints: { avoid_countries: ['ZZ'], avoid_terminals: ['erenhot-rial'] },
    });
    const io = createMemoryIo();
    expect(reportUnknownConstraintIds(network, q, io)).toBe(false);
    expect(io.exitCode()).toBe(2);
    expect(io.stderr).toContain('corridor: --avoid-country: unknown country "ZZ"');
    expect(io.stderr).toContain('corridor: --avoid-terminal: unknown terminal "erenhot-rial"');
    expect(checkConstraintIds(network, q.constraints).map((i) => i.path)).toEqual([
      'constraints.avoid_countries[0]',
      'constraints.avoid_terminals[0]',
    ]);
  });
});
