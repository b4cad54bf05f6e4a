/** The objective's value of a built route, lower is better (ranking answers against each other). */
import type { Objective, Route } from '../model/index.ts';

export function scoreOf(r: Route, objective: Objective): number {
  switch (objective) {
    case 'time':
      return Date.parse(r.arrive);
    case 'co2':
      return r.co2e_kg;
    case 'generalized':
      return r.generalized_cost_usd;
    default:
      return r.cost.total_usd;
  }
}
