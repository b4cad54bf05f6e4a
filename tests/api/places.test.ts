/** GET /api/v1/places: ranked terminal search and its bounds. */
import type { FastifyInstance } from 'fastify';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlacesResponse } from '../../src/contract/index.ts';
import { buildFixtureApp, expectProblem, FIXTURE_NETWORK } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(async () => app.close());

const url = (qs: string) => `/api/v1/places?network=${FIXTURE_NETWORK}&${qs}`;

describe('GET /api/v1/places', () => {
  it('finds terminals by English name, with coordinates and modes', async () => {
    const res = await app.inject({ url: url('q=Erenhot') });
    expect(res.statusCode).toBe(200);
    const body = PlacesResponse.parse(res.json());
    expect(body.places.map((p) => p.id).sort()).toEqual(['erenhot-rail', 'erenhot-road']);
    expect(body.places[0]?.country).toBe('CN');
    expect(body.places[0]?.lat).toBeGreaterThan(43);
  });

  it('finds terminals by Chinese name and by an ASCII spelling of a diacritic', async () => {
    const zh = PlacesResponse.parse(
      (await app.inject({ url: url(`q=${encodeURIComponent('二连浩特')}`) })).json(),
    );
    expect(zh.places.map((p) => p.id)).toContain('erenhot-rail');
    const ascii = PlacesResponse.parse((await app.inject({ url: url('q=Zamyn-Uud') })).json());
    expect(ascii.places.map((p) => p.id)).toContain('zamyn-uud-rail');
  });

  it('honours limit and answers an empty list when nothing matches', async () => {
    const one = PlacesResponse.parse((await app.inject({ url: url('q=Baotou&limit=1') })).json());
    expect(one.places).toHaveLength(1);
    const none = PlacesResponse.parse((await app.inject({ url: url('q=Xyzzyqq') })).json());
    expect(none.places).toEqual([]);
  });

  it('answers 400 without q, with a blank q, or with a limit out of range', async () => {
    expect(
      expectProblem(await app.inject({ url: '/api/v1/places' }), 400, 'REQUEST_INVALID').issues?.[0]
        ?.path,
    ).toBe('querystring.q');
    expectProblem(await app.inject({ url: url('q=%20%20') }), 400, 'REQUEST_INVALID');
    const p = expectProblem(
      await app.inject({ url: url('q=Baotou&limit=500') }),
      400,
      'REQUEST_INVALID',
    );
    expect(p.issues?.[0]?.path).toBe('querystring.limit');
  });

  it('answers 404 for an unknown network', async () => {
    expectProblem(
      await app.inject({ url: '/api/v1/places?q=Baotou&network=atlantis' }),
      404,
      'NETWORK_NOT_FOUND',
    );
  });

  it('answers a repeated query from its cache exactly as the first time, per limit and query', async () => {
    // the answer cache is keyed by network, limit and query: a key missing one of them would hand
    // back another query's answer here
    const ids = async (qs: string) =>
      PlacesResponse.parse((await app.inject({ url: url(qs) })).json()).places.map((p) => p.id);
    const first = await ids('q=rail');
    expect(first.length).toBeGreaterThan(2);
    expect(await ids('q=rail')).toEqual(first);
    expect(await ids('q=rail&limit=2')).toEqual(first.slice(0, 2));
    expect(await ids('q=rail')).toEqual(first);
    expect(await ids('q=Erenhot')).not.toEqual(first);
  });

  it('gzips an answer over 1 KB for a client that accepts gzip, with the same content', async () => {
    const plain = await app.inject({ url: url('q=r&limit=50') });
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.body.length).toBeGreaterThan(1024);
    for (let i = 0; i < 2; i++) {
      const zipped = await app.inject({
        url: url('q=r&limit=50'),
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['vary']).toMatch(/accept-encoding/i);
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    }
  });
});
