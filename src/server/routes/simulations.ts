/**
 * Scenario simulation over HTTP: GET /api/v1/scenarios lists the shipped scenarios; POST
 * /api/v1/simulations starts a bounded run (horizon, shipments, replications capped; beyond → 422
 * SCENARIO_INVALID naming the field) and answers 202 with an id; GET /api/v1/simulations/:id gives
 * status, progress and, when done, the SimulationResult; DELETE /api/v1/simulations/:id cancels a
 * running one (a no-op on a finished one). Replications run on a worker thread per
 * network (a ReplicationPool, started at the first run and closed with the app), so a long run never
 * holds the event loop; finished runs are kept (the latest MAX_KEPT) for polling.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  buildScenario,
  createReplicationPool,
  listScenarios,
  type ReplicationPool,
  type Scenario,
  type SimulationResult,
} from '../../index.ts';
import { CorridorError, type Issue } from '../../model/index.ts';
import { ApiError } from '../api-error.ts';
import type { ApiContext } from '../context.ts';
import { GET_PROBLEMS, PLAN_PROBLEMS } from '../problem-responses.ts';

const SIMULATION_CAPS = { horizon_days: 366, replications: 20, shipments: 60_000 } as const;
const MAX_KEPT = 50;
/** worker threads per network for simulations: one leaves the other core to the API and its planner pool */
const SIMULATION_WORKERS = 1;

const ScenarioListing = z.object({
  id: z.string(),
  name: z.string(),
  name_zh: z.string().optional().describe('the name in Chinese, when the scenario file gives one'),
  description: z.string(),
  description_zh: z.string().optional(),
  baseline: z.string().optional(),
});
const ScenariosResponse = z.object({
  network: z.string(),
  scenarios: z.array(ScenarioListing),
});
const SimulationRequest = z.object({
  network: z.string().default('inner-mongolia'),
  scenario: z.union([
    z.string().min(1).describe('id of a shipped scenario'),
    z.record(z.string(), z.unknown()).describe('a scenario object, as a file would hold it'),
  ]),
  replications: z.number().int().min(1).max(SIMULATION_CAPS.replications).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
});
const SimulationStatus = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  scenario: z.string(),
  /** the SimulationResult of src/simulation/result.ts once done */
  result: z.unknown().optional(),
  error: z.string().optional(),
});
/** What GET /api/v1/simulations/:id returns; `result` is a SimulationResult when status is done. */
type SimulationStatusBody = Omit<z.infer<typeof SimulationStatus>, 'result'> & {
  result?: SimulationResult;
};

interface Run {
  id: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** aborts the run's replications (DELETE) */
  controller: AbortController;
  done: number;
  total: number;
  scenario: string;
  result?: SimulationResult;
  error?: string;
}

/** Shipments a scenario will create, estimated from its flows (the cap is checked before running). */
function expectedShipments(s: Scenario): number {
  const perWeek = s.demand.flows.reduce(
    (a, f) =>
      a + (f.teu_per_week ?? f.parcels_per_week ?? 0) / (f.shipment.teu ?? f.shipment.pieces ?? 1),
    0,
  );
  return (perWeek * s.demand.scale * s.horizon.days) / 7 + s.demand.shipments.length;
}

