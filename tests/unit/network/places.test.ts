import { beforeAll, describe, expect, it } from 'vitest';
import { loadNetwork, resolvePlace, searchPlaces } from '../../../src/network/index.ts';
import type { Network, Terminal } from '../../../src/model/index.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';

let network: Network;
beforeAll(async () => {
  network = (await loadNetwork(FIXTURE_DIR)).network!;
});
const ids = (r: ReturnType<typeof resolvePlace>) =>
  r.ok ? r.terminals.map((t) => t.id) : { suggestions: r.suggestions };

describe('resolvePlace', () => {
  it('finds a terminal by id, English name, Chinese name, alias and IATA code', () => {
    expect(ids(resolvePlace(network, 'erenhot-rail'))).toEqual(['erenhot-rail']);
    expect(ids(resolvePlace(network, 'Port of Tianjin'))).toEqual(['tianjin-port']);
    expect(ids(resolvePlace(network, '二连浩特铁路口岸'))).toEqual(['erenhot-rail']);
    expect(ids(resolvePlace(network, 'erlian'))).toEqual(['erenhot-rail']);
    expect(ids(resolvePlace(network, 'GMP'))).toEqual(['seoul-gimpo']);
  });

  it('folds diacritics and punctuation', () => {
    expect(ids(resolvePlace(network, 'zamyn uud station'))).toEqual(['zamyn-uud-rail']);
    expect(ids(resolvePlace(network, 'Zamyn-Uud'))).toEqual(['zamyn-uud-rail', 'zamyn-uud-road']);
  });

  it('picks the terminals of a city that serve the requested modes', () => {
    expect(ids(resolvePlace(network, 'baotou', { modes: ['air'] }))).toEqual(['baotou-airport']);
    expect(ids(resolvePlace(network, 'Baotou', { modes: ['rail'] }))).toEqual(['baotou-rail']);
    expect(ids(resolvePlace(network, '包头'))).toEqual(['baotou-rail', 'baotou-airport']);
    // a name tier match that lacks the mode gives way to a city match that has it
    const airport = network.terminals.get('baotou-airport')!;
    const aliased: Network = {
      ...network,
      terminals: new Map([
        ...network.terminals,
        ['baotou-airport', { ...airport, aliases: ['Baotou'] }],
      ]),
    };
    expect(ids(resolvePlace(aliased, 'baotou', { modes: ['air'] }))).toEqual(['baotou-airport']);
    expect(ids(resolvePlace(aliased, 'baotou', { modes: ['rail'] }))).toEqual(['baotou-rail']);
    // a city name gives the city's terminals with the one aliased by it, whatever the alias says
    expect(ids(resolvePlace(aliased, 'baotou'))).toEqual(['baotou-rail', 'baotou-airport']);
    // the name matches but lacks the mode, and no other tier has it: the named terminal is returned
    expect(ids(resolvePlace(network, 'erlian', { modes: ['road'] }))).toEqual(['erenhot-rail']);
    // no terminal of the city serves sea: the city's terminals are still returned
    expect(ids(resolvePlace(network, 'erenhot', { modes: ['sea'] }))).toEqual([
      'erenhot-rail',
      'erenhot-road',
    ]);
  });

  it('says how a place matched: id, name, city or position', () => {
    const match = (r: ReturnType<typeof resolvePlace>) => (r.ok ? r.match : 'none');
    expect(match(resolvePlace(network, 'baotou-rail'))).toBe('id');
    expect(match(resolvePlace(network, 'Port of Tianjin'))).toBe('name');
    expect(match(resolvePlace(network, 'Baotou'))).toBe('city');
    expect(match(resolvePlace(network, { lon: 109.9, lat: 40.6 }))).toBe('position');
  });

  it('finds the terminals near a position, nearest first', () => {
    expect(ids(resolvePlace(network, { lon: 109.9, lat: 40.6 }))).toEqual([
      'baotou-rail',
      'baotou-airport',
    ]);
    expect(ids(resolvePlace(network, { lon: 109.9, lat: 40.6 }, { modes: ['air'] }))).toEqual([
      'baotou-airport',
    ]);
    expect(ids(resolvePlace(network, { lon: 0, lat: 51.5 }))).toEqual({
      suggestions: expect.arrayContaining(['ulaanbaatar-hub']),
    });
  });

  it('suggests close names for an unknown place', () => {
    const r = resolvePlace(network, 'erenhot-rial');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.suggestions[0]).toBe('erenhot-rail');
    expect(ids(resolvePlace(network, 'Tianjn'))).toEqual({
      suggestions: expect.arrayContaining(['Tianjin']),
    });
    // an id and a city that fold to the same text are suggested once
    const gimpo = network.terminals.get('seoul-gimpo')!;
    const renamed: Network = {
      ...network,
      terminals: new Map(
        [...network.terminals]
          .filter(([id]) => id !== 'seoul-gimpo')
          .concat([['seoul', { ...gimpo, id: 'seoul' }]]),
      ),
    };
    const seoul = resolvePlace(renamed, 'seol');
    expect(!seoul.ok && seoul.suggestions.filter((x) => x.toLowerCase() === 'seoul')).toHaveLength(
      1,
    );
  });
});

describe('searchPlaces', () => {
  const names = (ts: Terminal[]) => ts.map((t) => t.id);
  it('ranks exact, then prefix, then word prefix, then substring', () => {
    expect(names(searchPlaces(network, 'port'))[0]).toBe('incheon-port'); // word prefix "Port of Incheon" ties; ordered by name
    expect(names(searchPlaces(network, 'ere'))).toEqual(['erenhot-rail', 'erenhot-road']);
    expect(names(searchPlaces(network, 'gimpo'))).toEqual(['seoul-gimpo']);
  });
  it('matches Chinese text and folds diacritics', () => {
    // equal matches are ordered by English name: "… Road Checkpoint" before "… Station"
    expect(names(searchPlaces(network, '扎门'))).toEqual(['zamyn-uud-road', 'zamyn-uud-rail']);
    expect(names(searchPlaces(network, 'üüd'))).toEqual(['zamyn-uud-road', 'zamyn-uud-rail']);
    expect(names(searchPlaces(network, '乌兰巴托'))).toEqual(['ulaanbaatar-hub']);
  });
  it('honours the limit and ignores an empty query', () => {
    expect(searchPlaces(network, 'a', 2)).toHaveLength(2);
    expect(searchPlaces(network, '  ')).toEqual([]);
  });
});
