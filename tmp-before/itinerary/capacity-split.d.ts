/**
 * A shipment larger than a departure can take, split over successive departures of the route
 * (docs/decisions.md CP1). Each part replays the route's own edges with the search's edge costs
 * (edgeAt: cut-offs, planning slack, closures, on-demand lead times), and a timetabled departure
 * that the parts before it have filled is skipped, as a full departure is in the search. Parts are
 * as large as the smallest capacity on the route; the first part rides the planned departures, so a
 * shipment that fits one departure is the planned route unchanged. Departures with a filed capacity
 * must fall within the deadline (scheduled arrival) or, without one, a horizon on departures;
 * what they cannot take is reported short. Cost is the route's cost per unit × each part's units.
 */
import type { CapacityPart, CapacitySplit } from '../model/index.ts';
import type { ShipmentUnits } from '../costing/index.ts';
import { type LabelPool, type SearchContext } from '../routing/index.ts';
import type { McStep } from './monte-carlo.ts';
export interface SplitOptions {
    departH: number;
    /** the query's deadline (epoch hours), if it has one */
    deadlineH?: number | undefined;
    units: ShipmentUnits;
    /** tonnes per TEU of the network, to compare loose cargo with capacities filed in TEU */
    tonnesPerTeu: number;
    totalUsd: number;
}
/** One part as replayed: what it holds, its departures, its arrival, and its Monte Carlo steps. */
interface ReplayedPart {
    part: Omit<CapacityPart, 'depart' | 'arrive' | 'departures' | 'cost_usd'>;
    arriveH: number;
    steps: McStep[];
    /** dep0: the departure's time at the service's first stop, by which the search asks whether it is full */
    departures: {
        serviceId: string;
        dep0: number;
        departH: number;
        capacity: number;
    }[];
}
export interface SplitResult {
    split: Omit<CapacitySplit, 'parts' | 'limit_at'> & {
        limitAtH: number;
    };
    parts: ReplayedPart[];
}
/**
 * The split of the route ending at `label`, or undefined when every departure on it takes the
 * whole shipment. `steps` are the route's Monte Carlo steps as buildRoute made them.
 */
export declare function splitByCapacity(ctx: SearchContext, pool: LabelPool, chain: readonly number[], steps: readonly McStep[], opts: SplitOptions): SplitResult | undefined;
/** The split as the answer shows it: ISO times, rounded numbers, each part's share of the route's cost. */
export declare function capacityAnswer(r: SplitResult, opts: SplitOptions): CapacitySplit;
export {};
//# sourceMappingURL=capacity-split.d.ts.map