/**
 * What the /networks endpoints show of a Network: its summary, its detail with counts by mode and
 * country, and the filtered lists. Pure functions over the loaded network.
 */
import type { NetworkDetail, NetworkSummary } from '../contract/index.ts';
import type { BorderCrossing, Network, Service, Terminal } from '../model/index.ts';
export declare function toNetworkSummary(network: Network): NetworkSummary;
export declare function toNetworkDetail(network: Network): NetworkDetail;
export interface Filters {
    mode?: readonly string[] | undefined;
    country?: readonly string[] | undefined;
}
export declare function filterTerminals(network: Network, f: Filters): Terminal[];
export declare function filterServices(network: Network, f: Filters): Service[];
export declare function filterBorders(network: Network, f: Filters): BorderCrossing[];
//# sourceMappingURL=network-views.d.ts.map