/**
 * A route option as the simulator replays it: the planner's Route reduced to a time-free pattern of
 * steps (board a service, ride, cross a border, transfer or clear customs, alight), with what the
 * choice model needs (cost, time, CO2e, corridor). The engine re-times the pattern for each shipment
 * against real departures, capacity and queues, so one planner answer serves many shipments.
 */
import { type Mode, type Network, type Route } from '../model/index.ts';
export type Step = 
/**
 * wait at `terminal` for a departure of `service` that has room on the legs to `alight` (the whole
 * run when absent); `offset_h` after it leaves its first stop; `cost_usd` is the ride before any
 * subsidy (the run's ledger pays subsidies, within their budgets)
 */
{
    kind: 'board';
    service: string;
    terminal: string;
    alight?: string;
    offset_h: number;
    cost_usd: number;
    co2e_kg: number;
    distance_km: number;
    /**
     * hours from the shipment's booking (its ready time) before this ride may take it: its special
     * cargo's permits and approvals (docs/decisions.md C14); absent: none. Hours, not a time, since
     * an option is a pattern many shipments booked at other times replay
     */
    lead_h?: number;
}
/** a fixed time: running on board, a transfer, customs */
 | {
    kind: 'fixed';
    hours: number;
    cost_usd: number;
    co2e_kg: number;
}
/**
 * a border crossing into its side `into` (the dwell of that direction, docs/decisions.md T15): queue
 * at its daily capacity, then dwell (drawn) plus `extra_h` (gauge change)
 */
 | {
    kind: 'border';
    border: string;
    into: string;
    through?: string;
    extra_h: number;
    cost_usd: number;
}
/** leave the service at `terminal`; its arrival delay (drawn per departure) applies pro rata `delay_share` */
 | {
    kind: 'alight';
    service: string;
    terminal: string;
    delay_share: number;
};
/** the step that boards a service: where the shipment waits for its departure */
export type BoardStep = Extract<Step, {
    kind: 'board';
}>;
export interface RouteOption {
    key: string;
    corridor_id: string;
    corridor_label: string;
    /** the named corridor (corridors.yaml group id) the route belongs to, or other:<gateway ids> */
    corridor_group: string;
    main_mode: Mode;
    modes: Mode[];
    from: string;
    to: string;
    cost_usd: number;
    co2e_kg: number;
    duration_p50_h: number;
    /** from the departure of the first leg to the P90 arrival: the promise made to the shipper */
    p90_from_first_departure_h: number;
    steps: Step[];
    terminals: string[];
    countries: string[];
    services: string[];
    borders: string[];
}
/**
 * Reduces a planned Route to a replayable option. A leg's special-cargo lead time (decisions C14,
 * hours from the booking, as route building gave the leg: `lead_time`) is kept on its board step.
 */
export declare function routeToOption(route: Route, network: Network): RouteOption;
/**
 * Rebuilds an option that crossed a thread (structured clone) with the object shapes routeToOption
 * makes. Cloned objects get other hidden classes than these literals, so an engine fed both kinds
 * runs its hot step loop polymorphic: a replication in a worker took ~40 % longer. Same fields, same
 * order, absent stays absent, so results do not change.
 */
export declare function reviveOption(o: RouteOption): RouteOption;
//# sourceMappingURL=route-option.d.ts.map