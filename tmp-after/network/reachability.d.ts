import type { Network } from '../model/index.ts';
import type { NetworkGraph } from './graph.ts';
export interface Reachability {
    /** terminal id → ids of the other terminals it can reach */
    reaches: Map<string, Set<string>>;
    /** ordered pairs (a ≠ b) with a path, and all ordered pairs */
    connectedPairs: number;
    totalPairs: number;
}
export declare function terminalReachability(network: Network, graph: NetworkGraph): Reachability;
//# sourceMappingURL=reachability.d.ts.map