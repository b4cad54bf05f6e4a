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
import { follow, type Ship } from './ship.ts';
import { epochAt, type Epoch } from './timeline.ts';

/** Whether steps[from..] touch anything `epoch` closes (a service, a terminal, a border or a country on either side of it). */
export function blocked(
  network: Network,
  steps: readonly Step[],
  from: number,
  epoch: Epoch,
): boolean {
  if (
    epoch.closedServices.size +
      epoch.closedTerminals.size +
      epoch.closedCountries.size +
      epoch.closedBorders.size ===
    0
  )
    return false;
  for (let i = from; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.kind === 'board' || s.kind === 'alight') {
      if (epoch.closedServices.has(s.service) || epoch.closedTerminals.has(s.terminal)) return true;
      const country = network.terminals.get(s.terminal)?.country;
      if (country && epoch.closedCountries.has(country)) return true;
    } else if (s.kind === 'border') {
      if (epoch.closedBorders.has(s.border)) return true;
      const b = network.borders.get(s.border);
      if (b)
        for (const side of b.sides)
          if (epoch.closedCountries.has(network.terminals.get(side)?.country ?? '')) return true;
    }
  }
  return false;
}

/**
 * The first time at or after `h` at which `border` is open (Infinity when it stays closed to the end):
 * not closed, and not cut to no capacity by a capacity event.
 */
export function reopenAt(epochs: readonly Epoch[], border: string, h: number): number {
  let e = epochAt(epochs, h);
  while (
    e < epochs.length &&
    (epochs[e]!.closedBorders.has(border) || epochs[e]!.borderCapacityFactor.get(border) === 0)
  )
    e++;
  return e < epochs.length ? Math.max(h, epochs[e]!.start_h) : Number.POSITIVE_INFINITY;
}

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
export function replan(
  ship: Ship,
  terminal: string,
  how: ReplanHow,
  { options, picker, finder }: Replanning,
): 'changed' | 'same' | 'none' {
  const found = how.live
    ? options.liveOptionsFor(ship.spec, terminal, ship.now, how.relaxed)
    : options.optionsFor(ship.spec, terminal, ship.now, how.relaxed);
  // a draw of its own per kind of re-plan: 1, 2 once re-planned before, 2 more when live
  const option = picker.pick(ship, found, 1 + (ship.replanned ? 1 : 0) + (how.live ? 2 : 0));
  if (!option) return 'none';
  if (option.key === ship.option.key && option.from === ship.option.from) return 'same';
  ship.replanned = true;
  follow(ship, option, finder.boardingsOf(option));
  ship.step = 0;
  return 'changed';
}
