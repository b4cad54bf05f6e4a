/** Border crossings by the ordered pair of terminals they join, so a leg can find "its" border. */
import type { BorderCrossing, Mode } from '../model/index.ts';

export interface BorderIndex {
  /** crossings usable from `from` to `to` by `mode` */
  between(from: string, to: string, mode: Mode): BorderCrossing[];
  /** crossings joining the two terminals in either direction, by any mode */
  joining(a: string, b: string): BorderCrossing[];
}

export function indexBorders(borders: Iterable<BorderCrossing>): BorderIndex {
  const directed = new Map<string, BorderCrossing[]>();
  const undirected = new Map<string, BorderCrossing[]>();
  const add = (map: Map<string, BorderCrossing[]>, key: string, b: BorderCrossing) =>
    map.set(key, [...(map.get(key) ?? []), b]);
  for (const b of borders) {
    const [a, z] = b.sides;
    add(directed, `${a}|${z}`, b);
    if (b.both_directions) add(directed, `${z}|${a}`, b);
    add(undirected, [a, z].sort().join('|'), b);
  }
  return {
    between: (from, to, mode) =>
      (directed.get(`${from}|${to}`) ?? []).filter((b) => b.mode === mode),
    joining: (a, b) => undirected.get([a, b].sort().join('|')) ?? [],
  };
}
