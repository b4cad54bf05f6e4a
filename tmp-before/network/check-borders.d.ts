/**
 * Sanity checks on border crossings: two countries, both sides serving the crossing's mode (rail or
 * road), a gauge change wherever the two sides' gauges differ, closures that end after they start,
 * other traffic below the capacity it shares, a dwell by direction keyed by a side that is entered.
 */
import { type Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkBorders(draft: Draft, terminals: ReadonlyMap<string, Terminal>, report: Reporter): void;
//# sourceMappingURL=check-borders.d.ts.map