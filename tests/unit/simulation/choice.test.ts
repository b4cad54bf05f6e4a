/**
 * The shipper's choice, computed by hand: generalized cost (money, time at its value, CO2e at its
 * price), least cost with ties to the first, and the logit's probabilities with its mode and corridor
 * constants read off the uniform draw at which the choice turns.
 */
import { describe, expect, it } from 'vitest';
import {
  choose,
  generalizedCostUsd,
  optionConstantUsd,
  valueOfTimeUsdPerH,
  type Candidate,
} from '../../../src/simulation/choice.ts';
import type { RouteOption } from '../../../src/simulation/route-option.ts';
import type { ChoiceModel } from '../../../src/simulation/scenario.schema.ts';
import { trainOption } from './tiny.ts';

const rail = trainOption('t1', 'b1', 'o', 1000, 'rail-corridor');
const sea: RouteOption = { ...trainOption('s', 'b2', 'o', 600, 'sea-corridor'), main_mode: 'sea' };
const cand = (option: RouteOption, time_h: number): Candidate => ({ option, time_h });

const leastCost: ChoiceModel = { model: 'least_cost', carbon_price_usd_per_t: 0 };
const logit = (extra: Partial<Extract<ChoiceModel, { model: 'logit' }>> = {}): ChoiceModel => ({
  model: 'logit',
  scale_per_usd: 0.002,
  carbon_price_usd_per_t: 0,
  value_of_time_usd_per_h: 0,
  ...extra,
});

/** The probability of candidate 0: the largest draw below which the logit still picks it. */
function probabilityOfFirst(model: ChoiceModel, candidates: Candidate[], teu: number): number {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (choose(model, candidates, 0, teu, mid) === 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

describe('generalized cost', () => {
  it('adds time at its value and CO2e at its price to money', () => {
    // a flat USD 2 an hour for 100 h, 100 kg CO2e at USD 50 a tonne
    const model: ChoiceModel = {
      ...leastCost,
      value_of_time_usd_per_h: 2,
      carbon_price_usd_per_t: 50,
    };
    expect(generalizedCostUsd(model, cand(rail, 100), 30_000)).toBeCloseTo(1000 + 200 + 5, 9);
  });

  it('values time at a share of the cargo value per day when no flat rate is given', () => {
    expect(valueOfTimeUsdPerH(leastCost, 24_000)).toBeCloseTo(1, 9); // 0.1 % a day by default
    expect(
      valueOfTimeUsdPerH(
        logit({ value_of_time_usd_per_h: undefined, value_of_time_share_per_day: 0.006 }),
        24_000,
      ),
    ).toBeCloseTo(6, 9);
  });
});

describe('choose', () => {
  it('least cost takes the cheapest, the first on a tie, and -1 with no candidate', () => {
    expect(choose(leastCost, [cand(rail, 0), cand(sea, 0)], 0, 1, 0.5)).toBe(1);
    expect(choose(leastCost, [cand(sea, 0), cand({ ...sea, key: 'other' }, 0)], 0, 1, 0.99)).toBe(
      0,
    );
    expect(choose(leastCost, [], 0, 1, 0.5)).toBe(-1);
  });

  it('logit gives each option exp(−scale × generalized cost per TEU), normalised', () => {
    // 2 TEU: USD 500 and 300 per TEU; a 200 USD gap at 0.002 per USD: P(rail) = 1 / (1 + e^0.4)
    const p = probabilityOfFirst(logit(), [cand(rail, 0), cand(sea, 0)], 2);
    expect(p).toBeCloseTo(1 / (1 + Math.exp(0.4)), 9);
  });

  it('adds the mode and corridor constants per TEU before the logit', () => {
    const model = logit({
      mode_constants_usd: { sea: 150 },
      corridor_constants_usd: { 'sea-corridor': 50 },
    });
    expect(optionConstantUsd(model, sea)).toBe(200);
    expect(optionConstantUsd(model, rail)).toBe(0);
    // the constants close the 200 USD gap per TEU: even odds
    expect(probabilityOfFirst(model, [cand(rail, 0), cand(sea, 0)], 2)).toBeCloseTo(0.5, 9);
    // least cost ignores them
    expect(optionConstantUsd({ ...leastCost, carbon_price_usd_per_t: 0 }, sea)).toBe(0);
  });
});
