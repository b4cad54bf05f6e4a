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
export declare const DEFAULT_VOT_SHARE_PER_DAY = 0.001;
export interface Candidate {
    option: RouteOption;
    /** door-to-door hours if the shipment left now: the option's steps timed against real departures with room */
    time_h: number;
}
export declare function valueOfTimeUsdPerH(model: ChoiceModel, valueUsd: number): number;
/** The logit's constant for an option, USD per TEU: its main mode's plus its corridor's. */
export declare function optionConstantUsd(model: ChoiceModel, option: RouteOption): number;
export declare function generalizedCostUsd(model: ChoiceModel, c: Candidate, valueUsd: number): number;
/**
 * Index of the chosen candidate (-1 when there is none). `u` is a uniform draw used by the logit;
 * ties in least cost go to the first candidate, so the choice is deterministic.
 * Hot path (every arrival and re-plan): small enough to inline, plain loops, no arrays made per call.
 */
export declare function choose(model: ChoiceModel, candidates: readonly Candidate[], valueUsd: number, teuEq: number, u: number): number;
//# sourceMappingURL=choice.d.ts.map