/**
 * The network as a graphology MultiDirectedGraph: one node per terminal and mode ("<terminal>@<mode>"),
 * an edge per service leg, transfer edges between the modes inside a terminal, and border edges per
 * crossing direction. Physical facts only (distances, times, fees as filed); no generalized costs.
 */
import { MultiDirectedGraph } from 'graphology';
import { type Gauge, type GaugeChangeMethod, type Mode, type Network } from '../model/index.ts';
interface NodeAttributes {
    terminal: string;
    mode: Mode;
    country: string;
    lon: number;
    lat: number;
    gauge_mm?: Gauge;
}
interface ServiceEdgeAttributes {
    kind: 'service';
    service: string;
    leg: number;
    mode: Mode;
    distance_km: number;
    duration_h: number;
}
interface TransferEdgeAttributes {
    kind: 'transfer';
    terminal: string;
    from_mode: Mode;
    to_mode: Mode;
    time_h: number;
    cost_usd_per_teu: number;
    cost_usd_per_kg?: number;
    /** where the rule comes from: the terminal's own handling or network.yaml default_handling */
    rule: 'terminal' | 'default';
}
interface BorderEdgeAttributes {
    kind: 'border';
    border: string;
    mode: Mode;
    from: string;
    to: string;
    /** median dwell in this edge's direction (docs/decisions.md T15) */
    dwell_p50_h: number;
    cost_usd_per_teu: number;
    /** great-circle distance between the two sides */
    distance_km: number;
    gauge_change?: {
        method: GaugeChangeMethod;
        time_h: number;
        cost_usd_per_teu: number;
    };
}
export type EdgeAttributes = ServiceEdgeAttributes | TransferEdgeAttributes | BorderEdgeAttributes;
export type NetworkGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
export declare function buildGraph(network: Network): NetworkGraph;
export {};
//# sourceMappingURL=graph.d.ts.map