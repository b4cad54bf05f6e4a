/**
 * The route queries the HTTP benchmarks send: origin/destination pairs on the built-in network
 * (China-Europe rail, China–Mongolia–Russia, rail-sea and air lanes), each probed once against the
 * server under test; pairs that do not answer 200 with at least one route are left out, and said so.
 */
import { toTemplate, type QueryTemplate } from './workload.ts';
import { LANE_DESTINATIONS, LANE_OBJECTIVES, LANE_ORIGINS } from '../../support/bench-lanes.ts';

const DEPART = '2025-03-03';

export interface RouteQuerySet {
  /** one fixed body per pair (repeated queries) */
  bodies: string[];
  /** one template per pair (every request new: see workload.ts) */
  templates: QueryTemplate[];
  /** pairs left out, with the status they answered */
  dropped: string[];
}

export async function buildRouteQueries(url: string): Promise<RouteQuerySet> {
  const set: RouteQuerySet = { bodies: [], templates: [], dropped: [] };
  let i = 0;
  for (const from of LANE_ORIGINS) {
    for (const to of LANE_DESTINATIONS) {
      const objective = LANE_OBJECTIVES[i++ % LANE_OBJECTIVES.length] ?? 'generalized';
      const feu = 1 + (i % 2);
      const body = JSON.stringify({
        from,
        to,
        depart: DEPART,
        shipment: { feu, kg: 12_000, value_usd: 150_000 },
        objective,
      });
      const res = await fetch(`${url}/api/v1/routes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const answer = (await res.json()) as { routes?: unknown[] };
      if (res.status === 200 && (answer.routes?.length ?? 0) > 0) {
        set.bodies.push(body);
        set.templates.push(toTemplate({ from, to, depart: DEPART, objective, feu }));
      } else
        set.dropped.push(`${from}→${to} (${res.status}${res.status === 200 ? ', no route' : ''})`);
    }
  }
  if (set.bodies.length === 0)
    throw new Error(`no route query answered with a route: ${set.dropped.join(', ')}`);
  return set;
}

/** Autocomplete as typed: every prefix of a few place names, as a client sends one per keystroke. */
export function placePrefixPaths(): string[] {
  const words = ['baotou', 'hohhot', 'erenhot', 'manzhouli', 'duisburg', 'moscow', 'ulaanbaatar'];
  return words.flatMap((w) =>
    Array.from({ length: w.length - 1 }, (_, k) => `/api/v1/places?q=${w.slice(0, k + 2)}`),
  );
}
