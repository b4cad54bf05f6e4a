/**
 * A Route as drawable map features: one line per leg (its path, or a straight line when the leg has
 * none), the stops where the cargo changes vehicle, and the border crossings with their gauge change.
 */
import type { Route, TerminalRef } from '../types.ts';
import { kindStyle, modeColour, type LineStyle } from './map-style.ts';

export interface RouteLegFeature {
  id: string;
  mode: string;
  kind: string;
  colour: string;
  style: LineStyle;
  coordinates: [number, number][];
}

export interface RouteStopFeature {
  id: string;
  role: 'origin' | 'destination' | 'transfer';
  terminal: TerminalRef;
}

interface RouteBorderFeature {
  id: string;
  name: string;
  name_zh: string;
  lon: number;
  lat: number;
  gauge_change: boolean;
}

export interface RouteFeatures {
  legs: RouteLegFeature[];
  stops: RouteStopFeature[];
  borders: RouteBorderFeature[];
}

/** @example routeFeatures(route).legs.length === route.legs.length */
export function routeFeatures(route: Route): RouteFeatures {
  const legs = route.legs.map((leg, i) => ({
    id: `${route.id}#leg${i}`,
    mode: leg.mode,
    kind: leg.kind,
    colour: modeColour(leg.mode),
    style: kindStyle(leg.kind),
    coordinates:
      leg.path.length >= 2
        ? leg.path.map(([lon, lat]) => [lon, lat] as [number, number])
        : ([
            [leg.from.lon, leg.from.lat],
            [leg.to.lon, leg.to.lat],
          ] as [number, number][]),
  }));
  const stops: RouteStopFeature[] = [
    { id: `origin:${route.from.id}`, role: 'origin', terminal: route.from },
  ];
  for (const leg of route.legs.slice(1)) {
    if (
      leg.from.id !== route.from.id &&
      leg.from.id !== route.to.id &&
      !stops.some((s) => s.terminal.id === leg.from.id)
    ) {
      stops.push({ id: `transfer:${leg.from.id}`, role: 'transfer', terminal: leg.from });
    }
  }
  stops.push({ id: `destination:${route.to.id}`, role: 'destination', terminal: route.to });
  const borders = route.border_events.map((b, i) => ({
    id: `${b.border_id}#${i}`,
    name: b.name,
    name_zh: b.name_zh,
    lon: (b.from.lon + b.to.lon) / 2,
    lat: (b.from.lat + b.to.lat) / 2,
    gauge_change: b.gauge_change !== undefined,
  }));
  return { legs, stops, borders };
}

/**
 * The geographic box a planner reads the given routes in (the selected one, or all of an answer):
 * their land and air legs and their origins and destinations, widened by `margin` of its size (at
 * least 1°). A sea leg counts by its two ports only, so a sailing round the Cape or to Sydney does
 * not pull Africa into the middle of the frame. Undefined when there is nothing to frame.
 * @example focusBox([seaRouteViaTianjinAndRotterdam]) // Baotou–Tianjin to Rotterdam–Duisburg
 */
export function focusBox(
  routes: readonly Route[],
  margin = 0.08,
): [[number, number], [number, number]] | undefined {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const add = ([lon, lat]: readonly [number, number]) => {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  for (const r of routes) {
    add([r.from.lon, r.from.lat]);
    add([r.to.lon, r.to.lat]);
    for (const leg of routeFeatures(r).legs) {
      const ends = [leg.coordinates[0], leg.coordinates[leg.coordinates.length - 1]];
      for (const p of leg.mode === 'sea' ? ends : leg.coordinates) if (p) add(p);
    }
  }
  if (!Number.isFinite(w)) return undefined;
  const dx = Math.max(1, (e - w) * margin);
  const dy = Math.max(1, (n - s) * margin);
  return [
    [w - dx, Math.max(-85, s - dy)],
    [e + dx, Math.min(85, n + dy)],
  ];
}
