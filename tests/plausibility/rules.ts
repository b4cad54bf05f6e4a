/**
 * Plausibility rules over planned routes: what a forwarder, a planner or a reviewer would reject on
 * sight. Each rule returns the violations it finds on one route (or one answer) with a figure that
 * says how far off it is. The suite (plausibility.test.ts) runs them over many origin–destination
 * pairs of the built-in network; the rules are plain functions so their own tests can feed them
 * doctored routes and see them fire.
 */
import { haversineKm } from '../../src/lib/geo.ts';
import {
  cargoStopsOf,
  sumCostComponents,
  type Network,
  type Route,
} from '../../src/model/index.ts';
import { SPEED_RANGE_KMH } from '../../src/network/index.ts';

/** @public the rule names, read as the Rule type */
export const RULES = [
  'no-route',
  'reenters-origin-country',
  'detour',
  'detour-great-circle',
  'non-cargo-stop',
  'slow-chain-beats-direct',
  'cost-components',
  'time-order',
  'leg-speed',
  'backtracking-alternative',
] as const;
export type Rule = (typeof RULES)[number];

export interface Finding {
  rule: Rule;
  figure: string;
}

/**
 * Detour against the direct corridor: a route may be at most 1.6× as long as the shortest route of
 * the same kind (land, sea, air) the planner found for the pair in any answer (cost, time, compare).
 * The shortest such route is the direct corridor; 60 % more is a chain that doubles back (Ordos →
 * Tianjin → Chifeng → Manzhouli for Ordos → Moscow). A ratio to the great circle alone cannot tell
 * a detour from geography: Baotou → Novosibirsk by the Trans-Mongolian and Trans-Siberian lines is
 * about 1.75× its great circle and there is no shorter railway.
 */
const DETOUR_FACTOR = 1.6;

/**
 * Great-circle ceilings, by the kind of route (routeKind), for when even the shortest route of a kind is
 * roundabout:
 * - land (rail and road only): 2.0× plus 200 km. Real lines run 1.35–1.75× (Ordos → Moscow 7,600 km
 *   for about 5,500 km of great circle; Baotou → Novosibirsk 1.75×); the 200 km absorb drayage
 *   between a city's terminals on short trips.
 * - sea: 4.5× plus 500 km. An inland origin by rail to Tianjin, then round the Cape of
 *   Good Hope to Rotterdam, is about 4.2× (Baotou → Duisburg); beyond that the ship went the wrong way.
 * - air: 2.0× plus 500 km: airways, a hub on the way, trucking to the
 *   airports of short trips.
 */
const GREAT_CIRCLE_LIMIT = {
  land: { factor: 2, slackKm: 200 },
  sea: { factor: 4.5, slackKm: 500 },
  air: { factor: 2, slackKm: 500 },
} as const satisfies Record<string, { factor: number; slackKm: number }>;

export type RouteKind = keyof typeof GREAT_CIRCLE_LIMIT;

/**
 * What kind of route this is: the mode that carries it furthest (rail and road count as land). A
 * train to Hamburg with a feeder ship on to Rotterdam is a land route; a truck to Tianjin and a ship
 * round the Cape is a sea route.
 */
export function routeKind(route: Route): RouteKind {
  const km = { land: 0, sea: 0, air: 0 };
  for (const leg of route.legs)
    km[leg.mode === 'sea' ? 'sea' : leg.mode === 'air' ? 'air' : 'land'] += leg.distance_km;
  return km.sea >= km.land && km.sea >= km.air ? 'sea' : km.air >= km.land ? 'air' : 'land';
}

/** A chain whose transit is more than this many times that of an option costing at most … */
const SLOW_CHAIN_TIME_FACTOR = 1.5;
/** … this much more (share) is an answer no forwarder books: they pay the 10 % and save the weeks. */
const SLOW_CHAIN_COST_SLACK = 0.1;

/** P50 may come out a little before the scheduled arrival when delays are drawn early; not by more. */
const P50_EPSILON_H = 1;
/** Rounding slack when summing cost components (each rounded to cents). */
const COST_EPSILON_USD = 0.05;

const fmt = (x: number, digits = 0) =>
  x.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });

/** Countries in the order the cargo passes them, consecutive repeats collapsed. */
export function countrySequence(route: Route): string[] {
  const seq: string[] = [];
  for (const leg of route.legs)
    for (const t of [leg.from, ...leg.via, leg.to])
      if (seq[seq.length - 1] !== t.country) seq.push(t.country);
  return seq;
}

