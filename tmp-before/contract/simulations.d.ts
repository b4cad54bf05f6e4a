/**
 * What a client of the simulation endpoints reads back: the run's status and progress. The web view
 * polls GET /api/v1/simulations/:id until the status is final; "cancelled" is final too (a run can be
 * cancelled by DELETE from anywhere). tests/api checks that the server's schema says the same.
 */
import { z } from 'zod';
export declare const SimulationRunStatus: z.ZodEnum<{
    running: "running";
    done: "done";
    failed: "failed";
    cancelled: "cancelled";
}>;
export type SimulationRunStatus = z.infer<typeof SimulationRunStatus>;
/** The statuses after which a run never changes again: polling stops at each of them. */
export declare const FINAL_SIMULATION_STATUSES: readonly SimulationRunStatus[];
/** GET /api/v1/simulations/:id without its result (whose shape src/simulation defines). */
export declare const SimulationStatusHead: z.ZodObject<{
    id: z.ZodString;
    status: z.ZodEnum<{
        running: "running";
        done: "done";
        failed: "failed";
        cancelled: "cancelled";
    }>;
    progress: z.ZodObject<{
        done: z.ZodNumber;
        total: z.ZodNumber;
    }, z.core.$strip>;
    scenario: z.ZodString;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type SimulationStatusHead = z.infer<typeof SimulationStatusHead>;
//# sourceMappingURL=simulations.d.ts.map