/**
 * A plain breadth-first search over a loaded network, independent of the routing code: terminals are nodes,
 * service legs (returns included) and border crossings of the allowed modes are edges; reachability only.
 */
import type { Mode, Network, Service } from '../../../src/model/index.ts';

export interface Hop {
  from: string;
  to: string;
  /** service id, or `border:<id>` for a border crossing used on its own */
  via: string;
}

function edges(network: Network, modes: readonly Mode[]): Map<string, Hop[]> {
  const out = new Map<string, Hop[]>();
  const add = (h: Hop) => out.set(h.from, [...(out.get(h.from) ?? []), h]);
  for (const service of network.services.values()) {
    if (!modes.includes(service.mode)) continue;
    for (const leg of service.legs) add({ from: leg.from, to: leg.to, via: service.id });
  }
  for (const border of network.borders.values()) {
    if (!modes.includes(border.mode)) continue;
    const [a, b] = border.sides;
    add({ from: a, to: b, via: `border:${border.id}` });
    if (border.both_directions) add({ from: b, to: a, via: `border:${border.id}` });
  }
  return out;
}

/** The hops of a shortest (fewest hops) path from `from` to `to` using only `modes`, or undefined. */
export function findPath(
  network: Network,
  from: string,
  to: string,
  modes: readonly Mode[],
): Hop[] | undefined {
  const adj = edges(network, modes);
  const prev = new Map<string, Hop>();
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) {
      const path: Hop[] = [];
      for (let t = to; t !== from; t = prev.get(t)!.from) path.unshift(prev.get(t)!);
      return path;
    }
    for (const hop of adj.get(at) ?? []) {
      if (seen.has(hop.to)) continue;
      seen.add(hop.to);
      prev.set(hop.to, hop);
      queue.push(hop.to);
    }
  }
  return undefined;
}

/** The ordered stops of a service: its first terminal, then the end of every leg. */
export function stopsOf(service: Service): string[] {
  return [service.legs[0]!.from, ...service.legs.map((l) => l.to)];
}

/** Whether `wanted` appear in `stops` in this order (not necessarily adjacent). */
export function callsInOrder(stops: readonly string[], wanted: readonly string[]): boolean {
  let i = 0;
  for (const s of stops) if (s === wanted[i]) i++;
  return i === wanted.length;
}
