/**
 * A route as the rows of its card in the routes list, in time order: each leg (mode, service, from →
 * to, times, the wait before it) and each border crossing (dwell, gauge change). Pure.
 */
import type { Route, TerminalRef } from '../types.ts';

export type RouteStep =
  | {
      type: 'leg';
      id: string;
      mode: string;
      kind: string;
      name: string;
      name_zh: string;
      from: TerminalRef;
      to: TerminalRef;
      depart: string;
      arrive: string;
      wait_h: number;
      duration_h: number;
    }
  | {
      type: 'border';
      id: string;
      name: string;
      name_zh: string;
      start: string;
      dwell_h: number;
      gauge_change: boolean;
    };

export function routeSteps(route: Route): RouteStep[] {
  const legs: RouteStep[] = route.legs.map((l, i) => ({
    type: 'leg',
    id: `leg${i}`,
    mode: l.mode,
    kind: l.kind,
    name: l.service_name,
    name_zh: l.service_name_zh ?? l.service_name,
    from: l.from,
    to: l.to,
    depart: l.depart,
    arrive: l.arrive,
    wait_h: l.wait_h,
    duration_h: l.duration_h,
  }));
  const borders: RouteStep[] = route.border_events.map((b, i) => ({
    type: 'border',
    id: `border${i}`,
    name: b.name,
    name_zh: b.name_zh,
    start: b.start,
    dwell_h: b.dwell_h,
    gauge_change: b.gauge_change !== undefined,
  }));
  const at = (s: RouteStep) => Date.parse(s.type === 'leg' ? s.depart : s.start);
  // stable: a border that starts when a leg departs comes after it (the train reaches the border)
  return [...legs, ...borders].sort((a, b) => at(a) - at(b) || (a.type === 'leg' ? -1 : 1));
}

/** Mode of each leg, with consecutive repeats merged: ['rail', 'sea'] for rail-rail-sea. */
export function modeSequence(route: Route): string[] {
  return route.legs.map((l) => l.mode).filter((m, i, all) => i === 0 || all[i - 1] !== m);
}
