import { describe, expect, it } from 'vitest';
import { geoNaturalEarth1 } from 'd3';
import {
  CargoFlag,
  CustomsRegime,
  Mode,
  Objective,
  ServiceKind,
  TerminalKind,
} from '../../../src/model/index.ts';
import { STRINGS } from '../../../web/view-model/i18n-strings.ts';
import { bothNames, countryName, pickName, t, tDynamic } from '../../../web/view-model/i18n.ts';
import {
  formatCo2e,
  formatDate,
  formatDateTime,
  formatDay,
  formatDays,
  formatDuration,
  formatUsd,
} from '../../../web/view-model/format.ts';
import {
  CARGO_FLAGS,
  DEFAULT_QUERY,
  OBJECTIVES,
  REGIMES,
  parseCountryList,
  toRequestBody,
} from '../../../web/view-model/query-state.ts';
import { decodePageState, encodePageState } from '../../../web/view-model/url-state.ts';
import { endOfLocalDay, startOfLocalDay } from '../../../web/view-model/time-zone.ts';
import { CORRIDOR_BAND, PRESETS, frameBox } from '../../../web/view-model/projection-presets.ts';
import {
  KIND_STYLES,
  MODE_COLOURS,
  primaryTerminalKind,
} from '../../../web/view-model/map-style.ts';
import { makeRoute } from './route-fixture.ts';

