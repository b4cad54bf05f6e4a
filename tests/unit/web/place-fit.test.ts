import { describe, expect, it } from 'vitest';
import { placeForName, rankPlaces, type PlaceContext } from '../../../web/view-model/place-fit.ts';
import type { Place } from '../../../web/types.ts';

/** The places the API answers for "Hohhot" and "Tokyo" (kinds and modes as in the network). */
const place = (id: string, city: string, kinds: string[], modes: string[]): Place =>
  ({
    id,
    name: id,
    name_zh: id,
    city,
    city_zh: city,
    country: 'CN',
    kinds,
    modes,
    lon: 0,
    lat: 0,
  }) as Place;
const HOHHOT = [
  place('hohhot-rail', 'Hohhot', ['rail_terminal', 'road_terminal'], ['rail', 'road']),
  place('hohhot-airport', 'Hohhot', ['airport'], ['air', 'road']),
  place('hohhot-bonded', 'Hohhot', ['bonded_zone', 'road_terminal'], ['road']),
];
const TOKYO = [
  place('tokyo-yokohama-port', 'Tokyo / Yokohama', ['seaport', 'city_hub'], ['sea', 'road']),
  place('tokyo-haneda', 'Tokyo', ['airport'], ['air', 'road']),
];
const ctx = (o: Partial<PlaceContext>): PlaceContext => ({
  field: 'to',
  modes: [],
  unit: 'teu',
  regime: 'general',
  cargo: [],
  ...o,
});

describe('rankPlaces', () => {
  it('puts the bonded zone first for a 1210 import and says why', () => {
    const r = rankPlaces(HOHHOT, ctx({ regime: '1210', unit: 'kg' }));
    expect(r[0]?.place.id).toBe('hohhot-bonded');
    expect(r[0]?.why).toBe('place.why.bonded');
    expect(r.slice(1).every((x) => x.why === undefined)).toBe(true);
  });

  it('puts the airport first for an air-only parcel query, the seaport last and unfit', () => {
    const r = rankPlaces(TOKYO, ctx({ modes: ['air'], unit: 'kg' }));
    expect(r.map((x) => [x.place.id, x.fits])).toEqual([
      ['tokyo-haneda', true],
      ['tokyo-yokohama-port', false],
    ]);
    expect(r[0]?.why).toBe('place.why.air');
  });

  it('keeps the search order when the query points to no kind; containers do not make an airport fit', () => {
    expect(rankPlaces(HOHHOT, ctx({})).map((x) => x.place.id)).toEqual(HOHHOT.map((p) => p.id));
    const air = rankPlaces(TOKYO, ctx({ modes: ['air'], unit: 'feu' }));
    expect(air.every((x) => !x.fits)).toBe(true);
  });

  it('with rail unticked the rail terminal still serves road, so it stays a fit', () => {
    const r = rankPlaces(HOHHOT, ctx({ modes: ['road', 'sea', 'air'] }));
    expect(r.every((x) => x.fits)).toBe(true);
  });
});

describe('placeForName', () => {
  it('takes a typed city as its fitting terminal only when the query points to one', () => {
    expect(placeForName('hohhot', HOHHOT, ctx({ regime: '1210' }))?.place.id).toBe('hohhot-bonded');
    expect(placeForName('Tokyo', TOKYO, ctx({ modes: ['air'], unit: 'kg' }))?.place.id).toBe(
      'tokyo-haneda',
    );
    // a general query leaves the city to the planner
    expect(placeForName('Hohhot', HOHHOT, ctx({}))).toBeUndefined();
    // a prefix is not a name
    expect(placeForName('Hoh', HOHHOT, ctx({ regime: '1210' }))).toBeUndefined();
    // an exact terminal id is that terminal
    expect(placeForName('hohhot-rail', HOHHOT, ctx({ regime: '1210' }))?.place.id).toBe(
      'hohhot-rail',
    );
  });
});
