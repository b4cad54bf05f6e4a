import type { NetworkRegistry } from './network-registry.ts';
import { type PlanTask } from './plan-task.ts';
import { type MatrixTask } from '../matrix/index.ts';
import type { MatrixCell } from '../contract/index.ts';
import { type CachedAnswer } from './response-cache.ts';
export interface PlanRunner {
    /** the serialized answer, with the compressed form the task asked for when one was made */
    run(task: PlanTask): Promise<CachedAnswer>;
    /** a slice of a lane matrix, on the same threads and queue as single searches */
    runMatrix(task: MatrixTask): Promise<MatrixCell[]>;
    /** search threads (0: in-process), so callers can size their slices */
    readonly threads: number;
    close(): Promise<void>;
}
export declare function createPlanRunner(registry: NetworkRegistry, workers: number, queuePerWorker?: number): PlanRunner;
//# sourceMappingURL=plan-pool.d.ts.map