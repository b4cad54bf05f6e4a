/**
 * services.yaml `trucking_areas` checks (docs/decisions.md T19): unique ids, road terminals that
 * exist, an emission factor that exists, a road border path for every pair in two countries, running
 * times the driving rules can give, and no truck id that a filed service already takes.
 */
import type { Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkTruckingAreas(draft: Draft, terminals: ReadonlyMap<string, Terminal>, report: Reporter): void;
//# sourceMappingURL=check-trucking-areas.d.ts.map