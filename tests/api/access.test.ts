/**
 * Access control: optional API keys (401 problems, per-key rate limits and run caps), CORS that lets
 * any origin read but only listed origins start or cancel work, and the keys' configuration.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveServeConfig, ConfigError } from '../../src/server/index.ts';
import { loadApiKeys, RunCaps } from '../../src/server/plugins/api-keys.ts';
import { ApiError } from '../../src/server/api-error.ts';
import { buildFixtureApp, expectProblem, FIXTURE_NETWORK } from './helpers.ts';

const KEY_A = 'a-key-of-sixteen-or-more';
const KEY_B = 'another-key-0123456789';
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp({
    apiKeys: [
      { name: 'acme', key: KEY_A, rate_limit: 3 },
      { name: 'beta', key: KEY_B },
    ],
    rateLimit: { max: 100, timeWindow: '1 minute' },
    corsOrigin: ['https://erp.example.com'],
  });
});
afterAll(() => app.close());

const list = (headers: Record<string, string> = {}) =>
  app.inject({ url: `/api/v1/networks/${FIXTURE_NETWORK}`, headers });

describe('API keys', () => {
  it('answers 401 UNAUTHORIZED with WWW-Authenticate without a key or with an unknown one', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer not-a-known-key-at-all' },
      { 'x-api-key': 'x' },
    ]) {
      const res = await list(headers);
      const p = expectProblem(res, 401, 'UNAUTHORIZED');
      expect(p.issues?.[0]?.path).toBe('headers.authorization');
      expect(String(res.headers['www-authenticate'])).toMatch(/^Bearer/);
    }
  });

  it('accepts a known key as a Bearer token or in X-API-Key; health and documents stay open', async () => {
    expect((await list({ authorization: `Bearer ${KEY_B}` })).statusCode).toBe(200);
    expect((await list({ 'x-api-key': KEY_B })).statusCode).toBe(200);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/openapi.json' })).statusCode).toBe(200);
  });

  it('limits each key by its own rate, in its own bucket', async () => {
    for (let i = 0; i < 3; i++) expect((await list({ 'x-api-key': KEY_A })).statusCode).toBe(200);
    const res = await list({ 'x-api-key': KEY_A });
    expectProblem(res, 429, 'RATE_LIMITED');
    expect(res.headers['x-ratelimit-limit']).toBe('3');
    // another key is not held back by acme's requests
    expect((await list({ 'x-api-key': KEY_B })).statusCode).toBe(200);
  });

  it('caps the lane matrices a client runs at once (429 past the cap, free again when one ends)', () => {
    const caps = new RunCaps();
    const req = {
      ip: '1.2.3.4',
      apiClient: { name: 'acme', rateLimit: 3, maxRuns: 1 },
    } as unknown as FastifyRequest;
    const release = caps.acquire(req);
    let refused: unknown;
    try {
      caps.acquire(req);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('RATE_LIMITED');
    release();
    caps.acquire(req)();
  });
});

describe('CORS', () => {
  const preflight = (origin: string, method: string, url = '/api/v1/routes') =>
    app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': method },
    });

  it('lets a listed origin POST, with its own name echoed and the key headers allowed', async () => {
    const res = await preflight('https://erp.example.com', 'POST');
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://erp.example.com');
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(res.headers['access-control-allow-headers'])).toContain('authorization');
  });

  it('refuses POST and DELETE to other origins, and lets any origin read', async () => {
    expect(
      (await preflight('https://evil.example', 'POST')).headers['access-control-allow-origin'],
    ).toBeUndefined();
    expect(
      (await preflight('https://evil.example', 'DELETE', '/api/v1/simulations/x')).headers[
        'access-control-allow-origin'
      ],
    ).toBeUndefined();
    const read = await preflight('https://evil.example', 'GET', '/api/v1/networks');
    expect(read.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('key configuration', () => {
  it('reads API_KEYS and API_KEYS_FILE (YAML or JSON), and names a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-keys-'));
    const file = join(dir, 'keys.yaml');
    writeFileSync(file, `- name: gamma\n  key: ${KEY_B}\n  rate_limit: 60\n  max_runs: 1\n`);
    const keys = loadApiKeys({ API_KEYS: `acme:${KEY_A}`, API_KEYS_FILE: file });
    expect(keys).toEqual([
      { name: 'acme', key: KEY_A },
      { name: 'gamma', key: KEY_B, rate_limit: 60, max_runs: 1 },
    ]);
    expect(resolveServeConfig({}, { API_KEYS: `acme:${KEY_A}` }).apiKeys).toHaveLength(1);
    expect(resolveServeConfig({}, {}).apiKeys).toEqual([]);
    expect(() => resolveServeConfig({}, { API_KEYS: 'acme:short' })).toThrow(ConfigError);
    writeFileSync(file, '- name: gamma\n  key: 123\n');
    expect(() => loadApiKeys({ API_KEYS_FILE: file })).toThrow(/API_KEYS_FILE .*\[0\.key\]/);
  });
});
