/**
 * Conditions: what differs from the network as filed at the moment of a query. Scenarios and the
 * simulator express disruptions and policies through this object; the planner applies it through
 * the cost models and the search, so a change of conditions never rebuilds the graph or the index.
 * Everything is optional; an empty object means "the network as filed".
 */
import type { ServiceKind } from './vocabulary.ts';
/** A subsidy paid on services that match, as the Inner Mongolia measures grant them. */
export interface Subsidy {
    id: string;
    /** which services it applies to; all listed filters must match (absent = any) */
    service_kinds?: readonly ServiceKind[];
    service_ids?: readonly string[];
    /** origin terminal ids of the leg (e.g. the region's hubs) */
    from_terminals?: readonly string[];
    per: 'teu' | 'trip' | 'piece' | 'kg';
    amount_usd: number;
}
export interface Conditions {
    closed_services?: readonly string[];
    closed_borders?: readonly string[];
    closed_terminals?: readonly string[];
    /** no transit through these countries (ISO alpha-2), e.g. a sanctions scenario */
    closed_countries?: readonly string[];
    /** multiply tariffs of matching services (by service id, or by kind) */
    tariff_factor?: Readonly<Record<string, number>>;
    /** add hours to the dwell of these borders (by border id) */
    extra_dwell_h?: Readonly<Record<string, number>>;
    /** add hours to the running time of these services (by service id, or by kind), e.g. a reroute round the Cape */
    extra_running_h?: Readonly<Record<string, number>>;
    subsidies?: readonly Subsidy[];
    /**
     * Capacity as the simulator sees it: true when the departure of `serviceId` that leaves its first
     * stop at `departMs` (epoch ms) can take no more cargo. The search then waits for the next one.
     */
    isDepartureFull?: (serviceId: string, departMs: number) => boolean;
}
//# sourceMappingURL=conditions.d.ts.map