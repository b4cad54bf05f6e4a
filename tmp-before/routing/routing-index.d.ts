/**
 * The compiled routing index: the network as typed arrays the searches walk without allocating.
 * Nodes are terminal×mode. Edges are CSR by origin node, of three kinds:
 * - hop: ride service s from stop i to a later stop j (cargo stays on board through stops and borders);
 * - transfer: move between two modes inside a terminal (handling time and cost);
 * - border: cross between the two sides of a border crossing, changing services there.
 */
import { type BorderCrossing, type Distribution, type HandlingRule, type Mode, type Network, type ParcelTariff, type Service, type Tariff, type Terminal } from '../model/index.ts';
import type { CompiledSchedule } from './schedule.ts';
export declare const EDGE_HOP = 0;
export declare const EDGE_TRANSFER = 1;
export declare const EDGE_BORDER = 2;
/** Mode codes used in the typed arrays: a mode's position in the one list of modes (model MODES). */
export declare const MODE_LIST: readonly Mode[];
export declare function modeCode(m: Mode): number;
/** per mode code: 1 when its services leave a country at a port (sea, air), the gateway of a corridor */
export declare const MODE_PORT_GATEWAY: Uint8Array<ArrayBuffer>;
/** Per-service arrays are plain number arrays: tens of thousands of tiny typed arrays cost more to allocate than they save. */
export interface ServiceInfo {
    readonly service: Service;
    readonly mode: number;
    /** terminal index of each stop */
    readonly stops: readonly number[];
    /** hours from the first-stop departure to the departure from / arrival at each stop */
    readonly depOffH: readonly number[];
    readonly arrOffH: readonly number[];
    readonly cumKm: readonly number[];
    /** cumulative kg CO2e per tonne carried */
    readonly cumCo2PerT: readonly number[];
    /** border crossed on leg k (stop k → k+1), or -1 */
    readonly legBorder: readonly number[];
    /** direction leg k crosses its border in, as a border edge's eI: 0 for a→b, 1 for b→a */
    readonly legBorderDir: readonly number[];
    /** true when a border crossed on board has closures filed (the search then checks dates) */
    readonly hasClosures: boolean;
    readonly totalKm: number;
    readonly schedule: CompiledSchedule;
    readonly delay: Distribution | undefined;
    /** a parcel product (docs/decisions.md C4): priced door to door, so its ride ends the route */
    readonly parcelProduct: boolean;
}
/** The tariff entries of one pair of stops of one service (docs/decisions.md R15). */
export interface TariffPair {
    readonly service: number;
    readonly tariffs: readonly Tariff[];
    /** the parcel tariff that prices this pair on a parcel product (docs/decisions.md C4) */
    readonly parcel?: ParcelTariff;
}
export interface BorderInfo {
    readonly border: BorderCrossing;
    readonly a: number;
    readonly b: number;
    readonly mode: number;
    /**
     * dwell by direction, as a border edge's eI: [0] a→b (entering b), [1] b→a (entering a); the
     * filed dwell_h_by_direction of the side entered, else dwell_h (docs/decisions.md T15)
     */
    readonly dwell: readonly [Distribution, Distribution];
    /** planned (median) dwell by direction, as `dwell` */
    readonly dwellH: readonly [number, number];
    /** gauge-change hours */
    readonly gaugeTimeH: number;
    /** closures as [start, end) epoch-hour pairs */
    readonly closures: Float64Array;
}
export interface HandlingInfo {
    readonly terminal: number;
    readonly fromMode: number;
    readonly toMode: number;
    readonly rule: HandlingRule;
}
export interface RoutingIndex {
    readonly network: Network;
    /** what the compiler could not model (e.g. a leg across countries with no border filed) */
    readonly warnings: readonly string[];
    readonly terminals: readonly Terminal[];
    readonly terminalIndex: ReadonlyMap<string, number>;
    readonly terminalHome: Uint8Array;
    /** nodes of each terminal (one per mode) */
    readonly terminalNodes: readonly (readonly number[])[];
    readonly nodeCount: number;
    readonly nodeTerminal: Int32Array;
    readonly nodeMode: Uint8Array;
    /** unit vector of the node's position, for chord-distance lower bounds */
    readonly nodeXyz: Float64Array;
    readonly nodeKey: readonly string[];
    readonly nodeByKey: ReadonlyMap<string, number>;
    readonly edgeCount: number;
    /** CSR: edges of node v are offsets[v] … offsets[v+1]-1 */
    readonly offsets: Int32Array;
    readonly eFrom: Int32Array;
    readonly eTo: Int32Array;
    readonly eKind: Uint8Array;
    /** service, handling or border index */
    readonly eRef: Int32Array;
    /** hop: board and alight stop; border: 0 for a→b, 1 for b→a */
    readonly eI: Int32Array;
    readonly eJ: Int32Array;
    readonly eKm: Float64Array;
    /** planned hours on the edge without waiting */
    readonly eTimeH: Float64Array;
    readonly eCo2PerT: Float64Array;
    /** share of the service's run a hop covers (its share of the distance): scales delay and extra time */
    readonly eFrac: Float64Array;
    /** hop: the tariff pair that prices it (an index into tariffPairs), or -1 for the service's per-km rule */
    readonly ePair: Int32Array;
    /** hop: the share of that pair's price it pays (1, or its distance share under a distance_share rule) */
    readonly eShare: Float64Array;
    /** the filed tariff entries of each sold pair of stops, priced once per query */
    readonly tariffPairs: readonly TariffPair[];
    /** 1 when the edge takes cargo out of China */
    readonly eLeavesCn: Uint8Array;
    readonly services: readonly ServiceInfo[];
    readonly serviceIndex: ReadonlyMap<string, number>;
    readonly borders: readonly BorderInfo[];
    readonly borderIndex: ReadonlyMap<string, number>;
    readonly handling: readonly HandlingInfo[];
    /**
     * Handling rule for cargo that leaves one service and boards another of the same mode at a node
     * (a crane lift each way), or -1: the terminal's or network's rule for (mode, mode), else the
     * terminal's cheapest rule involving that mode (docs/decisions.md, Routing).
     */
    readonly reboardRule: Int32Array;
    readonly reboardRules: readonly HandlingRule[];
}
//# sourceMappingURL=routing-index.d.ts.map