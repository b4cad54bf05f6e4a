/**
 * What a client of the simulation endpoints reads back: the run's status and progress. The web view
 * polls GET /api/v1/simulations/:id until the status is final; "cancelled" is final too (a run can be
 * cancelled by DELETE from anywhere). tests/api checks that the server's schema says the same.
 */
import { z } from 'zod';
export const SimulationRunStatus = z.enum(['running', 'done', 'failed', 'cancelled']);
/** The statuses after which a run never changes again: polling stops at each of them. */
export const FINAL_SIMULATION_STATUSES = [
    'done',
    'failed',
    'cancelled',
];
const SimulationProgress = z.object({
    done: z.number().int(),
    total: z.number().int(),
});
/** GET /api/v1/simulations/:id without its result (whose shape src/simulation defines). */
export const SimulationStatusHead = z.object({
    id: z.string(),
    status: SimulationRunStatus,
    progress: SimulationProgress,
    scenario: z.string(),
    error: z.string().optional(),
});
//# sourceMappingURL=simulations.js.map