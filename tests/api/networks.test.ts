/** GET /api/v1/networks…: list, detail with counts, filtered lists, GeoJSON, and their errors. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BorderList,
  NetworkDetail,
  NetworkFeatureCollection,
  NetworkList,
  ServiceList,
  TerminalList,
} from '../../src/contract/index.ts';
import type { Network } from '../../src/model/index.ts';
import { buildFixtureApp, expectProblem, FIXTURE_NETWORK, fixtureRegistryOnce } from './helpers.ts';

let app: FastifyInstance;
/** the fixture as loaded, to check the API against what the files hold */
let network: Network;
beforeAll(async () => {
  app = await buildFixtureApp();
  network = (await fixtureRegistryOnce()).get(FIXTURE_NETWORK).network;
});
afterAll(async () => app.close());

const base = `/api/v1/networks/${FIXTURE_NETWORK}`;

describe('GET /api/v1/networks', () => {
  it('lists every loaded network with counts', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/networks' });
    expect(res.statusCode).toBe(200);
    const body = NetworkList.parse(res.json());
    expect(body.networks.map((n) => n.id)).toEqual([FIXTURE_NETWORK]);
    expect(body.networks[0]?.counts).toEqual({
      terminals: network.terminals.size,
      services: network.services.size,
      borders: network.borders.size,
    });
    expect(body.networks[0]?.counts.borders).toBe(2);
    expect(body.networks[0]?.reference_year).toBe(2025);
  });

  it('lets clients cache network views for five minutes, but not errors', async () => {
    expect((await app.inject({ url: `${base}/geojson` })).headers['cache-control']).toBe(
      'public, max-age=300',
    );
    expect(
      (await app.inject({ url: '/api/v1/networks/atlantis' })).headers['cache-control'],
    ).toBeUndefined();
  });
});

describe('GET /api/v1/networks/:id', () => {
  it('gives the summary, sources and counts by mode and country', async () => {
    const res = await app.inject({ method: 'GET', url: base });
    expect(res.statusCode).toBe(200);
    const d = NetworkDetail.parse(res.json());
    expect(d.id).toBe(FIXTURE_NETWORK);
    expect(d.countries).toEqual(['CN', 'KR', 'MN']);
    expect(d.sources.length).toBeGreaterThan(0);
    expect(d.counts_by_country['KR']?.terminals).toBe(2);
    // the two border crossings touch CN and MN only
    expect(d.counts_by_country['CN']?.borders).toBe(2);
    expect(d.counts_by_country['KR']?.borders).toBe(0);
    const airServices = [...network.services.values()].filter((x) => x.mode === 'air').length;
    expect(airServices).toBeGreaterThan(0);
    expect(d.counts_by_mode['air']).toEqual({ terminals: 2, services: airServices, borders: 0 });
  });

  it('answers 404 NETWORK_NOT_FOUND naming the known networks', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/networks/atlantis' });
    const p = expectProblem(res, 404, 'NETWORK_NOT_FOUND');
    expect(p.issues?.[0]?.hint).toContain(FIXTURE_NETWORK);
  });

  it('answers 400 on an id that is not a network id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/networks/NOT%20AN%20ID' });
    const p = expectProblem(res, 400, 'REQUEST_INVALID');
    expect(p.issues?.[0]?.path).toBe('params.id');
  });
});

describe('GET /api/v1/networks/:id/terminals|services|borders', () => {
  it('lists every terminal without filters', async () => {
    const body = TerminalList.parse((await app.inject({ url: `${base}/terminals` })).json());
    expect(body.count).toBe(network.terminals.size);
    expect(body.terminals.map((t) => t.id).sort()).toEqual([...network.terminals.keys()].sort());
  });

  it('filters terminals by mode and country, comma lists and repeated keys alike', async () => {
    const a = TerminalList.parse((await app.inject({ url: `${base}/terminals?mode=air` })).json());
    expect(a.terminals.map((t) => t.id).sort()).toEqual(['baotou-airport', 'seoul-gimpo']);
    const b = TerminalList.parse(
      (await app.inject({ url: `${base}/terminals?country=MN&mode=road` })).json(),
    );
    expect(b.terminals.map((t) => t.id).sort()).toEqual(['ulaanbaatar-hub', 'zamyn-uud-road']);
    const c = TerminalList.parse(
      (await app.inject({ url: `${base}/terminals?country=KR,MN&mode=sea&mode=air` })).json(),
    );
    expect(c.terminals.map((t) => t.id).sort()).toEqual(['incheon-port', 'seoul-gimpo']);
  });

  it('filters services by the countries they touch and borders by mode', async () => {
    const s = ServiceList.parse((await app.inject({ url: `${base}/services?country=KR` })).json());
    const touchesKorea = [...network.services.values()]
      .filter((x) =>
        x.legs.some(
          (l) =>
            network.terminals.get(l.from)?.country === 'KR' ||
            network.terminals.get(l.to)?.country === 'KR',
        ),
      )
      .map((x) => x.id);
    expect(touchesKorea).toContain('tianjin-incheon-feeder');
    expect(s.services.map((x) => x.id).sort()).toEqual(touchesKorea.sort());
    const b = BorderList.parse((await app.inject({ url: `${base}/borders?mode=road` })).json());
    expect(b.borders.map((x) => x.id)).toEqual(['erenhot-zamyn-uud-road']);
  });

  it('answers 400 naming an unknown mode', async () => {
    const res = await app.inject({ url: `${base}/services?mode=rail,ship,zeppelin` });
    const p = expectProblem(res, 400, 'REQUEST_INVALID');
    expect(p.issues?.[0]?.path).toBe('querystring.mode');
    expect(p.issues?.[0]?.message).toContain('"ship", "zeppelin"');
  });

  it('answers 400 FILTER_UNKNOWN naming a country the network does not have', async () => {
    const res = await app.inject({ url: `${base}/borders?country=CN,DE` });
    const p = expectProblem(res, 400, 'FILTER_UNKNOWN');
    expect(p.detail).toContain('"DE"');
    expect(p.issues?.[0]?.hint).toContain('CN, KR, MN');
  });

  it('answers 400 on an unknown query parameter and on a malformed country', async () => {
    expectProblem(
      await app.inject({ url: `${base}/terminals?colour=red` }),
      400,
      'REQUEST_INVALID',
    );
    const p = expectProblem(
      await app.inject({ url: `${base}/terminals?country=china` }),
      400,
      'REQUEST_INVALID',
    );
    expect(p.issues?.[0]?.message).toContain('"china"');
  });

  it('answers 404 for an unknown network', async () => {
    expectProblem(
      await app.inject({ url: '/api/v1/networks/nowhere/terminals' }),
      404,
      'NETWORK_NOT_FOUND',
    );
  });
});

describe('GET /api/v1/networks/:id/geojson', () => {
  it('returns an RFC 7946 FeatureCollection of terminals, services and borders', async () => {
    const res = await app.inject({ url: `${base}/geojson` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const fc = NetworkFeatureCollection.parse(res.json());
    const types = new Set(fc.features.map((f) => f.properties.feature_type));
    expect(types).toEqual(new Set(['terminal', 'service', 'border']));
    expect(fc.features.filter((f) => f.properties.feature_type === 'terminal')).toHaveLength(
      network.terminals.size,
    );
  });
});
