/**
 * Room on scheduled departures, per segment: a box that rides a through train from stop a to stop b
 * takes room on legs a..b only, so cargo that alights mid-route frees the train for cargo boarding
 * there. Finding the first departure with room is amortised O(α) by skip pointers: room only ever
 * shrinks, so a departure that cannot take `size` on legs a..b never can again and is skipped for good.
 * Skip pointers are found by number keys and a scan of the few sizes seen on a span: this runs for
 * every option compared for every shipment, so it builds no strings.
 */
import type { ServiceDepartures } from './departures.ts';
/** Legs [first, last] of `d`'s service ridden from `from` to `to` (the whole run when either is unknown). */
export declare function legSpan(d: ServiceDepartures, from: string, to: string | undefined): [number, number];
/** Smallest room left on legs a..b of departure i. */
export declare function roomOn(d: ServiceDepartures, i: number, a: number, b: number): number;
/** Index of the first departure at or after index `start` that can take `size` on legs a..b (-1 when none). */
export declare function firstWithRoom(d: ServiceDepartures, start: number, a: number, b: number, size: number): number;
/** Books `size` TEU on legs a..b of departure i; keeps `remaining_teu` as the room on the fullest leg. */
export declare function book(d: ServiceDepartures, i: number, a: number, b: number, size: number): void;
/** TEU on board the departure's fullest leg (what a through train carries across a border, at most). */
export declare function peakLoad(d: ServiceDepartures, i: number): number;
//# sourceMappingURL=capacity.d.ts.map