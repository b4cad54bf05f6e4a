import type { Scenario } from '../simulation/index.ts';
/** The code's version: the package version and, in a git checkout, the commit (with "-dirty" when files changed). */
export declare function codeVersion(): {
    package: string;
    commit: string | null;
};
/**
 * What a reader needs to reproduce a run: code version, network content hash, the fully resolved
 * scenario (extends merged, defaults applied), seed, replications and when it ran.
 */
export declare function provenanceOf(scenario: Scenario, networkDir: string, times: {
    started: Date;
    finished: Date;
}): Promise<Record<string, unknown>>;
//# sourceMappingURL=provenance.d.ts.map