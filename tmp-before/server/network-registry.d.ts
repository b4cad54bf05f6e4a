import { type Network } from '../model/index.ts';
import { type Planner } from '../planner/index.ts';
import { type NetworkDetail, type NetworkSummary } from '../contract/index.ts';
export interface NetworkEntry {
    readonly id: string;
    readonly network: Network;
    readonly planner: Planner;
    readonly summary: NetworkSummary;
    readonly detail: NetworkDetail;
}
export interface NetworkRegistry {
    readonly ids: readonly string[];
    /** the network of a request that names none: inner-mongolia when loaded, else the first */
    readonly defaultId: string;
    list(): readonly NetworkEntry[];
    /** @throws CorridorError NETWORK_NOT_FOUND naming the known ids */
    get(id: string): NetworkEntry;
}
/** Loads, validates and compiles every network under `rootDir`. @throws CorridorError NETWORK_INVALID with every issue */
export declare function loadNetworkRegistry(rootDir: string): Promise<NetworkRegistry>;
//# sourceMappingURL=network-registry.d.ts.map