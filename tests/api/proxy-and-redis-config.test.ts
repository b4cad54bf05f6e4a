/**
 * TRUST_PROXY and REDIS_URL: how they are read (a bad value is refused naming the variable) and
 * what trust proxy does to telling clients apart (the rate limit counts per client address).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveServeConfig } from '../../src/server/index.ts';
import { buildFixtureApp } from './helpers.ts';

describe('TRUST_PROXY and REDIS_URL', () => {
  it('reads true/false, a hop count or proxy addresses, and a redis:// URL', () => {
    expect(resolveServeConfig({}, {}).trustProxy).toBeUndefined();
    expect(resolveServeConfig({}, {}).redisUrl).toBeUndefined();
    expect(resolveServeConfig({}, { TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(resolveServeConfig({}, { TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(resolveServeConfig({}, { TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(resolveServeConfig({}, { TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(resolveServeConfig({}, { REDIS_URL: 'redis://queue:6379/2' }).redisUrl).toBe(
      'redis://queue:6379/2',
    );
  });

  it('refuses a bad TRUST_PROXY or REDIS_URL, naming the variable and the value', () => {
    expect(() => resolveServeConfig({}, { TRUST_PROXY: 'yes, nginx' })).toThrow(ConfigError);
    expect(() => resolveServeConfig({}, { TRUST_PROXY: 'yes, nginx' })).toThrow(
      /TRUST_PROXY.*"yes", "nginx"/,
    );
    expect(() => resolveServeConfig({}, { REDIS_URL: 'queue:6379' })).toThrow(
      /REDIS_URL.*"queue:6379"/,
    );
    expect(() => resolveServeConfig({}, { REDIS_URL: 'http://queue:6379' })).toThrow(/REDIS_URL/);
    expect(() => resolveServeConfig({}, { RESULTS_DIR: '/srv/runs' })).toThrow(
      /RESULTS_DIR is used with REDIS_URL/,
    );
    expect(
      resolveServeConfig({}, { RESULTS_DIR: '/srv/runs', REDIS_URL: 'redis://queue' }).resultsDir,
    ).toBe('/srv/runs');
  });

  it('behind a proxy, trust proxy tells clients apart by X-Forwarded-For; a hop count trusts only that many', async () => {
    const limit = { max: 1, timeWindow: '1 minute' };
    const get = (app: Awaited<ReturnType<typeof buildFixtureApp>>, forwarded: string) =>
      app.inject({ url: '/api/v1/networks', headers: { 'x-forwarded-for': forwarded } });

    const untrusted = await buildFixtureApp({ rateLimit: limit });
    expect((await get(untrusted, '203.0.113.1')).statusCode).toBe(200);
    // without trust proxy every client is the proxy: one bucket for all
    expect((await get(untrusted, '203.0.113.2')).statusCode).toBe(429);
    await untrusted.close();

    const trusted = await buildFixtureApp({ rateLimit: limit, trustProxy: true });
    expect((await get(trusted, '203.0.113.1')).statusCode).toBe(200);
    expect((await get(trusted, '203.0.113.2')).statusCode).toBe(200);
    expect((await get(trusted, '203.0.113.1')).statusCode).toBe(429);
    await trusted.close();

    // one trusted hop: the address that proxy saw (the last one) is the client, not what the
    // client itself wrote in front of it
    const oneHop = await buildFixtureApp({ rateLimit: limit, trustProxy: 1 });
    expect((await get(oneHop, '198.51.100.7, 203.0.113.9')).statusCode).toBe(200);
    expect((await get(oneHop, '198.51.100.8, 203.0.113.9')).statusCode).toBe(429);
    await oneHop.close();
  });
});
