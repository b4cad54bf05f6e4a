/**
 * On-demand trucks of a trucking area (services.yaml `trucking_areas`, docs/decisions.md T19): one
 * truck for each pair of the area's terminals that no on-demand truck of the file joins, so cargo
 * that reaches a European hub is trucked to its destination in one booking instead of hopping from
 * filed lane to filed lane through the cities between. A pair in two countries is driven through
 * the road borders between them (the fewest kilometres over the borders of the network).
 */
import type {
  BorderCrossing,
  Service,
  ServiceLeg,
  Terminal,
  TruckingArea,
} from '../model/index.ts';
import { cargoStopsOf, DERIVED_DURATION_TEXT, stopsOf } from '../model/index.ts';
import { haversineKm } from '../lib/geo.ts';
import { MinHeap } from '../lib/heap.ts';

/** What stops a pair of the area from being trucked: its path in the file and why. */
export interface AreaProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Pairs of stops ("a>b") an on-demand road service of the file sells (boards at a, leaves at b). */
function soldPairs(services: Iterable<Service>): Set<string> {
  const sold = new Set<string>();
  for (const s of services) {
    if (s.mode !== 'road' || s.schedule.type !== 'on_demand') continue;
    const stops = stopsOf(s);
    const { loads, unloads } = cargoStopsOf(s);
    for (let i = 0; i < stops.length; i++)
      for (let j = i + 1; j < stops.length; j++) {
        const [a, b] = [stops[i]!, stops[j]!];
        if (!loads.has(a) || !unloads.has(b)) continue;
        sold.add(`${a}>${b}`);
        // the return service loads where this one unloads and unloads where it loads (build-network.ts)
        if (s.both_directions) sold.add(`${b}>${a}`);
      }
  }
  return sold;
}

/**
 * The stops a truck drives through from a to b: a and b when they share a country, else through
 * the road border sides on the way with the fewest kilometres (great circle × circuity inside a
 * country, the crossing itself at its great circle); undefined when no road border leads there.
 */
function stopsBetween(
  a: Terminal,
  b: Terminal,
  terminals: ReadonlyMap<string, Terminal>,
  roadBorders: readonly BorderCrossing[],
  circuity: number,
): string[] | undefined {
  if (a.country === b.country) return [a.id, b.id];
  const nodes = new Set([a.id, b.id]);
  for (const x of roadBorders) for (const side of x.sides) nodes.add(side);
  const ids = [...nodes];
  const at = new Map(ids.map((id, k) => [id, k]));
  const km = (u: string, v: string) =>
    haversineKm(terminals.get(u)!.location, terminals.get(v)!.location);
  const dist = new Float64Array(ids.length).fill(Infinity);
  const pred = new Int32Array(ids.length).fill(-1);
  const heap = new MinHeap(ids.length);
  dist[at.get(a.id)!] = 0;
  heap.push(at.get(a.id)!, 0);
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (d > dist[u]!) continue;
    const tu = terminals.get(ids[u]!)!;
    const relax = (v: number, w: number) => {
      if (d + w < dist[v]!) {
        dist[v] = d + w;
        pred[v] = u;
        heap.push(v, d + w);
      }
    };
    // within the country: any other stop of it
    ids.forEach((id, v) => {
      if (v !== u && terminals.get(id)!.country === tu.country) relax(v, km(tu.id, id) * circuity);
    });
    // across a road border from this side
    for (const x of roadBorders) {
      const [s0, s1] = x.sides;
      if (s0 === tu.id) relax(at.get(s1)!, km(s0, s1));
      else if (s1 === tu.id && x.both_directions) relax(at.get(s0)!, km(s1, s0));
    }
  }
  const end = at.get(b.id)!;
  if (dist[end] === Infinity) return undefined;
  const path: string[] = [];
  for (let v = end; v >= 0; v = pred[v]!) path.push(ids[v]!);
  return path.reverse();
}

/**
 * The trucks of one area (one per ordered pair, each its own direction), and the pairs it cannot
 * truck. Terminals must exist and serve road; crossings with a side that is not a terminal are left
 * out (the reference check reports them).
 */
export function areaTrucks(
  area: TruckingArea,
  terminals: ReadonlyMap<string, Terminal>,
  borders: Iterable<BorderCrossing>,
  filed: Iterable<Service>,
): { services: Service[]; problems: AreaProblem[] } {
  const sold = soldPairs(filed);
  const roadBorders = [...borders].filter(
    (x) => x.mode === 'road' && x.sides.every((side) => terminals.has(side)),
  );
  const circuity = area.circuity.value;
  const services: Service[] = [];
  const problems: AreaProblem[] = [];
  area.terminals.forEach((from, i) =>
    area.terminals.forEach((to, j) => {
      if (i === j || sold.has(`${from}>${to}`)) return;
      const a = terminals.get(from)!;
      const b = terminals.get(to)!;
      const stops = stopsBetween(a, b, terminals, roadBorders, circuity);
      if (stops) services.push(areaTruck(area, stops, terminals));
      else
        problems.push({
          path: ['terminals', j],
          message: `no road border of borders.yaml leads from ${a.id} (${a.country}) to ${b.id} (${b.country})`,
        });
    }),
  );
  return { services, problems };
}

function areaTruck(
  area: TruckingArea,
  stops: readonly string[],
  terminals: ReadonlyMap<string, Terminal>,
): Service {
  const first = terminals.get(stops[0]!)!;
  const last = terminals.get(stops[stops.length - 1]!)!;
  const legs: ServiceLeg[] = [];
  for (let k = 1; k < stops.length; k++) {
    const from = terminals.get(stops[k - 1]!)!;
    const to = terminals.get(stops[k]!)!;
    const crossing = from.country !== to.country;
    const gc = haversineKm(from.location, to.location);
    const km = Math.round(crossing ? gc : gc * area.circuity.value);
    legs.push({
      from: from.id,
      to: to.id,
      distance_km: {
        value: Math.max(km, 1),
        assumption: crossing
          ? `the border crossing's great-circle distance (trucking area ${area.id})`
          : `great-circle distance × ${area.circuity.value} road circuity (trucking area ${area.id})`,
      },
      duration_h: { value: 0, assumption: DERIVED_DURATION_TEXT },
    });
  }
  const km = legs.reduce((sum, l) => sum + l.distance_km.value, 0);
  const rate = (usdPerKm: number, min: number) => Math.max(min, usdPerKm * km);
  const basis = `derived (trucking area ${area.id}): ${km} km at the area's rates`;
  return {
    ...area.service,
    id: areaTruckId(area, first.id, last.id),
    name: `${area.name}: ${first.city} → ${last.city}`,
    name_zh: `${area.name_zh}：${first.city_zh}—${last.city_zh}`,
    mode: 'road',
    legs,
    tariffs: [
      {
        from: first.id,
        to: last.id,
        unit: 'truck',
        usd: Math.round(rate(area.truck_usd_per_km.value, area.truck_min_usd.value)),
        date: area.rates_date,
        assumption: basis,
      },
      {
        from: first.id,
        to: last.id,
        unit: 'kg',
        usd: Math.round(area.kg_usd_per_km.value * km * 10000) / 10000,
        min_usd: area.kg_min_usd.value,
        date: area.rates_date,
        assumption: basis,
      },
    ],
    both_directions: false,
    trucking_area: area.id,
  };
}

/** The id of an area's truck from one terminal to another. */
function areaTruckId(area: TruckingArea, from: string, to: string): string {
  return `${area.id}-${from}-to-${to}`;
}
