/**
 * POST /api/v1/routes and /api/v1/corridors/compare on the fixture network: answers, "no route"
 * as a 200 with its reason, unknown places as 422 with suggestions, GeoJSON, the answer cache.
 * The time budget (503) is tested on the built-in network, whose searches are large enough to hit it.
 */
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PARETO_MAX_ROUTES,
  RouteRequest,
  RouteResponse,
  toRouteQuery,
} from '../../src/contract/index.ts';
import { compress } from '../../src/server/compression.ts';
import { runPlanTask } from '../../src/server/plan-task.ts';
import {
  buildFixtureApp,
  expectProblem,
  FIXTURE_NETWORK,
  fixtureRegistryOnce,
  fixtureRouteBody,
} from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(async () => app.close());

const textOf = (utf8: Uint8Array) => Buffer.from(utf8).toString('utf8');
/** An answer's text with its elapsed time zeroed: two plans of one query differ in nothing else. */
const timelessText = (utf8: Uint8Array) =>
  textOf(utf8).replace(/"elapsed_ms":[0-9.e+-]+/, '"elapsed_ms":0');

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload, headers });

describe('POST /api/v1/routes', () => {
  it('splits a shipment larger than a train over departures and says so (docs/decisions.md CP1)', async () => {
    // the fixture's Baotou–Ulaanbaatar train takes 82 TEU (41 FEU) a departure
    const res = await post(
      '/api/v1/routes',
      fixtureRouteBody({ shipment: { feu: 100 }, constraints: { modes: ['rail'] } }),
    );
    expect(res.statusCode).toBe(200);
    const body = RouteResponse.parse(res.json());
    const c = body.routes[0]!.capacity!;
    expect(c.per_departure).toBe(82);
    expect(c.parts.map((p) => p.feu)).toEqual([41, 41, 18]);
    expect(body.routes[0]!.arrive).toBe(c.parts[2]!.arrive);
    expect(body.notices.map((n) => n.code)).toContain('CAPACITY_SPLIT');
  });

  it('answers routes from Baotou to Ulaanbaatar through Erenhot–Zamyn-Üüd by rail and by road', async () => {
    const res = await post('/api/v1/routes', fixtureRouteBody());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = RouteResponse.parse(res.json());
    expect(body.status).toBe('ok');
    expect(body.network).toBe('mini-corridor');
    expect(body.from.id).toBe('baotou-rail');
    expect(body.to.id).toBe('ulaanbaatar-hub');
    expect(body.routes.length).toBeGreaterThanOrEqual(2);
    const modes = body.routes.map((r) => r.modes.join('+')).sort();
    expect(modes).toContain('rail');
    expect(modes.some((m) => m.includes('road'))).toBe(true);
    for (const r of body.routes) expect(r.geometry).toBeUndefined();
  });

  it('resolves names and aliases as places (Erlian → Erenhot)', async () => {
    const body = RouteResponse.parse(
      (
        await post('/api/v1/routes', fixtureRouteBody({ from: 'Erlian', to: 'Ulaanbaatar' }))
      ).json(),
    );
    expect(body.from.id).toBe('erenhot-rail');
  });

  it('adds a GeoJSON FeatureCollection of the legs to each route when asked', async () => {
    const body = RouteResponse.parse(
      (await post('/api/v1/routes', fixtureRouteBody({ geojson: true }))).json(),
    );
    expect(body.routes.length).toBeGreaterThan(0);
    for (const r of body.routes) {
      expect(r.geometry?.type).toBe('FeatureCollection');
      expect(r.geometry?.features.map((f) => f.properties.service_id)).toEqual(
        r.legs.map((l) => l.service_id),
      );
      for (const f of r.geometry?.features ?? [])
        expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('answers the Pareto set for objective "pareto"', async () => {
    const body = RouteResponse.parse(
      (await post('/api/v1/routes', fixtureRouteBody({ objective: 'pareto' }))).json(),
    );
    expect(body.objective).toBe('pareto');
    expect(body.routes.every((r) => r.pareto_optimal)).toBe(true);
  });

  it('answers "no route" as 200 with an empty list and the reason', async () => {
    const res = await post(
      '/api/v1/routes',
      fixtureRouteBody({
        constraints: { avoid_borders: ['erenhot-zamyn-uud-rail', 'erenhot-zamyn-uud-road'] },
      }),
    );
    expect(res.statusCode).toBe(200);
    const body = RouteResponse.parse(res.json());
    expect(body.status).toBe('no_route');
    expect(body.routes).toEqual([]);
    expect(body.reason).toContain('erenhot-zamyn-uud');
  });

  it('answers 422 PLACE_NOT_FOUND with suggestions on an unknown place', async () => {
    const p = expectProblem(
      await post('/api/v1/routes', fixtureRouteBody({ from: 'Baotoo' })),
      422,
      'PLACE_NOT_FOUND',
    );
    expect(p.issues?.[0]?.path).toBe('body.from');
    expect(p.issues?.[0]?.hint).toMatch(/Baotou/i);
  });

  it('answers 422 QUERY_INVALID naming the field of a query that cannot be planned as stated', async () => {
    const p = expectProblem(
      await post('/api/v1/routes', fixtureRouteBody({ shipment: { teu: 1, regime: '9610' } })),
      422,
      'QUERY_INVALID',
    );
    expect(p.issues?.[0]?.path).toBe('body.shipment.regime');
  });

  it('plans on the only network loaded when the body names none', async () => {
    const body = fixtureRouteBody();
    delete body['network'];
    const r = RouteResponse.parse((await post('/api/v1/routes', body)).json());
    expect(r.network).toBe(FIXTURE_NETWORK);
    const places = await app.inject({ url: '/api/v1/places?q=Erenhot' });
    expect(places.json().network).toBe(FIXTURE_NETWORK);
  });

  it('answers 404 NETWORK_NOT_FOUND for an unknown network', async () => {
    expectProblem(
      await post('/api/v1/routes', fixtureRouteBody({ network: 'atlantis' })),
      404,
      'NETWORK_NOT_FOUND',
    );
  });

  it('answers the same bytes for the same query (cached), and a fresh answer for a different one', async () => {
    const a = await post('/api/v1/routes', fixtureRouteBody({ alternatives: 2 }));
    const b = await post('/api/v1/routes', fixtureRouteBody({ alternatives: 2 }));
    expect(b.body).toBe(a.body);
    const c = RouteResponse.parse(
      (await post('/api/v1/routes', fixtureRouteBody({ alternatives: 1 }))).json(),
    );
    expect(c.routes).toHaveLength(1);
  });

  it('sends the answer gzip-compressed to clients that accept it, the same JSON once decompressed', async () => {
    const plain = await post(
      '/api/v1/routes',
      fixtureRouteBody({ alternatives: 3, objective: 'time' }),
    );
    for (let i = 0; i < 2; i++) {
      const zipped = await post(
        '/api/v1/routes',
        fixtureRouteBody({ alternatives: 3, objective: 'time' }),
        { 'accept-encoding': 'gzip, br' },
      );
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['vary']).toContain('accept-encoding');
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    }
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('departs at the current minute when depart is absent', async () => {
    const body = { ...fixtureRouteBody() };
    delete body['depart'];
    const before = Date.now();
    const r = RouteResponse.parse((await post('/api/v1/routes', body)).json());
    const depart = Date.parse(r.routes[0]?.depart ?? '');
    expect(depart).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000);
  });
});

describe('searches on worker threads', () => {
  it('answers the same as in-process, and errors keep their code and body paths', async () => {
    // a generous budget: the worker's start (compiling its planner) counts against the first search,
    // and a loaded machine must not turn that into a 503 here
    const pooled = await buildFixtureApp({ planWorkers: 1, timeBudgetMs: 60_000 });
    try {
      const inProcess = await post('/api/v1/routes', fixtureRouteBody({ objective: 'cost' }));
      const viaWorker = await pooled.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: fixtureRouteBody({ objective: 'cost' }),
      });
      expect(viaWorker.statusCode).toBe(200);
      // equal but for the measured search time
      const strip = (b: string) => ({ ...RouteResponse.parse(JSON.parse(b)), stats: null });
      expect(strip(viaWorker.body)).toEqual(strip(inProcess.body));
      const p = expectProblem(
        await pooled.inject({
          method: 'POST',
          url: '/api/v1/routes',
          payload: fixtureRouteBody({ to: 'Ulanbator' }),
        }),
        422,
        'PLACE_NOT_FOUND',
      );
      expect(p.issues?.[0]?.path).toBe('body.to');
      expectProblem(
        await pooled.inject({
          method: 'POST',
          url: '/api/v1/routes',
          payload: fixtureRouteBody({ network: 'atlantis' }),
        }),
        404,
        'NETWORK_NOT_FOUND',
      );
      // the form a client takes is made on the search thread (API20): the bytes and ETag the event
      // loop would have made, the same JSON as an answer sent without compression
      const zipBody = fixtureRouteBody({ objective: 'time', alternatives: 3 });
      const zipped = await pooled.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: zipBody,
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(zipped.statusCode).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      const sha1 = (b: Buffer) => `"${createHash('sha1').update(b).digest('base64')}"`;
      expect(zipped.headers['etag']).toBe(sha1(zipped.rawPayload));
      const text = gunzipSync(zipped.rawPayload).toString('utf8');
      expect(compress(text, 'gzip', 'dynamic').equals(zipped.rawPayload)).toBe(true);
      for (const encoding of [undefined, 'br']) {
        const again = await pooled.inject({
          method: 'POST',
          url: '/api/v1/routes',
          payload: zipBody,
          headers: encoding ? { 'accept-encoding': encoding } : {},
        });
        expect(again.headers['content-encoding']).toBe(encoding);
        expect(
          (encoding ? brotliDecompressSync(again.rawPayload) : again.rawPayload).toString('utf8'),
        ).toBe(text);
      }
      // identical queries arriving while the worker searches share one search: one measured time
      const body = fixtureRouteBody({ objective: 'co2', alternatives: 4 });
      const together = await Promise.all(
        Array.from({ length: 5 }, () =>
          pooled.inject({ method: 'POST', url: '/api/v1/routes', payload: body }),
        ),
      );
      expect(together.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(together.map((a) => a.json().stats.elapsed_ms)).size).toBe(1);
    } finally {
      await pooled.close();
    }
  });
});

describe('POST /api/v1/corridors/compare', () => {
  it('answers one route per corridor', async () => {
    const res = await post('/api/v1/corridors/compare', fixtureRouteBody());
    expect(res.statusCode).toBe(200);
    const body = RouteResponse.parse(res.json());
    const corridors = body.routes.map((r) => r.corridor.id);
    expect(new Set(corridors).size).toBe(corridors.length);
    expect(corridors.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an invalid body with 400 like /routes', async () => {
    const p = expectProblem(
      await post('/api/v1/corridors/compare', { from: 'Baotou' }),
      400,
      'REQUEST_INVALID',
    );
    expect((p.issues ?? []).map((i) => i.path).sort()).toEqual(['body.shipment', 'body.to']);
  });
});

describe('answer size caps', () => {
  it('trims a Pareto answer to PARETO_MAX_ROUTES routes and says so in warnings', async () => {
    const entry = (await fixtureRegistryOnce()).get(FIXTURE_NETWORK);
    const query = RouteRequest.parse(fixtureRouteBody({ objective: 'pareto' }));
    const real = entry.planner.plan(toRouteQuery(query).query, {
      now: new Date('2025-03-01T00:00:00Z'),
    });
    const route = real.routes[0];
    if (!route) throw new Error('the fixture should give a route');
    // a planner answering more routes than the API returns
    const many = {
      ...real,
      routes: Array.from({ length: PARETO_MAX_ROUTES + 5 }, (_, i) => ({ ...route, id: `r-${i}` })),
    };
    const planner = { ...entry.planner, plan: () => many, compare: () => many };
    const task = {
      method: 'plan' as const,
      network: FIXTURE_NETWORK,
      query: toRouteQuery(query).query,
      geojson: false,
      now_ms: 0,
      timeBudgetMs: 5_000,
      enqueued_ms: Date.now(),
      maxLabels: 1_000,
      checkContract: true,
    };
    const outcome = runPlanTask(planner, task);
    if (!outcome.ok || outcome.form) throw new Error('no JSON bytes');
    const body = RouteResponse.parse(JSON.parse(textOf(outcome.utf8)));
    expect(body.routes).toHaveLength(PARETO_MAX_ROUTES);
    expect(body.warnings.some((w) => w.includes(`first ${PARETO_MAX_ROUTES}`))).toBe(true);
  });
});

describe('the contract check of route answers (docs/decisions.md API19)', () => {
  const task = (query: RouteRequest, checkContract: boolean, method: 'plan' | 'compare') => {
    const { query: q, geojson } = toRouteQuery(query);
    return {
      method,
      network: FIXTURE_NETWORK,
      query: q,
      geojson,
      now_ms: Date.UTC(2025, 2, 1),
      timeBudgetMs: 60_000,
      enqueued_ms: Date.now(),
      maxLabels: 200_000,
      checkContract,
    };
  };

  it('leaves the answer byte for byte as the checked one when it is off', async () => {
    const { planner } = (await fixtureRegistryOnce()).get(FIXTURE_NETWORK);
    const bodies = [
      fixtureRouteBody(),
      fixtureRouteBody({ objective: 'pareto', geojson: true }),
      fixtureRouteBody({ objective: 'cost', alternatives: 5 }),
      fixtureRouteBody({ shipment: { kg: 350, m3: 2, pieces: 40, regime: '9610' } }),
      fixtureRouteBody({ constraints: { budget_usd: 1 } }),
    ];
    for (const body of bodies)
      for (const method of ['plan', 'compare'] as const) {
        const query = RouteRequest.parse(body);
        const checked = runPlanTask(planner, task(query, true, method));
        const unchecked = runPlanTask(planner, task(query, false, method));
        if (!checked.ok || !unchecked.ok || checked.form || unchecked.form)
          throw new Error(JSON.stringify({ checked, unchecked }));
        // the two plans differ only in how long they took
        expect(timelessText(unchecked.utf8), `${method} ${JSON.stringify(body)}`).toBe(
          timelessText(checked.utf8),
        );
      }
  });

  it('makes the compressed form asked for in place of the JSON bytes, as the event loop would (API20, API21)', async () => {
    const { planner } = (await fixtureRegistryOnce()).get(FIXTURE_NETWORK);
    const query = RouteRequest.parse(fixtureRouteBody({ alternatives: 3 }));
    const plain = runPlanTask(planner, task(query, false, 'plan'));
    if (!plain.ok || plain.form) throw new Error('no JSON bytes');
    const text = timelessText(plain.utf8);
    for (const encoding of ['gzip', 'br'] as const) {
      const out = runPlanTask(planner, { ...task(query, false, 'plan'), encoding });
      if (!out.ok || out.form === undefined) throw new Error('no form made');
      // the form alone crosses between threads, with the JSON's length
      expect('utf8' in out).toBe(false);
      const body = Buffer.from(out.form.body);
      expect(out.form.encoding).toBe(encoding);
      const json = encoding === 'gzip' ? gunzipSync(body) : brotliDecompressSync(body);
      expect(out.bytes).toBe(json.length);
      expect(timelessText(json)).toBe(text);
      expect(body.equals(compress(json, encoding, 'dynamic'))).toBe(true);
      expect(out.form.etag).toBe(`"${createHash('sha1').update(body).digest('base64')}"`);
      // a buffer of its own: the trip between threads copies the answer's bytes, no more
      expect(out.form.body.byteLength).toBe(out.form.body.buffer.byteLength);
    }
  });

  it('answers 500 for an answer off the contract when on, and sends it as it is when off', async () => {
    const entry = (await fixtureRegistryOnce()).get(FIXTURE_NETWORK);
    const query = RouteRequest.parse(fixtureRouteBody());
    const real = entry.planner.plan(toRouteQuery(query).query);
    const broken = { ...entry.planner, plan: () => ({ ...real, status: 'maybe' }) };
    const on = runPlanTask(broken as never, task(query, true, 'plan'));
    expect(on.ok ? 'ok' : on.code).toBe('INTERNAL');
    const off = runPlanTask(broken as never, task(query, false, 'plan'));
    expect(off.ok).toBe(true);
  });

  it('is on in apps built for tests and the library, off in `corridor serve` unless asked', async () => {
    const { buildApp, resolveServeConfig } = await import('../../src/server/index.ts');
    expect(resolveServeConfig({}, {}).checkAnswers).toBe(false);
    expect(resolveServeConfig({ checkAnswers: true }, {}).checkAnswers).toBe(true);
    expect(resolveServeConfig({}, { CHECK_ANSWERS: '1' }).checkAnswers).toBe(true);
    const registry = await fixtureRegistryOnce();
    const brokenRegistry = {
      ...registry,
      list: () => registry.list(),
      get: (id: string) => {
        const entry = registry.get(id);
        const plan = (...args: Parameters<typeof entry.planner.plan>) => ({
          ...entry.planner.plan(...args),
          status: 'maybe',
        });
        return { ...entry, planner: { ...entry.planner, plan } };
      },
    } as unknown as typeof registry;
    for (const [checkAnswers, status] of [
      [undefined, 500],
      [false, 200],
    ] as const) {
      const broken = await buildApp({
        networksDir: '(unused: registry given)',
        registry: brokenRegistry,
        rateLimit: false,
        ...(checkAnswers === undefined ? {} : { checkAnswers }),
      });
      const res = await broken.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: fixtureRouteBody(),
      });
      expect(res.statusCode, String(checkAnswers)).toBe(status);
      await broken.close();
    }
  });
});
