/**
 * Builds the immutable `Network` from a validated draft: Maps by id, and each `both_directions`
 * service expanded into "<id>-return" running the legs backwards with the same figures.
 */
import {
  RETURN_SUFFIX,
  type CustomsRegime,
  type Network,
  type RegimeRule,
  type Service,
  type ServiceLeg,
} from '../model/index.ts';
import { withDrivingTimes } from './derive-driving-times.ts';
import type { Draft } from './draft.ts';

/** The return of a service: legs reversed, each stop's dwell moved to the same place on the way back. */
export function reverseService(service: Service): Service {
  const n = service.legs.length;
  const legs: ServiceLeg[] = [];
  for (let j = 0; j < n; j++) {
    const original = service.legs[n - 1 - j]!;
    // stop_h belongs to the stop at a leg's `to`; on the way back that stop ends leg j,
    // and it was the `to` of original leg n-2-j. The final destination has no scheduled stop.
    const stopSource = service.legs[n - 2 - j];
    const { stop_h: _dropped, waypoints, ...rest } = original;
    const leg: ServiceLeg = { ...rest, from: original.to, to: original.from };
    if (stopSource?.stop_h) leg.stop_h = stopSource.stop_h;
    if (waypoints) leg.waypoints = { ...waypoints, points: [...waypoints.points].reverse() };
    legs.push(leg);
  }
  const { return_schedule, cargo_stops, ...base } = service;
  return {
    ...base,
    // where the outbound train unloads, the return train loads, and the other way round
    ...(cargo_stops
      ? {
          cargo_stops: {
            ...cargo_stops,
            loads_at: cargo_stops.unloads_at,
            unloads_at: cargo_stops.loads_at,
          },
        }
      : {}),
    id: service.id + RETURN_SUFFIX,
    name: `${service.name} (return)`,
    ...(service.name_zh ? { name_zh: `${service.name_zh}（回程）` } : {}),
    legs,
    schedule: return_schedule ?? service.schedule,
    both_directions: false,
  };
}

export function buildNetwork(draft: Draft): Network {
  if (!draft.manifest) throw new Error('buildNetwork: the draft has no manifest (validate first)');
  const services = new Map<string, Service>();
  const terminals = new Map(draft.terminals.map(({ value }) => [value.id, value]));
  const driving = draft.manifest.driving;
  const file = (value: Service) => {
    services.set(value.id, value);
    if (value.both_directions) {
      let back = reverseService(value);
      // a truck driven the other way takes its rests elsewhere: derive its running times again
      if (back.driving && driving) {
        const derived = withDrivingTimes(back, driving, terminals);
        if (typeof derived !== 'string') back = derived;
      }
      services.set(back.id, back);
    }
  };
  for (const { value } of draft.services) file(value);
  // the trucks of the trucking areas (T19), filed and timed by their check
  for (const truck of draft.areaServices ?? []) file(truck);
  return {
    manifest: draft.manifest,
    sources: new Map(draft.sources.map(({ value }) => [value.id, value])),
    terminals,
    services,
    borders: new Map(draft.borders.map(({ value }) => [value.id, value])),
    emissionFactors: new Map(draft.factors.map(({ value }) => [value.id, value])),
    emissionsVersion: draft.emissionsVersion ?? '',
    hubCo2eKgPerT: draft.hubCo2eKgPerT ?? 0,
    corridorGroups: (draft.corridorGroups ?? []).map(({ value }) => value),
    legalityRules: (draft.legalityRules ?? []).map(({ value }) => value),
    truckingAreas: (draft.truckingAreas ?? []).map(({ value }) => value),
    destinationCustoms: (draft.destinations ?? []).map(({ value }) => value),
    regimes: new Map<CustomsRegime, RegimeRule>(
      draft.regimes.map(({ value }) => [value.regime, value]),
    ),
  };
}
