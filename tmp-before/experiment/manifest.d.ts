/**
 * experiment.json: what a run (or a shard of it) was asked to do, complete enough that `corridor merge`
 * can aggregate the shards without the design file, the network or the scenario files. The same
 * design always gives the same bytes (no time stamps), so shards can check they belong together.
 */
import type { Scenario } from '../simulation/index.ts';
import type { CellValues } from './cells.ts';
export interface ManifestCell {
    id: string;
    values: CellValues;
    /** the scenario the cell runs (base + values + the design's replications and seed) */
    scenario: Scenario;
}
export interface Manifest {
    /** 'experiment': a design's cells; 'simulation': one scenario, `corridor simulate --shard` */
    kind: 'experiment' | 'simulation';
    id: string;
    parameters: string[];
    cells: ManifestCell[];
    /** digest of the cells: shards of one run share it */
    fingerprint: string;
}
export declare function makeManifest(kind: Manifest['kind'], id: string, parameters: string[], cells: ManifestCell[]): Manifest;
export declare const manifestText: (m: Manifest) => string;
//# sourceMappingURL=manifest.d.ts.map