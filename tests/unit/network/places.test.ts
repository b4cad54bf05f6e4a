import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadNetwork,
  resolvePlace,
  searchPlaces,
  suggestPlaces,
} from '../../../src/network/index.ts';
import type { Mode, Network, Terminal } from '../../../src/model/index.ts';
import { normalizeName } from '../../../src/lib/suggest.ts';
import { storedPlaceMisses } from '../../../src/network/places.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';
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

/**
 * What resolvePlace answered when it folded and compared every key of every terminal on each call,
 * before the index by folded name: the index must give the same answer for anything typed.
 */
function referenceResolve(net: Network, ref: string, modes?: Mode[]) {
  const all = [...net.terminals.values()];
  const serves = (t: Terminal) =>
    !modes || modes.length === 0 || t.modes.some((m) => modes.includes(m));
  const q = normalizeName(ref);
  const id = ref.trim().toLowerCase();
  const byId = all.filter((t) => t.id === id);
  if (byId.length > 0) return { ok: true, terminals: byId, match: 'id' };
  const names = (t: Terminal) =>
    [t.name, t.name_zh, ...t.aliases, t.codes.iata ?? [], t.codes.unlocode ?? []]
      .flat()
      .map(normalizeName);
  const cities = (t: Terminal) => [t.city, t.city_zh].map(normalizeName);
  const isCity = all.some((t) => cities(t).includes(q));
  const hits = all.filter((t) => names(t).includes(q) || (isCity && cities(t).includes(q)));
  if (hits.length === 0) return { ok: false, suggestions: suggestPlaces(net, ref) };
  const preferred = hits.filter(serves);
  return {
    ok: true,
    terminals: preferred.length > 0 ? preferred : hits,
    match: isCity ? 'city' : 'name',
  };
}

describe('resolvePlace by the index of folded names', () => {
  let builtIn: Network;
  beforeAll(async () => {
    ({ network: builtIn } = await loadBuiltIn());
  });

  it('answers what folding every key of every terminal answers, for all a user may type', () => {
    for (const net of [network, builtIn]) {
      const typed = new Set<string>(['nowhere-at-all', 'Tianjn', '  ', 'erenhot-rial']);
      for (const t of net.terminals.values())
        for (const k of [
          t.id,
          t.name,
          t.name_zh,
          ...t.aliases,
          t.codes.iata ?? '',
          t.codes.unlocode ?? '',
          t.city,
          t.city_zh,
        ]) {
          if (k === '') continue;
          for (const v of [k, k.toUpperCase(), k.toLowerCase(), ` ${k}-`, k.replaceAll(' ', '_')])
            typed.add(v);
        }
      const modeSets: (Mode[] | undefined)[] = [undefined, ['rail'], ['air'], ['road', 'sea']];
      let cities = 0;
      for (const ref of typed)
        for (const modes of modeSets) {
          const got = resolvePlace(net, ref, modes ? { modes } : {});
          const want = referenceResolve(net, ref, modes);
          expect(got, `${ref} ${String(modes)}`).toEqual(want);
          if (got.ok && got.match === 'city') cities++;
        }
      expect(cities).toBeGreaterThan(0);
    }
  });

  it('hands each caller lists of its own: changing one changes no later answer', () => {
    const first = resolvePlace(network, 'Baotou');
    expect(first.ok).toBe(true);
    if (first.ok) first.terminals.splice(0, first.terminals.length);
    // a name tier whose terminals all lack the mode gives them all back: the same, not shared
    const lacking = resolvePlace(network, 'erlian', { modes: ['road'] });
    if (lacking.ok) lacking.terminals.push(lacking.terminals[0]!);
    const miss = resolvePlace(network, 'erenhot-rial');
    if (!miss.ok) miss.suggestions.splice(0, miss.suggestions.length, 'nowhere');
    expect(ids(resolvePlace(network, 'Baotou'))).toEqual(['baotou-rail', 'baotou-airport']);
    expect(ids(resolvePlace(network, 'erlian', { modes: ['road'] }))).toEqual(['erenhot-rail']);
    const again = resolvePlace(network, 'erenhot-rial');
    expect(!again.ok && again.suggestions[0]).toBe('erenhot-rail');
  });

  it('stores a miss once across casings and diacritics, apart where spacing changes it', () => {
    // counted by the entries the index keeps (a module mock would not reach a places module that
    // an earlier file in the same worker already loaded: the fast project shares one module graph)
    const before = storedPlaceMisses(network);
    const asked = ['tianjnx', 'TIANJNX', 'tiánjnx', 'Tíanjnx'].map((ref) =>
      resolvePlace(network, ref),
    );
    expect(storedPlaceMisses(network)).toBe(before + 1);
    for (const r of asked) expect(r).toEqual({ ok: false, suggestions: ['Tianjin'] });
    // one folded name, other suggestions: each is worked out and answered as its own
    for (const refs of [
      ['tiajin', ' tiajin '],
      ['b.a.o.t', 'baot'],
      ['zamyn-uudx', 'zamyn uudx'],
    ]) {
      const want = refs.map((ref) => suggestPlaces(network, ref));
      expect(want[0]).not.toEqual(want[1]);
      const held = storedPlaceMisses(network);
      for (const [i, ref] of refs.entries())
        expect(resolvePlace(network, ref)).toEqual({ ok: false, suggestions: want[i] });
      expect(storedPlaceMisses(network)).toBe(held + 2);
    }
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
