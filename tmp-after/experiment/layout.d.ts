import type { ReplicationResult, Scenario } from '../simulation/index.ts';
export declare const EXPERIMENT_FILE = "experiment.json";
export declare const CELL_DONE_FILE = "cell.json";
export declare const cellDir: (out: string, cellId: string) => string;
export declare const replicationFile: (out: string, cellId: string, replication: number) => string;
/** A digest of a scenario as it will run: cells and shards compare these, not the files they came from. */
export declare const fingerprint: (value: unknown) => string;
export declare function writeWhole(file: string, content: string | Uint8Array): Promise<void>;
export declare function readJson<T>(file: string): Promise<T | undefined>;
export declare const writeReplication: (out: string, cellId: string, r: ReplicationResult) => Promise<void>;
export declare const readReplication: (out: string, cellId: string, replication: number) => Promise<ReplicationResult | undefined>;
/** One unit of work: a replication of a cell's scenario. */
export interface WorkUnit {
    cell: number;
    cellId: string;
    scenario: Scenario;
    replication: number;
}
/**
 * The K-th of N disjoint parts of the units (1-based K): unit u goes to shard (u mod N) + 1, so every
 * shard gets a share of every cell and the parts are as even as the count allows.
 */
export declare function shardOf<T>(units: readonly T[], shard: {
    k: number;
    n: number;
}): T[];
/** Parses `K/N` (1 ≤ K ≤ N); undefined when it is not one. */
export declare function parseShard(text: string): {
    k: number;
    n: number;
} | undefined;
//# sourceMappingURL=layout.d.ts.map