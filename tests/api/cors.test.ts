/**
 * The CORS request step (src/server/plugins/security.ts) answers as @fastify/cors did with the
 * per-request options delegator it replaced (docs/decisions.md API16, API18): for every origin,
 * method, preflight and configuration below, the same status, headers and body.
 */
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerCors } from '../../src/server/plugins/security.ts';
import { installRequestSteps } from '../../src/server/request-steps.ts';

/** The @fastify/cors registration the API used before (API16), verbatim in what it grants. */
async function withPlugin(corsOrigin: string | string[]): Promise<FastifyInstance> {
  const app = Fastify();
  const listed = new Set(Array.isArray(corsOrigin) ? corsOrigin : []);
  const base = {
    allowedHeaders: [
      'content-type',
      'x-request-id',
      'authorization',
      'x-api-key',
      'idempotency-key',
    ],
    exposedHeaders: [
      'x-request-id',
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'location',
      'idempotent-replayed',
    ],
    credentials: false,
    maxAge: 600,
  };
  const forListed = new Map(
    [...listed].map((origin) => [
      origin,
      { ...base, origin, methods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] },
    ]),
  );
  const forReads = { ...base, origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'] };
  const closed = { ...base, origin: false };
  await app.register(fastifyCors, {
    delegator: (req, cb) => {
      const origin = req.headers.origin;
      const asked = req.headers['access-control-request-method'];
      const method = String(req.method === 'OPTIONS' && asked ? asked : req.method).toUpperCase();
      const own = typeof origin === 'string' ? forListed.get(origin) : undefined;
      if (own) cb(null, own);
      else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') cb(null, forReads);
      else cb(null, closed);
    },
  });
  return routes(app);
}

async function withStep(corsOrigin: string | string[]): Promise<FastifyInstance> {
  const app = Fastify();
  installRequestSteps(app, [registerCors(app, corsOrigin)]);
  return routes(app);
}

async function routes(app: FastifyInstance): Promise<FastifyInstance> {
  app.get('/api/v1/things', async () => ({ ok: true }));
  app.post('/api/v1/things', async () => ({ ok: true }));
  app.delete('/api/v1/things/:id', async () => ({ ok: true }));
  await app.ready();
  return app;
}

const CONFIGS: (string | string[])[] = [
  '*',
  ['https://erp.example.com'],
  ['https://erp.example.com', 'https://tms.example.com'],
];
const ORIGINS = [undefined, '', 'https://erp.example.com', 'https://tms.example.com', 'null'];
const URLS = ['/api/v1/things', '/api/v1/things/7', '/api/v1/nothing', '/'];
const METHODS = ['GET', 'HEAD', 'POST', 'DELETE', 'PUT'] as const;
const ASKED = [undefined, 'GET', 'get', 'POST', 'DELETE', 'PATCH'];
const ASKED_HEADERS = [undefined, 'content-type, x-api-key'];

type Answer = { status: number; headers: Record<string, unknown>; body: string };

async function answer(
  app: FastifyInstance,
  method: string,
  url: string,
  headers: Record<string, string>,
): Promise<Answer> {
  const res = await app.inject({ method: method as 'GET', url, headers });
  const { date: _date, ...rest } = res.headers;
  return { status: res.statusCode, headers: rest, body: res.body };
}

const apps: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

describe('the CORS step answers as @fastify/cors did', () => {
  for (const config of CONFIGS) {
    it(`with CORS origins ${JSON.stringify(config)}`, async () => {
      const plugin = await withPlugin(config);
      const step = await withStep(config);
      apps.push(plugin, step);
      let compared = 0;
      let granted = 0;
      for (const url of URLS)
        for (const origin of ORIGINS) {
          const base: Record<string, string> = origin === undefined ? {} : { origin };
          for (const method of METHODS) {
            const want = await answer(plugin, method, url, base);
            expect(await answer(step, method, url, base), `${method} ${url} ${origin}`).toEqual(
              want,
            );
            compared++;
          }
          for (const asked of ASKED)
            for (const askedHeaders of ASKED_HEADERS) {
              const headers = { ...base };
              if (asked !== undefined) headers['access-control-request-method'] = asked;
              if (askedHeaders !== undefined)
                headers['access-control-request-headers'] = askedHeaders;
              const want = await answer(plugin, 'OPTIONS', url, headers);
              expect(
                await answer(step, 'OPTIONS', url, headers),
                `OPTIONS ${url} ${JSON.stringify(headers)}`,
              ).toEqual(want);
              compared++;
              if (want.status === 204) granted++;
            }
        }
      // the matrix holds granted and refused preflights alike
      expect(compared).toBeGreaterThan(300);
      expect(granted).toBeGreaterThan(20);
    });
  }
});
