/**
 * corridors.yaml checks: unique group ids, borders that exist in borders.yaml and are of the group's
 * mode, ports that are terminals serving that mode, and a rule that can match at all (a border or a port).
 */
import type { Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkCorridorGroups(draft: Draft, terminals: ReadonlyMap<string, Terminal>, report: Reporter): void;
//# sourceMappingURL=check-corridor-groups.d.ts.map