describe('i18n', () => {
  it('STRINGS defines every key in both languages, none empty', () => {
    const en = Object.keys(STRINGS.en).sort();
    expect(Object.keys(STRINGS.zh).sort()).toEqual(en);
    for (const lang of ['en', 'zh'] as const)
      for (const v of Object.values(STRINGS[lang])) expect(v.trim()).not.toBe('');
  });
  it('STRINGS names every mode, service kind, terminal kind, regime, cargo flag and objective of the model', () => {
    const keys = new Set(Object.keys(STRINGS.en));
    const needed = [
      ...Mode.options.map((m) => `mode.${m}`),
      ...ServiceKind.options.map((k) => `kind.${k}`),
      ...TerminalKind.options.map((k) => `tkind.${k}`),
      ...CustomsRegime.options.map((r) => `regime.${r}`),
      ...CargoFlag.options.map((c) => `cargo.${c}`),
      ...Objective.options.map((o) => `objective.${o}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });
  it('t(lang, key) switches language', () => {
    expect(t('en', 'mode.rail')).toBe('Rail');
    expect(t('zh', 'mode.rail')).toBe('铁路');
    expect(tDynamic('zh', 'kind.china_europe_train')).toBe('中欧班列');
    expect(tDynamic('en', 'kind.unheard_of')).toBe('unheard of');
  });
  it('pickName and bothNames put the chosen language first and fall back to English', () => {
    expect(pickName('zh', { name: 'Erenhot', name_zh: '二连浩特' })).toBe('二连浩特');
    expect(pickName('zh', { name: 'Erenhot' })).toBe('Erenhot');
    expect(bothNames('en', { name: 'Erenhot', name_zh: '二连浩特' })).toBe('Erenhot · 二连浩特');
    expect(bothNames('zh', { name: 'Erenhot', name_zh: '二连浩特' })).toBe('二连浩特 · Erenhot');
  });
  it('countryName(lang, code) names a country through Intl', () => {
    expect(countryName('en', 'MN')).toBe('Mongolia');
    expect(countryName('zh', 'MN')).toBe('蒙古');
  });
});

describe('format', () => {
  it('formats money, emissions and days for the locale', () => {
    expect(formatUsd('en', 8123.4)).toBe('US$8,123');
    expect(formatCo2e('en', 950)).toBe('950 kg');
    expect(formatCo2e('zh', 12_345)).toBe('12.3 吨');
    expect(formatDays('en', 36)).toBe('1.5 d');
  });
  it('formatDuration splits days and hours in both languages', () => {
    expect(formatDuration('en', 76)).toBe('3 d 4 h');
    expect(formatDuration('en', 5)).toBe('5 h');
    expect(formatDuration('en', 48)).toBe('2 d');
    expect(formatDuration('zh', 76)).toBe('3天4小时');
  });
  it('formatDateTime shows an ISO instant in the chosen zone, Beijing time by default', () => {
    expect(formatDateTime('en', '2027-03-12T08:05:00Z', 'utc')).toBe('12 Mar, 08:05');
    expect(formatDateTime('en', '2027-03-12T08:05:00Z')).toBe('12 Mar, 16:05');
    expect(formatDateTime('zh', '2027-03-12T08:05:00Z', 'utc')).toContain('3月12日');
    expect(formatDateTime('en', 'not a date')).toBe('not a date');
  });
  it('a departure on 1 December (Beijing) reads 1 Dec, not 30 Nov', () => {
    // 04:00 Beijing time on 1 December is 20:00 UTC on 30 November
    const iso = '2026-11-30T20:00:00.000Z';
    expect(formatDateTime('en', iso, 'beijing')).toBe('1 Dec, 04:00');
    expect(formatDay('en', iso, 'beijing')).toBe('1 Dec');
    expect(formatDay('zh', iso, 'beijing')).toBe('12月1日');
    expect(formatDateTime('zh', iso, 'beijing')).toBe('12月1日 04:00');
    expect(formatDateTime('en', iso, 'utc')).toBe('30 Nov, 20:00');
  });
  it('formatDate keeps a calendar date on its day in every zone', () => {
    expect(formatDate('en', '2027-03-12', 'beijing')).toBe('12 Mar 2027');
    expect(formatDate('en', '2027-03-12', 'utc')).toBe('12 Mar 2027');
    expect(formatDate('en', '2027-03-11T20:00:00Z', 'beijing')).toBe('12 Mar 2027');
  });
  it('startOfLocalDay and endOfLocalDay find local midnights', () => {
    const ms = Date.parse('2026-11-30T20:00:00Z');
    expect(new Date(startOfLocalDay(ms, 'beijing')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(new Date(endOfLocalDay(ms, 'beijing')).toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(new Date(startOfLocalDay(ms, 'utc')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    const midnight = Date.parse('2026-12-01T00:00:00Z');
    expect(endOfLocalDay(midnight, 'utc')).toBe(midnight);
  });
});

describe('query state and URL', () => {
  it('the web vocabularies match src/model', () => {
    expect([...CARGO_FLAGS].sort()).toEqual([...CargoFlag.options].sort());
    expect([...REGIMES].sort()).toEqual([...CustomsRegime.options].sort());
    expect([...OBJECTIVES].sort()).toEqual([...Objective.options].sort());
  });
  it('parseCountryList keeps valid ISO codes, upper-cased, once', () => {
    expect(parseCountryList('ru, by;pl，RU x1 USA')).toEqual(['RU', 'BY', 'PL']);
  });
  it('toRequestBody builds the API body with the quantity under its unit', () => {
    const body = toRequestBody(
      {
        ...DEFAULT_QUERY,
        from: ' Baotou ',
        to: '杜伊斯堡',
        unit: 'kg',
        quantity: 500,
        cargo: ['reefer'],
        avoid: ['RU'],
        depart: '2027-03-01',
      },
      'inner-mongolia',
    );
    expect(body).toEqual({
      network: 'inner-mongolia',
      from: 'Baotou',
      to: '杜伊斯堡',
      depart: '2027-03-01',
      shipment: { kg: 500, cargo: ['reefer'], regime: 'general' },
      objective: 'generalized',
      constraints: { avoid_countries: ['RU'] },
      alternatives: 5,
    });
    expect(toRequestBody({ ...DEFAULT_QUERY, from: 'a', to: 'b' }, 'n', 'pareto').objective).toBe(
      'pareto',
    );
    expect(
      toRequestBody({ ...DEFAULT_QUERY, from: 'a', to: 'b', modes: ['air'] }, 'n').constraints,
    ).toEqual({ avoid_countries: [], modes: ['air'] });
    expect(
      toRequestBody({ ...DEFAULT_QUERY, from: 'a', to: 'b', value_usd: 50000 }, 'n').shipment,
    ).toEqual({ teu: 1, cargo: [], regime: 'general', value_usd: 50000 });
    // parcels: pieces go with kg under 9610, never with boxes
    expect(
      toRequestBody(
        {
          ...DEFAULT_QUERY,
          from: 'a',
          to: 'b',
          unit: 'kg',
          quantity: 20,
          pieces: 10,
          regime: '9610',
        },
        'n',
      ).shipment,
    ).toEqual({ kg: 20, pieces: 10, cargo: [], regime: '9610' });
    expect(
      toRequestBody({ ...DEFAULT_QUERY, from: 'a', to: 'b', pieces: 10 }, 'n').shipment,
    ).toEqual({ teu: 1, cargo: [], regime: 'general' });
    expect(
      toRequestBody(
        { ...DEFAULT_QUERY, from: 'a', to: 'b', modes: ['rail', 'road', 'sea', 'air'] },
        'n',
      ).constraints,
    ).toEqual({ avoid_countries: [] });
  });
  it('encodePageState and decodePageState round-trip a full state', () => {
    const state = {
      query: {
        from: 'baotou-rail',
        to: '杜伊斯堡',
        depart: '2027-03-01',
        unit: 'feu' as const,
        quantity: 2,
        cargo: ['reefer' as const, 'dangerous_goods' as const, 'oversize' as const],
        regime: '9810' as const,
        objective: 'pareto' as const,
        avoid: ['RU', 'BY'],
        modes: ['rail' as const, 'sea' as const],
        value_usd: 180000,
        pieces: 0,
        dg_class: 3,
      },
      selected: 'routes/r2',
      compare: 'r-1744ap0',
      view: 'east_asia' as const,
      lang: 'zh' as const,
      zone: 'utc' as const,
    };
    expect(decodePageState(encodePageState(state))).toEqual(state);
  });
  it('parcel pieces ride in the link', () => {
    const query = {
      ...DEFAULT_QUERY,
      from: 'baotou',
      to: 'duisburg',
      unit: 'kg' as const,
      quantity: 20,
      pieces: 10,
      regime: '9610' as const,
    };
    const link = encodePageState({ query });
    expect(link).toBe('from=baotou&to=duisburg&kg=20&regime=9610&pieces=10');
    expect(decodePageState(link).query).toEqual(query);
  });
  it('a dangerous-goods class rides in the link and the request only beside the flag', () => {
    const query = {
      ...DEFAULT_QUERY,
      from: 'baotou',
      to: 'duisburg',
      cargo: ['dangerous_goods' as const],
      dg_class: 9,
    };
    const link = encodePageState({ query });
    expect(link).toBe('from=baotou&to=duisburg&cargo=dangerous_goods&dg=9');
    expect(decodePageState(link).query).toEqual(query);
    expect(toRequestBody(query, 'inner-mongolia').shipment).toMatchObject({ dg_class: 9 });
    expect(toRequestBody({ ...query, cargo: [] }, 'inner-mongolia').shipment).not.toHaveProperty(
      'dg_class',
    );
    // not a class: dropped
    for (const bad of ['0', '10', '2.1', 'x'])
      expect(decodePageState(`from=a&to=b&dg=${bad}`).query.dg_class).toBe(0);
  });
  it('the compared route rides in the link; a malformed one is dropped', () => {
    const query = { ...DEFAULT_QUERY, from: 'baotou-rail', to: 'duisburg' };
    const link = encodePageState({ query, selected: 'routes/r-a1', compare: 'r-b2' });
    expect(link).toBe('from=baotou-rail&to=duisburg&route=routes%2Fr-a1&compare=r-b2');
    expect(decodePageState(link).compare).toBe('r-b2');
    expect(decodePageState('from=a&to=b&compare=%3Cscript%3E').compare).toBeUndefined();
    expect(decodePageState('from=a&to=b').compare).toBeUndefined();
  });
  it('encodePageState leaves defaults out of the link', () => {
    expect(encodePageState({ query: { ...DEFAULT_QUERY, from: 'baotou', to: 'duisburg' } })).toBe(
      'from=baotou&to=duisburg',
    );
    expect(
      encodePageState({
        query: { ...DEFAULT_QUERY, from: 'baotou', to: 'duisburg' },
        zone: 'beijing',
      }),
    ).toBe('from=baotou&to=duisburg');
  });
  it('decodePageState drops malformed values instead of failing', () => {
    const s = decodePageState(
      '?from=a&to=b&teu=-3&cargo=reefer,plutonium&regime=1234&objective=fast&avoid=ru,zzz9&depart=yesterday&view=mars&lang=fr&modes=rail,road,sea,air,teleport&value=-5&pieces=2.5',
    );
    expect(s).toEqual({
      query: { ...DEFAULT_QUERY, from: 'a', to: 'b', cargo: ['reefer'], avoid: ['RU'] },
    });
  });
});

describe('map style and presets', () => {
  it('every mode and service kind has a style', () => {
    expect(Object.keys(MODE_COLOURS).sort()).toEqual([...Mode.options].sort());
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...ServiceKind.options].sort());
  });
  it('primaryTerminalKind prefers the border station over the rail terminal', () => {
    expect(primaryTerminalKind(['rail_terminal', 'border_station'])).toBe('border_station');
    expect(primaryTerminalKind([])).toBe('city_hub');
  });
  it('frameBox fits a box into the view, centred', () => {
    expect(
      frameBox(
        ([lon, lat]) => [lon, -lat],
        [
          [0, 0],
          [10, 10],
        ],
        100,
        100,
        0,
      ),
    ).toEqual({ k: 10, x: 0, y: 100 });
    const f = frameBox(
      ([lon, lat]) => [lon * 2, -lat],
      [
        [0, 0],
        [10, 10],
      ],
      200,
      100,
      0,
    );
    expect(f.k).toBe(10);
    expect(f.x).toBe(0);
  });
  it('the Eurasia preset frames the corridors: Duisburg to Tokyo, Erenhot to Singapore, Africa off-centre', () => {
    const projection = geoNaturalEarth1().rotate([-70, 0]).scale(1).translate([0, 0]);
    const project = (p: [number, number]) => projection(p) as [number, number] | null;
    const { k, x, y } = frameBox(project, PRESETS.eurasia, 1000, 560);
    const onScreen = (city: [number, number]) => {
      const [px, py] = project(city) as [number, number];
      return px * k + x > 0 && px * k + x < 1000 && py * k + y > 0 && py * k + y < 560;
    };
    for (const city of [
      [6.76, 51.43], // Duisburg
      [139.7, 35.7], // Tokyo
      [103.8, 1.3], // Singapore
      [111.98, 43.65], // Erenhot
      [117.4, 49.6], // Manzhouli
    ] as [number, number][])
      expect(onScreen(city)).toBe(true);
    // the middle of the frame lies north of the Tropic of Cancer, not in Africa
    const [cx, cy] = [(500 - x) / k, (280 - y) / k];
    const centre = projection.invert?.([cx, cy]);
    expect(centre?.[1]).toBeGreaterThan(24);
    // the Cape of Good Hope and Sydney are off the frame
    expect(onScreen([18.5, -34.4])).toBe(false);
    expect(onScreen([151.2, -33.9])).toBe(false);
  });
  it('the first view frames the Inner Mongolia–Europe band on a desktop and on a phone, Africa off it', () => {
    const projection = geoNaturalEarth1().rotate([-70, 0]).scale(1).translate([0, 0]);
    const project = (p: [number, number]) => projection(p) as [number, number] | null;
    // the map's size on a 1440 × 900 desktop and on a 390 × 844 phone
    for (const [w, h] of [
      [1032, 537],
      [364, 245],
    ] as const) {
      const { k, x, y } = frameBox(project, CORRIDOR_BAND, w, h, 28);
      const onScreen = (city: [number, number]) => {
        const [px, py] = project(city) as [number, number];
        return px * k + x > 0 && px * k + x < w && py * k + y > 0 && py * k + y < h;
      };
      for (const city of [
        [6.76, 51.43], // Duisburg
        [109.8, 40.6], // Baotou
        [117.4, 49.6], // Manzhouli
        [37.6, 55.8], // Moscow
        [117.7, 38.98], // Tianjin
      ] as [number, number][])
        expect(onScreen(city), `${city} at ${w} px`).toBe(true);
      const centre = projection.invert?.([(w / 2 - x) / k, (h / 2 - y) / k]);
      expect(centre?.[1]).toBeGreaterThan(40);
      // the middle of Africa, the Cape and Singapore are off the frame
      for (const city of [
        [20, 0],
        [18.5, -34.4],
        [103.8, 1.3],
      ] as [number, number][])
        expect(onScreen(city), `${city} at ${w} px`).toBe(false);
    }
  });
  it('makeRoute fixture is a valid Route for the model schema', async () => {
    const { Route } = await import('../../../src/model/route.ts');
    expect(Route.safeParse(makeRoute()).success).toBe(true);
  });
});
