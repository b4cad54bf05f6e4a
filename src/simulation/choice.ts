/**
 * The shipper's choice among route options: least generalized cost, or a multinomial logit over the
 * options' generalized cost per TEU. Generalized cost = money + value of time × door-to-door time
 * + carbon price × CO2e. With no value of time given, time is valued at 0.1 % of the cargo value per
 * day (≈ 36 %/yr: an inventory carrying-cost rate; an assumption stated in the scenario docs).
 */
import type { ChoiceModel } from './scenario.schema.ts';
import type { RouteOption } from './route-option.ts';

export const DEFAULT_VOT_SHARE_PER_DAY = 0.001;

export interface Candidate {
  option: RouteOption;
  /** door-to-door hours if the shipment left now: the option's steps timed against real departures with room */
  time_h: number;
}

export function valueOfTimeUsdPerH(model: ChoiceModel, valueUsd: number): number {
  return model.value_of_time_usd_per_h ?? (valueUsd * DEFAULT_VOT_SHARE_PER_DAY) / 24;
}

export function generalizedCostUsd(model: ChoiceModel, c: Candidate, valueUsd: number): number {
  const vot = valueOfTimeUsdPerH(model, valueUsd);
  return c.option.cost_usd + vot * c.time_h + (model.carbon_price_usd_per_t * c.option.co2e_kg) / 1000;
}

/**
 * Index of the chosen candidate (-1 when there is none). `u` is a uniform draw used by the logit;
 * ties in least cost go to the first candidate, so the choice is deterministic.
 */
export function choose(model: ChoiceModel, candidates: readonly Candidate[], valueUsd: number, teuEq: number, u: number): number {
  if (candidates.length === 0) return -1;
  const gc = candidates.map((c) => generalizedCostUsd(model, c, valueUsd));
  if (model.model === 'least_cost' || candidates.length === 1) {
    let best = 0;
    for (let i = 1; i < gc.length; i++) if (gc[i]! < gc[best]!) best = i;
    return best;
  }
  const perTeu = gc.map((g, i) => g / Math.max(teuEq, 1e-6) + (model.mode_constants_usd?.[candidates[i]!.option.main_mode] ?? 0));
  const min = Math.min(...perTeu);
  const weights = perTeu.map((g) => Math.exp(-model.scale_per_usd * (g - min)));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / total;
    if (u < acc) return i;
  }
  return weights.length - 1;
}
