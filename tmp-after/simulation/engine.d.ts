import type { Network } from '../model/index.ts';
import { type OptionProvider } from './option-cache.ts';
import type { ReplicationResult } from './result.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
export type { OptionProvider, OptionRequest } from './option-cache.ts';
export { TEU_PER_TRAIN, TEU_PER_TRUCK } from './border-crossing.ts';
export interface ReplicationInput {
    network: Network;
    scenario: Scenario;
    provider: OptionProvider;
    replication: number;
    /**
     * Route options by (origin, destination, class, conditions): pure in its key, so a worker keeps
     * one across replications and scenarios.
     */
    sharedCache?: Map<string, readonly RouteOption[]>;
    /** called at each delivery (tests and traces) */
    onDelivered?: (record: DeliveryRecord) => void;
    /** build the research tables (one row per shipment, flow × day, border × day, departure) */
    tables?: boolean;
}
export interface DeliveryRecord {
    id: number;
    flow: string;
    ready_h: number;
    delivered_h: number;
    corridor: string;
    replanned: boolean;
    cost_usd: number;
}
export declare function runReplication(input: ReplicationInput): ReplicationResult;
//# sourceMappingURL=engine.d.ts.map