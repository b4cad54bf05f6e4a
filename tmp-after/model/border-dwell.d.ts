/**
 * A border's dwell by the direction of travel (docs/decisions.md T15): the distribution filed in
 * `dwell_h_by_direction` under the side entered, else the undirected `dwell_h`. Read by the routing
 * index, the route's events and draws, the simulation and the validator alike, so all take the same
 * direction.
 */
import type { Distribution } from './figure.ts';
import type { Network } from './network.ts';
import type { BorderCrossing } from './network-file.schema.ts';
/** The dwell of `border` for a crossing into `side` (a side id; any other id: the undirected dwell). */
export declare function dwellInto(border: BorderCrossing, side: string): Distribution;
/**
 * The side of `border` a crossing from terminal `from` to terminal `to` enters: the side it arrives
 * at or the other one than it leaves from; a leg between terminals that are not its sides (a leg
 * matched to the border by country) enters the side in the country of `to`.
 */
export declare function sideEntered(border: BorderCrossing, from: string, to: string, countryOf: (terminal: string) => string | undefined): string;
/** `sideEntered` with the countries of `network`'s terminals: the side a crossing from `from` to `to` enters. */
export declare function sideEnteredIn(network: Network, border: BorderCrossing, from: string, to: string): string;
//# sourceMappingURL=border-dwell.d.ts.map