/**
 * One slice of a lane matrix, planned pair by pair: the same in-process, in a search thread and in
 * `corridor matrix`. Each pair is the planner's best route for the objective (one alternative), cut
 * to the figures a rate sheet needs. Errors of one pair (an unknown place, a regime that does not fit)
 * stay in that pair's cell; a pair reached after the deadline is "skipped", so the matrix as a whole
 * keeps to its time budget.
 */
import type { MatrixCell } from '../contract/index.ts';
import { type PlaceRef, type RouteQuery } from '../model/index.ts';
import type { Planner } from '../planner/index.ts';
export interface MatrixPair {
    origin: number;
    destination: number;
    from: PlaceRef;
    to: PlaceRef;
}
export interface MatrixTask {
    network: string;
    /** the shared query; from, to and alternatives are set per pair */
    base: RouteQuery;
    pairs: MatrixPair[];
    now_ms: number;
    /** epoch ms after which pairs are skipped */
    deadline_ms: number;
    /** per-pair cap: no pair may take longer than one route search may */
    pairBudgetMs: number;
    maxLabels: number;
}
export declare function runMatrixTask(planner: Planner, task: MatrixTask): MatrixCell[];
//# sourceMappingURL=matrix-task.d.ts.map