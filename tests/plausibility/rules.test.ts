/** Each plausibility rule fires on a doctored route and stays quiet on a sound one. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Network, type Route } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import {
  backtracks,
  backtrackingAlternatives,
  costComponents,
  countrySequence,
  detourFromDirect,
  detourFromGreatCircle,
  legSpeed,
  nonCargoStop,
  reentersOriginCountry,
  routeKind,
  slowChainBeatsDirect,
  timeOrder,
} from './rules.ts';

let network: Network;
let train: Route;

beforeAll(async () => {
  const loaded = await loadNetwork(
    new URL('../../networks/inner-mongolia/', import.meta.url).pathname,
  );
  network = loaded.network!;
  const answer = createPlanner(network).plan(
    RouteQuery.parse({
      from: 'Ordos',
      to: 'Moscow',
      depart: '2026-12-01',
      shipment: { feu: 1 },
      objective: 'cost',
      constraints: { modes: ['rail'] },
    }),
  );
  train = answer.routes[0]!;
  // the direct Ordos–Moscow train: one leg, loads at Ordos, unloads at Moscow
  expect(train.legs.map((l) => l.service_id)).toEqual(['ordos-moscow-train']);
});

const clone = (r: Route): Route => structuredClone(r);
const shiftH = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

describe('plausibility rules', () => {
  it('pass the direct Ordos → Moscow train', () => {
    expect(countrySequence(train)).toEqual(['CN', 'MN', 'RU']);
    expect(routeKind(train)).toBe('land');
    expect([
      ...reentersOriginCountry(train),
      ...detourFromGreatCircle(train),
      ...detourFromDirect(train, [train]),
      ...nonCargoStop(train, network),
      ...costComponents(train),
      ...timeOrder(train),
      ...legSpeed(train),
      ...slowChainBeatsDirect(train, [train]),
    ]).toEqual([]);
  });

  it('catch a route that leaves China and comes back', () => {
    const r = clone(train);
    r.legs[0]!.to = { ...r.legs[0]!.to, country: 'CN' };
    expect(reentersOriginCountry(r)).toEqual([
      { rule: 'reenters-origin-country', figure: 'CN > MN > RU > CN' },
    ]);
  });

  it('catch a detour against the shortest route of its kind and against the great circle', () => {
    const long = clone(train);
    long.distance_km = train.distance_km * 1.7;
    expect(detourFromDirect(long, [train, long])[0]?.rule).toBe('detour');
    expect(detourFromDirect(long, [long])).toEqual([]);
    long.distance_km = train.distance_km * 3;
    expect(detourFromGreatCircle(long)[0]?.rule).toBe('detour-great-circle');
  });

  it('catch boarding at a stop where the service takes no cargo', () => {
    const r = clone(train);
    r.legs[0]!.from = { ...r.legs[0]!.from, id: 'erenhot-rail' };
    expect(nonCargoStop(r, network)).toEqual([
      {
        rule: 'non-cargo-stop',
        figure: 'boards ordos-moscow-train at erenhot-rail',
      },
    ]);
  });

  it('catch a slow chain when a much faster option costs at most 10 % more', () => {
    const slow = clone(train);
    slow.cost.total_usd = train.cost.total_usd / 1.05;
    slow.duration_h = train.duration_h * 2;
    expect(slowChainBeatsDirect(slow, [slow, train])[0]?.rule).toBe('slow-chain-beats-direct');
    // offered in the cost answer itself, second after the cheapest: what a forwarder needs to see
    expect(slowChainBeatsDirect(slow, [slow, train], [slow, train])).toEqual([]);
    slow.cost.total_usd = train.cost.total_usd / 1.2;
    expect(slowChainBeatsDirect(slow, [slow, train])).toEqual([]);
  });

  it('catch cost components that do not add up, and times out of order', () => {
    const r = clone(train);
    r.cost.total_usd += 1;
    expect(costComponents(r)[0]?.rule).toBe('cost-components');
    const t = clone(train);
    t.arrive_p50 = shiftH(t.arrive, -2);
    t.arrive_p90 = shiftH(t.arrive_p50, -1);
    expect(timeOrder(t).map((f) => f.figure)).toEqual([
      expect.stringMatching(/^P90 .* before P50/),
      expect.stringMatching(/^P50 .* more than 1 h before the scheduled/),
    ]);
  });

  it('catch a leg with zero or absurd speed', () => {
    const r = clone(train);
    r.legs[0]!.duration_h = 2;
    expect(legSpeed(r)[0]?.figure).toMatch(/km\/h \(rail 5–120\)$/);
    r.legs[0]!.duration_h = 0;
    expect(legSpeed(r)[0]?.figure).toMatch(/ in 0 h$/);
  });

  it('catch a back-tracking alternative beside a direct route, not a move to a seaport', () => {
    const leg = train.legs[0]!;
    const tianjin = { ...leg.to, id: 'tianjin-port', country: 'CN', lon: 117.74, lat: 38.98 };
    const chain = clone(train);
    chain.legs = [
      { ...clone(train).legs[0]!, to: tianjin },
      { ...clone(train).legs[0]!, from: tianjin, service_id: 'chifeng-manzhouli-europe-train' },
    ];
    // Ordos → Tianjin → Moscow on land: Tianjin lies about 530 km further from Moscow than Ordos
    expect(backtracks(chain)).toMatch(/^boards chifeng-manzhouli-europe-train \d[\d,]* km further/);
    expect(backtrackingAlternatives([train, chain])).toEqual([
      {
        rule: 'backtracking-alternative',
        figure: expect.stringMatching(
          /^route 2 of 2 \(ordos-moscow-train > chifeng-manzhouli-europe-train\)/,
        ),
      },
    ]);
    // alone it is all there is (the planner shows a back-track only when nothing else reaches)
    expect(backtrackingAlternatives([chain])).toEqual([]);
    expect(backtrackingAlternatives([chain, chain])).toHaveLength(2);
    // a ship from the port is the way to the sea, not a back-track
    const bySea = clone(chain);
    bySea.legs[1]!.mode = 'sea';
    expect(backtracks(bySea)).toBeNull();
    // the same place twice
    const twice = clone(train);
    twice.legs = [
      { ...clone(train).legs[0]!, to: tianjin },
      { ...clone(train).legs[0]!, from: tianjin, to: leg.from, mode: 'sea' },
      { ...clone(train).legs[0]!, from: leg.from, mode: 'sea' },
    ];
    expect(backtracks(twice)).toBe(`passes ${leg.from.id} twice`);
    expect(backtracks(train)).toBeNull();
    // a border crossed on board at a place the cargo had reached and left: trucked to the border
    // town, back to a hub, then on a line through the same crossing
    const border = train.border_events[0]!;
    const back = { ...leg.from, id: 'hub-behind', lon: leg.from.lon + 1, lat: leg.from.lat + 1 };
    const throughAgain = clone(train);
    throughAgain.legs = [
      { ...clone(train).legs[0]!, to: border.from, depart: border.start, arrive: border.start },
      {
        ...clone(train).legs[0]!,
        from: border.from,
        to: back,
        depart: border.start,
        arrive: border.start,
      },
      { ...clone(train).legs[0]!, from: back },
    ];
    expect(backtracks(throughAgain)).toBe(`passes ${border.from.id} twice`);
    // the same line boarded at the origin crosses there once
    expect(backtracks({ ...clone(train), legs: [clone(train).legs[0]!] })).toBeNull();
  });
});