export function reentersOriginCountry(route: Route): Finding[] {
  const seq = countrySequence(route);
  const origin = route.from.country;
  const left = seq.findIndex((c) => c !== origin);
  if (left < 0 || !seq.slice(left).includes(origin)) return [];
  return [{ rule: 'reenters-origin-country', figure: seq.join(' > ') }];
}

export function detourFromGreatCircle(route: Route): Finding[] {
  const gc = haversineKm(route.from, route.to);
  const kind = routeKind(route);
  const { factor, slackKm } = GREAT_CIRCLE_LIMIT[kind];
  if (route.distance_km <= factor * gc + slackKm) return [];
  return [
    {
      rule: 'detour-great-circle',
      figure: `${fmt(route.distance_km)} km = ${fmt(route.distance_km / gc, 2)}× the ${fmt(gc)} km great circle (${kind} limit ${factor}× + ${slackKm} km)`,
    },
  ];
}

/** `route` against the shortest route of its kind among `all` (the pair's routes in every answer). */
export function detourFromDirect(route: Route, all: readonly Route[]): Finding[] {
  const kind = routeKind(route);
  const shortest = Math.min(...all.filter((r) => routeKind(r) === kind).map((r) => r.distance_km));
  if (route.distance_km <= DETOUR_FACTOR * shortest) return [];
  return [
    {
      rule: 'detour',
      figure: `${fmt(route.distance_km)} km = ${fmt(route.distance_km / shortest, 2)}× the shortest ${kind} route (${fmt(shortest)} km)`,
    },
  ];
}

/**
 * Cargo boards only where the service takes cargo and leaves only where it gives cargo: the listed
 * cargo_stops (loads_at / unloads_at), or else the first and last stop (issue 11, "cargo stops for every service").
 */
export function nonCargoStop(route: Route, network: Network): Finding[] {
  const found: Finding[] = [];
  for (const leg of route.legs) {
    const s = network.services.get(leg.service_id);
    if (!s) continue;
    const { loads, unloads } = cargoStopsOf(s);
    if (!loads.has(leg.from.id))
      found.push({
        rule: 'non-cargo-stop',
        figure: `boards ${leg.service_id} at ${leg.from.id}`,
      });
    if (!unloads.has(leg.to.id))
      found.push({
        rule: 'non-cargo-stop',
        figure: `leaves ${leg.service_id} at ${leg.to.id}`,
      });
  }
  return found;
}

/**
 * The recommended (first) route of a cost answer against every other route seen for the pair: an
 * option at most 10 % dearer that arrives in less than 1/1.5 of the time is what a forwarder books.
 * The cost answer may put the cheapest first, as its objective says, but then it must offer such an
 * option among its own routes (`offered`); one seen only in other answers is a violation.
 */
export function slowChainBeatsDirect(
  best: Route,
  others: readonly Route[],
  offered: readonly Route[] = [best],
): Finding[] {
  const bookable = (o: Route) =>
    o.cost.total_usd <= best.cost.total_usd * (1 + SLOW_CHAIN_COST_SLACK) &&
    o.duration_h * SLOW_CHAIN_TIME_FACTOR < best.duration_h;
  const better = others.find(bookable);
  if (!better || offered.some(bookable)) return [];
  const days = (h: number) => fmt(h / 24, 1);
  return [
    {
      rule: 'slow-chain-beats-direct',
      figure: `USD ${fmt(best.cost.total_usd)} in ${days(best.duration_h)} d, but ${better.legs.map((l) => l.service_id).join(' > ')} costs USD ${fmt(better.cost.total_usd)} in ${days(better.duration_h)} d`,
    },
  ];
}

export function costComponents(route: Route): Finding[] {
  const c = route.cost;
  const sum = sumCostComponents(c);
  if (Math.abs(sum - c.total_usd) <= COST_EPSILON_USD) return [];
  return [
    {
      rule: 'cost-components',
      figure: `components sum to ${fmt(sum, 2)}, total ${fmt(c.total_usd, 2)}`,
    },
  ];
}

export function timeOrder(route: Route): Finding[] {
  const found: Finding[] = [];
  const t = (iso: string) => Date.parse(iso);
  const say = (figure: string) => found.push({ rule: 'time-order', figure });
  if (t(route.arrive) < t(route.depart)) say(`arrives ${route.arrive} before it departs`);
  if (t(route.arrive_p90) < t(route.arrive_p50))
    say(`P90 ${route.arrive_p90} before P50 ${route.arrive_p50}`);
  if (t(route.arrive_p50) < t(route.arrive) - P50_EPSILON_H * 3_600_000)
    say(
      `P50 ${route.arrive_p50} more than ${P50_EPSILON_H} h before the scheduled ${route.arrive}`,
    );
  route.legs.forEach((leg, i) => {
    if (t(leg.arrive) < t(leg.depart)) say(`leg ${i} arrives before it departs`);
    const prev = route.legs[i - 1];
    if (prev && t(leg.depart) < t(prev.arrive))
      say(`leg ${i} departs ${leg.depart} before leg ${i - 1} arrives ${prev.arrive}`);
  });
  return found;
}

