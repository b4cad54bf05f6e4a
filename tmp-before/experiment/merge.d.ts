import type { Manifest } from './manifest.ts';
export interface MergeReport {
    kind: Manifest['kind'];
    id: string;
    replications: number;
}
export declare function mergeRuns(dirs: readonly string[], out: string): Promise<MergeReport>;
//# sourceMappingURL=merge.d.ts.map