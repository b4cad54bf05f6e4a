/**
 * Gives trucks that declare a `driving` crew their leg running times from the driving rules and
 * road speeds of network.yaml (driving-time.ts). Runs on the draft before the service checks, so the
 * derived times are checked like filed ones, and again on each generated return service (a trip
 * driven the other way places its rests elsewhere).
 */
import { type DrivingRules, type Service, type Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
/**
 * The service with each leg's duration_h derived from the driving rules, or a reason it cannot be.
 * A leg runs under the rules and speed of the country it starts in.
 */
export declare function withDrivingTimes(service: Service, driving: DrivingRules, terminals: ReadonlyMap<string, Terminal>): Service | string;
/** Derives the running times of every truck with `driving` in the draft, reporting what stops it. */
export declare function deriveDrivingTimes(draft: Draft, terminals: ReadonlyMap<string, Terminal>, report: Reporter): void;
//# sourceMappingURL=derive-driving-times.d.ts.map