/** Every leg covers ground at a speed its mode can run (network/plausibility.ts limits). */
export function legSpeed(route: Route): Finding[] {
  const found: Finding[] = [];
  for (const leg of route.legs) {
    if (leg.distance_km <= 0 || leg.duration_h <= 0) {
      found.push({
        rule: 'leg-speed',
        figure: `${leg.service_id}: ${leg.distance_km} km in ${leg.duration_h} h`,
      });
      continue;
    }
    const v = leg.distance_km / leg.duration_h;
    const { min, max } = SPEED_RANGE_KMH[leg.mode];
    if (v < min || v > max)
      found.push({
        rule: 'leg-speed',
        figure: `${leg.service_id} ${leg.from.id} > ${leg.to.id}: ${fmt(v, 1)} km/h (${leg.mode} ${min}–${max})`,
      });
  }
  return found;
}

/**
 * Back-tracking, read off a route's legs: cargo changes service on land (the next leg is rail or road)
 * at a place more than 150 km further from the destination than the origin, two land legs a → b → c
 * whose great circles add up to more than 1.5 × a–c + 100 km, or a place (within 25 km) passed twice
 * with another between. Chifeng → Tianjin → Ulanqab → Moscow (Tianjin 194 km further from Moscow than
 * Chifeng; 1.67× the great circle Chifeng–Ulanqab) is one; Baotou → Tianjin → by sea is not (the leg
 * after Tianjin is a ship).
 */
export function backtracks(route: Route): string | null {
  const legs = route.legs;
  if (legs.length < 2) return null;
  const land = (mode: string) => mode === 'rail' || mode === 'road';
  const dest = legs[legs.length - 1]!.to;
  const start = haversineKm(legs[0]!.from, dest);
  const seen = [legs[0]!.from];
  for (const leg of legs) {
    // a border crossed on board during this leg, at a place the cargo already left (R30)
    for (const b of route.border_events) {
      if (b.start < leg.depart || b.start > leg.arrive) continue;
      const back = [b.from, b.to].find((side) =>
        seen.slice(0, -1).some((p) => haversineKm(p, side) < 25),
      );
      if (back) return `passes ${back.id} twice`;
    }
    const last = seen[seen.length - 1]!;
    if (haversineKm(last, leg.to) < 25) continue;
    if (seen.slice(0, -1).some((p) => haversineKm(p, leg.to) < 25))
      return `passes ${leg.to.id} twice`;
    seen.push(leg.to);
  }
  for (let k = 1; k < legs.length; k++) {
    const leg = legs[k]!;
    if (!land(leg.mode)) continue;
    const away = haversineKm(leg.from, dest) - start;
    if (away > 150) return `boards ${leg.service_id} ${fmt(away)} km further from the destination`;
    const prev = legs[k - 1]!;
    if (!land(prev.mode)) continue;
    const via = haversineKm(prev.from, leg.from) + haversineKm(leg.from, leg.to);
    const direct = haversineKm(prev.from, leg.to);
    if (via > 1.5 * direct + 100)
      return `turns back at ${leg.from.id} (${fmt(via)} km for ${fmt(direct)} km)`;
  }
  return null;
}

/**
 * The alternatives a forwarder sees are routes they would book: an answer shows a back-tracking chain
 * only as its one route, when nothing else reaches the destination.
 */
export function backtrackingAlternatives(routes: readonly Route[]): Finding[] {
  if (routes.length < 2) return [];
  return routes.flatMap((r, i) => {
    const why = backtracks(r);
    return why === null
      ? []
      : [
          {
            rule: 'backtracking-alternative' as const,
            figure: `route ${i + 1} of ${routes.length} (${r.legs.map((l) => l.service_id).join(' > ')}) ${why}`,
          },
        ];
  });
}

/** The rules that look at one route on its own. */
export function routeFindings(route: Route, network: Network): Finding[] {
  return [
    ...reentersOriginCountry(route),
    ...detourFromGreatCircle(route),
    ...nonCargoStop(route, network),
    ...costComponents(route),
    ...timeOrder(route),
    ...legSpeed(route),
  ];
}
