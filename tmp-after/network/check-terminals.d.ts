/**
 * Sanity checks on terminals: rail terminals give their gauge, time zones exist, every pair of modes
 * has a handling rule (else no transfer is possible there), and every terminal is reached by
 * some service or border crossing.
 */
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
export declare function checkTerminals(draft: Draft, report: Reporter): void;
//# sourceMappingURL=check-terminals.d.ts.map