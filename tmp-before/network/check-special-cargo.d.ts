/**
 * network.yaml `special_cargo_lead_times` checks (docs/decisions.md C14): an entry applies to a ride
 * of its mode that carries its cargo flag and, when it names a country, stops in that country. An
 * entry no service can ever meet is dead: a country no service of the mode stops in, or a cargo flag
 * no service of the mode (in that country) accepts. Both are warnings, so a network author sees the
 * entry does nothing rather than trusting it to hold rides back. A country's entry shorter than the
 * entry of the same mode and cargo for every ride never holds one either (the longest applies, C14).
 */
import { type Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkSpecialCargoLeadTimes(draft: Draft, terminals: ReadonlyMap<string, Terminal>, report: Reporter): void;
//# sourceMappingURL=check-special-cargo.d.ts.map