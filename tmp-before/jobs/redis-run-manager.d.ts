import { type RunLimits, type RunManager } from './run-manager.ts';
export declare function createRedisRunManager(url: string, opts?: {
    limits?: Partial<RunLimits> | undefined;
    now?: () => number;
    /**
     * a folder shared with the workers (RESULTS_DIR): each replication is also written to
     * <dir>/<run id>/replications/r-NNNNN.json by its worker, the result to <dir>/<run id>/result.json
     */
    resultsDir?: string;
}): RunManager;
//# sourceMappingURL=redis-run-manager.d.ts.map