/**
 * The structured forms over HTTP, on the built-in network: a no-route answer carries reason_code and
 * reason_params, warnings come with notices (code, params, the same text), the OpenAPI document
 * declares them with every code, and GET /api/v1/scenarios gives each shipped scenario its Chinese name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ROUTE_CODES, NOTICE_CODES, Notice, RouteResponse } from '../../src/contract/index.ts';
import { buildApp, loadNetworkRegistry } from '../../src/server/index.ts';
import { BUILTIN_DIR, makeNetworksRoot } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  const root = makeNetworksRoot({ 'inner-mongolia': BUILTIN_DIR });
  const registry = await loadNetworkRegistry(root);
  app = await buildApp({ networksDir: root, registry, rateLimit: false, timeBudgetMs: 60_000 });
  await app.ready();
});
afterAll(async () => app.close());

const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });

describe('no-route answers', () => {
  it('carry reason_code and reason_params beside the unchanged reason', async () => {
    const res = await post('/api/v1/routes', {
      from: 'Baotou',
      to: 'Duisburg',
      shipment: { teu: 1 },
      constraints: { modes: ['air'] },
    });
    expect(res.statusCode).toBe(200);
    const raw = res.json() as Record<string, unknown>;
    const body = RouteResponse.parse(raw);
    expect(body.status).toBe('no_route');
    expect(body.reason).toBe('no route uses only air (constraints.modes)');
    expect(raw['reason_code']).toBe('MODES');
    expect(raw['reason_params']).toEqual({ modes: ['air'] });
  });

  it('name the budget as a param on compare too', async () => {
    const res = await post('/api/v1/corridors/compare', {
      from: 'Baotou',
      to: 'Duisburg',
      shipment: { teu: 1 },
      constraints: { budget_usd: 10 },
    });
    const body = RouteResponse.parse(res.json());
    expect(body.status).toBe('no_route');
    expect(body.reason_code).toBe('BUDGET');
    expect(body.reason_params).toEqual({ budget_usd: 10 });
    expect(Object.keys(body.reason_params ?? {})).toEqual([...NO_ROUTE_CODES.BUDGET]);
  });
});

describe('notices', () => {
  it('mirror warnings: same order, same texts, declared params', async () => {
    const res = await post('/api/v1/routes', {
      from: 'Baotou',
      to: 'Duisburg',
      shipment: { teu: 1 },
    });
    const raw = res.json() as { warnings: string[]; notices: unknown[] };
    expect(raw.notices.length).toBe(raw.warnings.length);
    const notices = raw.notices.map((n) => Notice.parse(n));
    expect(notices.map((n) => n.text)).toEqual(raw.warnings);
    const value = notices.find((n) => n.code === 'DEFAULT_CARGO_VALUE');
    expect(value, JSON.stringify(notices)).toBeDefined();
    expect(Object.keys(value!.params).sort()).toEqual([...NOTICE_CODES.DEFAULT_CARGO_VALUE].sort());
    expect(value!.params['teu_eq']).toBe(1);
    expect(value!.text).toContain(`${value!.params['cargo_value_usd']} USD`);
  });
});

describe('the OpenAPI document', () => {
  it('declares reason_code, reason_params and notices with every code, and its Notice example parses', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as Record<string, unknown>;
    const text = JSON.stringify(doc);
    for (const code of [...Object.keys(NO_ROUTE_CODES), ...Object.keys(NOTICE_CODES)])
      expect(text, code).toContain(`"${code}"`);
    for (const field of ['"reason_code"', '"reason_params"', '"notices"'])
      expect(text).toContain(field);
    const examples = (Notice.meta()?.['examples'] ?? []) as unknown[];
    expect(examples.length).toBeGreaterThan(0);
    for (const ex of examples) expect(Notice.safeParse(ex).success).toBe(true);
  });
});

describe('GET /api/v1/scenarios', () => {
  it('gives every shipped scenario a Chinese name and description', async () => {
    const res = await app.inject({ url: '/api/v1/scenarios' });
    expect(res.statusCode).toBe(200);
    const { scenarios } = res.json() as {
      scenarios: { id: string; name_zh?: string; description_zh?: string }[];
    };
    // one per scenario file shipped with the built-in network
    const files = readdirSync(join(BUILTIN_DIR, 'scenarios')).filter((f) => /\.ya?ml$/.test(f));
    expect(scenarios.map((s) => `${s.id}.yaml`).sort()).toEqual(files.sort());
    for (const s of scenarios) {
      expect(s.name_zh, s.id).toMatch(/[\u4e00-\u9fff]/);
      expect(s.description_zh, s.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
