/**
 * One shipment's state while the engine moves it: the option it follows, the step it is at, its clock
 * and what it has paid and emitted so far. Plain mutable fields on one object per shipment: the step
 * machine updates them for every step of ~100k shipments a replication.
 */
import type { ShipmentSpec } from './demand.ts';
import type { ServiceDepartures } from './departures.ts';
import type { RouteOption, Step } from './route-option.ts';
/** a board step's departures in this replication and the legs a..b it rides */
export interface Boarding {
    d: ServiceDepartures;
    a: number;
    b: number;
}
export type { BoardStep } from './route-option.ts';
export type BorderStep = Extract<Step, {
    kind: 'border';
}>;
export interface Ship {
    spec: ShipmentSpec;
    /** the option it follows (unset while it has found none: `steps` is then empty) */
    option: RouteOption;
    steps: readonly Step[];
    /** the option's board steps resolved for this replication (DepartureFinder.boardingsOf), by step index */
    boardings: readonly (Boarding | undefined)[];
    step: number;
    now: number;
    promised_h: number;
    /** leave time of the first departure (NaN until it leaves) */
    departed_h: number;
    /** hours from arriving at border crossings to leaving them (queue, dwell, extra dwell) */
    border_h: number;
    subsidy_usd: number;
    cost_usd: number;
    co2e_kg: number;
    onService: string;
    onDeparture: number;
    replanned: boolean;
    stranded: boolean;
    overflowChecked: boolean;
    delivered: boolean;
}
/** A shipment that has just arrived, at its ready time, with no option yet. */
export declare function newShip(spec: ShipmentSpec): Ship;
/** Sets the option `ship` follows, with its boardings resolved (its step index is the caller's). */
export declare function follow(ship: Ship, option: RouteOption, boardings: readonly (Boarding | undefined)[]): void;
//# sourceMappingURL=ship.d.ts.map