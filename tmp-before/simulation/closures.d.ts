/**
 * Closures as a shipment meets them: whether the rest of its path crosses a closed service, terminal,
 * border or country; when a closed border opens again; and re-planning from where the shipment is
 * (after a closure, or when capacity would hold it too long).
 */
import type { Network } from '../model/index.ts';
import type { DepartureFinder } from './departure-finder.ts';
import type { OptionCache } from './option-cache.ts';
import type { OptionPicker } from './option-picker.ts';
import type { Step } from './route-option.ts';
import { type Ship } from './ship.ts';
import { type Epoch } from './timeline.ts';
/** Whether steps[from..] touch anything `epoch` closes (a service, a terminal, a border or a country on either side of it). */
export declare function blocked(network: Network, steps: readonly Step[], from: number, epoch: Epoch): boolean;
/**
 * The first time at or after `h` at which `border` is open (Infinity when it stays closed to the end):
 * not closed, and not cut to no capacity by a capacity event.
 */
export declare function reopenAt(epochs: readonly Epoch[], border: string, h: number): number;
/** How a re-plan asks: `live` with the capacity booked so far (budgeted), `relaxed` for any open route. */
export interface ReplanHow {
    live: boolean;
    relaxed: boolean;
}
export interface Replanning {
    options: OptionCache;
    picker: OptionPicker;
    finder: DepartureFinder;
}
/**
 * Re-plans `ship` from `terminal` at its time: 'changed' when it now follows another option (from its
 * first step), 'same' when the best option is the one it follows, 'none' when no route exists now.
 */
export declare function replan(ship: Ship, terminal: string, how: ReplanHow, { options, picker, finder }: Replanning): 'changed' | 'same' | 'none';
//# sourceMappingURL=closures.d.ts.map