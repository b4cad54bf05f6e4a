/**
 * Sanity checks on services: legs chain stop to stop, stops serve the service's mode, country
 * changes go through a filed border crossing, gauge breaks through a crossing with a gauge change,
 * distances and running speeds are plausible for the mode, schedules and capacities make sense.
 */
import { type Terminal } from '../model/index.ts';
import type { BorderIndex } from './border-index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkServices(draft: Draft, terminals: ReadonlyMap<string, Terminal>, borders: BorderIndex, report: Reporter): void;
//# sourceMappingURL=check-services.d.ts.map