/**
 * Every class of HTTP-level error leaves as an RFC 9457 problem with its stable code, and the
 * cross-cutting behaviour: request ids, security headers, CORS, rate limiting, health and readiness.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorridorError } from '../../src/model/index.ts';
import { BODY_LIMIT_BYTES, ERROR_MAP, toProblem } from '../../src/server/index.ts';
import { buildFixtureApp, expectProblem, fixtureRouteBody } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(async () => app.close());

const json = { 'content-type': 'application/json' };

describe('malformed requests', () => {
  it('answers 400 MALFORMED_JSON on a body that is not JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      headers: json,
      payload: '{"from": "Baotou",',
    });
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('answers 400 MALFORMED_JSON on an empty JSON body and on a prototype-poisoning body', async () => {
    expectProblem(
      await app.inject({ method: 'POST', url: '/api/v1/routes', headers: json, payload: '' }),
      400,
      'MALFORMED_JSON',
    );
    const poison = '{"from":"a","to":"b","shipment":{"teu":1},"__proto__":{"x":1}}';
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      headers: json,
      payload: poison,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toMatch(/MALFORMED_JSON|REQUEST_INVALID/);
  });

  it('answers 413 BODY_TOO_LARGE past the body limit', async () => {
    const big = JSON.stringify({ ...fixtureRouteBody(), pad: 'x'.repeat(BODY_LIMIT_BYTES) });
    expectProblem(
      await app.inject({ method: 'POST', url: '/api/v1/routes', headers: json, payload: big }),
      413,
      'BODY_TOO_LARGE',
    );
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE on a body that is not JSON by its content type', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      headers: { 'content-type': 'text/xml' },
      payload: '<q/>',
    });
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 REQUEST_INVALID naming each failing field with a hint', async () => {
    const body = {
      ...fixtureRouteBody(),
      shipment: { teu: -1 },
      objective: 'cheapest',
      alternative: 2,
    };
    const p = expectProblem(
      await app.inject({ method: 'POST', url: '/api/v1/routes', payload: body }),
      400,
      'REQUEST_INVALID',
    );
    const paths = (p.issues ?? []).map((i) => i.path).sort();
    expect(paths).toEqual(['body', 'body.objective', 'body.shipment.teu']);
    expect(p.issues?.find((i) => i.path === 'body')?.hint).toContain('"alternative"');
    expect(p.issues?.find((i) => i.path === 'body.shipment.teu')?.hint).toContain('feu');
  });

  it('answers 400 on a missing body', async () => {
    expectProblem(
      await app.inject({ method: 'POST', url: '/api/v1/routes' }),
      400,
      'REQUEST_INVALID',
    );
  });

  it('answers 400 on alternatives above the API cap', async () => {
    const p = expectProblem(
      await app.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: fixtureRouteBody({ alternatives: 15 }),
      }),
      400,
      'REQUEST_INVALID',
    );
    expect(p.issues?.[0]?.path).toBe('body.alternatives');
  });
});

describe('unknown endpoints and methods', () => {
  it('answers 404 NOT_FOUND with a pointer to the docs', async () => {
    const p = expectProblem(await app.inject({ url: '/api/v1/nothing-here' }), 404, 'NOT_FOUND');
    expect(p.issues?.[0]?.hint).toContain('/openapi.json');
  });

  it('answers 405 METHOD_NOT_ALLOWED with Allow on a known path', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/routes' });
    expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers['allow']).toBe('POST');
    const del = await app.inject({
      method: 'DELETE',
      url: '/api/v1/networks/mini-corridor/terminals',
    });
    expectProblem(del, 405, 'METHOD_NOT_ALLOWED');
    expect(del.headers['allow']).toContain('GET');
  });

  it('answers 400 on a URL that cannot be decoded', async () => {
    expectProblem(await app.inject({ url: '/api/v1/networks/%E0%A4%A' }), 400, 'REQUEST_INVALID');
  });
});

describe('request ids', () => {
  it('echoes a sane x-request-id and puts it in problems', async () => {
    const res = await app.inject({
      url: '/api/v1/nothing',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.json().request_id).toBe('abc-123');
  });

  it('replaces an unsafe x-request-id with a fresh id', async () => {
    const res = await app.inject({ url: '/health', headers: { 'x-request-id': 'a b\u0001c' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers and CORS', () => {
  it('sends documents a CSP with no external origin and the usual hardening headers', async () => {
    const res = await app.inject({ url: '/docs' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends JSON answers the API set: nothing may load or frame them, no sniffing', async () => {
    for (const url of ['/health', '/api/v1/networks', '/api/v1/nothing', '/openapi.json']) {
      const res = await app.inject({ url });
      expect(res.headers['content-security-policy'], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      // document-only headers are not repeated on every answer
      expect(res.headers['x-dns-prefetch-control'], url).toBeUndefined();
    }
  });

  it('answers CORS preflights for reads from any origin, and refuses POST by default', async () => {
    const read = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/networks',
      headers: { origin: 'https://erp.example.com', 'access-control-request-method': 'GET' },
    });
    expect(read.statusCode).toBe(204);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    const write = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/routes',
      headers: { origin: 'https://erp.example.com', 'access-control-request-method': 'POST' },
    });
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limiting', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the limit, and never limits /health', async () => {
    const limited = await buildFixtureApp({ rateLimit: { max: 2, timeWindow: '1 minute' } });
    try {
      for (let i = 0; i < 2; i++)
        expect((await limited.inject({ url: '/api/v1/networks' })).statusCode).toBe(200);
      const res = await limited.inject({ url: '/api/v1/networks' });
      expectProblem(res, 429, 'RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await limited.inject({ url: '/health' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('does not limit allow-listed addresses', async () => {
    const open = await buildFixtureApp({
      rateLimit: { max: 1, timeWindow: '1 minute', allowList: ['127.0.0.1'] },
    });
    try {
      for (let i = 0; i < 3; i++)
        expect((await open.inject({ url: '/api/v1/networks' })).statusCode).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('health and readiness', () => {
  it('answers /health and /ready with the loaded networks', async () => {
    expect((await app.inject({ url: '/health' })).json().status).toBe('ok');
    const ready = await app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', networks: ['mini-corridor'] });
  });
});

describe('the web view at /', () => {
  it('answers a page saying how to build the view when dist/web is missing', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('npm run build:web');
  });
});

describe('the web view at / when built', () => {
  it('serves dist/web with the API beside it, and unknown API paths stay problems', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'corridor-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>corridor</title><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'document.body.dataset.ready = "1";');
    const web = await buildFixtureApp({ webRoot });
    try {
      const page = await web.inject({ url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>corridor</title>');
      expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
      expect((await web.inject({ url: '/assets/app.js' })).headers['content-type']).toContain(
        'javascript',
      );
      expect((await web.inject({ url: '/api/v1/networks' })).statusCode).toBe(200);
      expectProblem(await web.inject({ url: '/api/v1/nothing' }), 404, 'NOT_FOUND');
      expectProblem(await web.inject({ url: '/no-such-file.js' }), 404, 'NOT_FOUND');
      expectProblem(await web.inject({ url: '/api/v1/routes' }), 405, 'METHOD_NOT_ALLOWED');
    } finally {
      await web.close();
    }
  });
});

describe('error map', () => {
  it('maps every code to a status, with 5xx only for server faults', () => {
    for (const [code, spec] of Object.entries(ERROR_MAP)) {
      const serverFault = [
        'NETWORK_INVALID',
        'NETWORK_FILE_UNREADABLE',
        'INTERNAL',
        'SEARCH_ABORTED',
        'NOT_READY',
        'BUSY',
      ].includes(code);
      expect(spec.status >= 500, code).toBe(serverFault);
    }
  });

  it('hides the message of an unexpected error and of a 5xx CorridorError', () => {
    const ctx = { instance: '/x', requestId: 'r1' };
    const p = toProblem(new TypeError('cannot read properties of undefined (reading secret)'), ctx);
    expect(p.status).toBe(500);
    expect(p.code).toBe('INTERNAL');
    expect(JSON.stringify(p)).not.toContain('secret');
    const q = toProblem(new CorridorError('INTERNAL', 'index corrupt at /srv/data'), ctx);
    expect(JSON.stringify(q)).not.toContain('/srv/data');
  });

  it('maps SEARCH_ABORTED to 503 and PLACE_NOT_FOUND to 422 with its suggestions', () => {
    const ctx = { instance: '/api/v1/routes', requestId: 'r2' };
    expect(toProblem(new CorridorError('SEARCH_ABORTED', 'budget 5 ms spent'), ctx).status).toBe(
      503,
    );
    const p = toProblem(
      new CorridorError('PLACE_NOT_FOUND', 'no terminal matches "Baotoo"', [
        {
          severity: 'error',
          path: 'from',
          message: 'no match',
          hint: 'did you mean "baotou-rail"?',
        },
      ]),
      ctx,
    );
    expect(p.status).toBe(422);
    expect(p.issues?.[0]?.hint).toContain('baotou-rail');
  });
});
