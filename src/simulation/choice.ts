/**
 * The shipper's choice among route options: least generalized cost, or a multinomial logit over the
 * options' generalized cost per TEU plus the constants of the option's main mode and corridor (what
 * shippers weigh beyond money and time, fitted by `calibrate`). Generalized cost = money + value of
 * time × door-to-door time + carbon price × CO2e. Time is valued at a flat USD per hour when given,
 * else at a share of the cargo value per day (default 0.1 %, ≈ 36 %/yr: an inventory carrying-cost
 * rate; a scenario sets its own share with its source).
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
  return (
    model.value_of_time_usd_per_h ??
    (valueUsd * (model.value_of_time_share_per_day ?? DEFAULT_VOT_SHARE_PER_DAY)) / 24
  );
}

/** The logit's constant for an option, USD per TEU: its main mode's plus its corridor's. */
export function optionConstantUsd(model: ChoiceModel, option: RouteOption): number {
  if (model.model !== 'logit') return 0;
  return (
    (model.mode_constants_usd?.[option.main_mode] ?? 0) +
    (model.corridor_constants_usd?.[option.corridor_group] ?? 0)
  );
}

export function generalizedCostUsd(model: ChoiceModel, c: Candidate, valueUsd: number): number {
  const vot = valueOfTimeUsdPerH(model, valueUsd);
  return (
    c.option.cost_usd + vot * c.time_h + (model.carbon_price_usd_per_t * c.option.co2e_kg) / 1000
  );
}

/**
 * Index of the chosen candidate (-1 when there is none). `u` is a uniform draw used by the logit;
 * ties in least cost go to the first candidate, so the choice is deterministic.
 * Hot path (every arrival and re-plan): small enough to inline, plain loops, no arrays made per call.
 */
export function choose(
  model: ChoiceModel,
  candidates: readonly Candidate[],
  valueUsd: number,
  teuEq: number,
  u: number,
): number {
  if (candidates.length === 0) return -1;
  if (model.model === 'least_cost' || candidates.length === 1)
    return leastCost(model, candidates, valueUsd);
  return logit(model, candidates, valueUsd, teuEq, u);
}

function leastCost(model: ChoiceModel, candidates: readonly Candidate[], valueUsd: number): number {
  let best = 0;
  let bestGc = generalizedCostUsd(model, candidates[0]!, valueUsd);
  for (let i = 1; i < candidates.length; i++) {
    const g = generalizedCostUsd(model, candidates[i]!, valueUsd);
    if (g < bestGc) {
      best = i;
      bestGc = g;
    }
  }
  return best;
}

/** per-candidate weights of the logit, reused across calls (one module instance per thread) */
let weights = new Float64Array(16);

function logit(
  model: Extract<ChoiceModel, { model: 'logit' }>,
  candidates: readonly Candidate[],
  valueUsd: number,
  teuEq: number,
  u: number,
): number {
  const n = candidates.length;
  if (weights.length < n) weights = new Float64Array(2 * n);
  const w = weights;
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    w[i] =
      generalizedCostUsd(model, c, valueUsd) / Math.max(teuEq, 1e-6) +
      optionConstantUsd(model, c.option);
    if (w[i]! < min) min = w[i]!;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    w[i] = Math.exp(-model.scale_per_usd * (w[i]! - min));
    total += w[i]!;
  }
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += w[i]! / total;
    if (u < acc) return i;
  }
  return n - 1;
}
