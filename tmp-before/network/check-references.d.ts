/**
 * Identity and reference checks: duplicate ids in each file, and every id one record gives for
 * another (terminals of a leg or border, emission factors, customs regimes) pointing at something
 * that exists, with a did-you-mean hint.
 */
import { type Terminal } from '../model/index.ts';
import type { Draft } from './draft.ts';
import type { Reporter } from './reporter.ts';
/** Maps of the first record per id, for the checks that follow. */
export interface Lookups {
    terminals: Map<string, Terminal>;
    sourceIds: Set<string>;
    factorIds: Set<string>;
}
export declare function checkReferences(draft: Draft, report: Reporter): Lookups;
//# sourceMappingURL=check-references.d.ts.map