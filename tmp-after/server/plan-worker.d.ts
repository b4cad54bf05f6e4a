import type { Network } from '../model/index.ts';
import type { MatrixCell } from '../contract/index.ts';
import { type MatrixTask } from '../matrix/index.ts';
import { type PlanOutcome, type PlanTask } from './plan-task.ts';
export interface PlanWorkerData {
    networks: Network[];
}
export declare function runTask(task: PlanTask): PlanOutcome;
/** A slice of a lane matrix (an unknown network was refused before the task was queued). */
export declare function runMatrix(task: MatrixTask): MatrixCell[];
//# sourceMappingURL=plan-worker.d.ts.map