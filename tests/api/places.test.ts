/** GET /api/v1/places: ranked terminal search and its bounds. */
import type { FastifyInstance } from 'fastify';
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
});
