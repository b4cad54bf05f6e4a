/**
 * legality.yaml checks (docs/decisions.md L1): unique rule ids, dates in order, exception ports that
 * exist; then every service a rule forbids, as a warning that names the rule, so a network author
 * sees what the planner will not offer. Services a cabotage rule cannot judge (no `carrier` filed
 * though they call at two ports of the rule's country) are warned about too.
 */
import { type Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkLegality(draft: Draft, terminals: ReadonlyMap<string, Terminal>, report: Reporter): void;
//# sourceMappingURL=check-legality.d.ts.map