export const simulationRoutes: FastifyPluginAsyncZod<ApiContext & { networksDir: string }> = async (
  app,
  ctx,
) => {
  const runs = new Map<string, Run>();
  const pools = new Map<string, ReplicationPool>();
  app.addHook('onClose', async () => {
    await Promise.all([...pools.values()].map((p) => p.destroy()));
  });

  app.get(
    '/api/v1/scenarios',
    {
      schema: {
        tags: ['simulations'],
        summary: 'Scenarios shipped with a network (id, name, what it shows, its baseline)',
        querystring: z.object({ network: z.string().default('inner-mongolia') }),
        response: { 200: ScenariosResponse, ...GET_PROBLEMS },
      },
    },
    async (req) => {
      const entry = ctx.registry.get(req.query.network);
      const list = await listScenarios(join(ctx.networksDir, entry.id));
      return { network: entry.id, scenarios: list.map(({ file: _file, ...rest }) => rest) };
    },
  );

  app.post(
    '/api/v1/simulations',
    {
      schema: {
        tags: ['simulations'],
        summary: 'Start a bounded scenario run; poll GET /api/v1/simulations/{id}',
        body: SimulationRequest,
        response: { 202: z.object({ id: z.string() }), ...PLAN_PROBLEMS },
      },
    },
    async (req, reply) => {
      const entry = ctx.registry.get(req.body.network);
      const dir = join(ctx.networksDir, entry.id, 'scenarios');
      const source =
        typeof req.body.scenario === 'string'
          ? { extends: `${req.body.scenario}.yaml`, id: req.body.scenario }
          : req.body.scenario;
      let scenario = buildScenario(source, { network: entry.network, dir, name: 'body.scenario' });
      scenario = {
        ...scenario,
        ...(req.body.replications ? { replications: req.body.replications } : {}),
        ...(req.body.seed !== undefined ? { seed: req.body.seed } : {}),
      };
      const issues: Issue[] = [];
      const cap = (path: string, value: number, max: number, what: string) => {
        if (value > max)
          issues.push({
            severity: 'error',
            path,
            message: `${what} ${Math.round(value)} is over the API's limit of ${max}; run larger studies with \`corridor simulate\``,
          });
      };
      cap(
        'body.scenario.horizon.days',
        scenario.horizon.days,
        SIMULATION_CAPS.horizon_days,
        'horizon of',
      );
      const fromBody =
        req.body.replications !== undefined ||
        typeof req.body.scenario === 'string' ||
        !('replications' in req.body.scenario);
      cap(
        fromBody ? 'body.replications' : 'body.scenario.replications',
        scenario.replications,
        SIMULATION_CAPS.replications,
        'replications',
      );
      cap('body.scenario.demand', expectedShipments(scenario), SIMULATION_CAPS.shipments, 'about');
      if (issues.length > 0)
        throw new CorridorError(
          'SCENARIO_INVALID',
          'the simulation is over the API limits',
          issues,
        );
      const run: Run = {
        id: randomUUID(),
        status: 'running',
        controller: new AbortController(),
        done: 0,
        total: scenario.replications,
        scenario: scenario.id,
      };
      runs.set(run.id, run);
      for (const old of [...runs.keys()].slice(0, Math.max(0, runs.size - MAX_KEPT)))
        runs.delete(old);
      let pool = pools.get(entry.id);
      if (!pool)
        pools.set(
          entry.id,
          (pool = createReplicationPool(entry.network, { workers: SIMULATION_WORKERS })),
        );
      pool
        .run(
          scenario,
          (done) => {
            run.done = done;
          },
          run.controller.signal,
        )
        .then((result) => {
          run.result = result;
          run.status = 'done';
        })
        .catch((error: unknown) => {
          if (run.controller.signal.aborted) return; // DELETE already said 'cancelled'
          run.status = 'failed';
          // errors cross the worker boundary as plain Errors (message kept, class lost)
          run.error = error instanceof Error ? error.message : 'internal error during the run';
        });
      return reply.code(202).send({ id: run.id });
    },
  );

  const statusOf = (run: Run): SimulationStatusBody => ({
    id: run.id,
    status: run.status,
    progress: { done: run.done, total: run.total },
    scenario: run.scenario,
    ...(run.result ? { result: run.result } : {}),
    ...(run.error ? { error: run.error } : {}),
  });
  const runOf = (id: string): Run => {
    const run = runs.get(id);
    if (!run)
      throw new ApiError(
        'NOT_FOUND',
        `no simulation "${id}" (finished runs are kept for the latest ${MAX_KEPT})`,
      );
    return run;
  };

  app.delete(
    '/api/v1/simulations/:id',
    {
      schema: {
        tags: ['simulations'],
        summary:
          'Cancel a running simulation (its queued replications are dropped, the running one stopped); a finished one is left as it is',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: SimulationStatus, ...GET_PROBLEMS },
      },
    },
    async (req) => {
      const run = runOf(req.params.id);
      if (run.status === 'running') {
        run.status = 'cancelled';
        run.controller.abort();
      }
      return statusOf(run);
    },
  );

  app.get(
    '/api/v1/simulations/:id',
    {
      schema: {
        tags: ['simulations'],
        summary: 'Status, progress and (when done) the result of a simulation',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: SimulationStatus, ...GET_PROBLEMS },
      },
    },
    async (req) => statusOf(runOf(req.params.id)),
  );
};
