/**
 * Scenario simulation over HTTP: GET /api/v1/scenarios lists the shipped scenarios; POST
 * /api/v1/simulations starts a bounded run (horizon, shipments, replications capped; beyond → 422
 * SCENARIO_INVALID naming the field) and answers 202 with an id; GET /api/v1/simulations/:id gives
 * status, progress and, when done, the SimulationResult; DELETE /api/v1/simulations/:id cancels a
 * queued or running one (a no-op on a finished one); GET /api/v1/simulations lists runs (paged, by
 * status). Runs are managed by a RunManager (src/jobs): caps on queued + running replications (429
 * with Retry-After past them), Idempotency-Key on POST, finished runs expire after a set time.
 * In-process, replications run on a worker thread per network (a ReplicationPool, started at the
 * first run and closed with the app), so a long run never holds the event loop.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { buildScenario, listScenarios } from "../../files/index.js";
import { createReplicationPool, } from "../../simulation/index.js";
import { createLocalRunManager, DEFAULT_RUN_LIMITS, RUN_STATUSES, RunRefusedError, RunStoreUnavailableError, } from "../../jobs/index.js";
import { CorridorError } from "../../model/index.js";
import { ApiError } from "../api-error.js";
import { GET_PROBLEMS, okResponse, PLAN_PROBLEMS } from "../problem-responses.js";
import { sendAnswer } from "../send-answer.js";
import { staticAnswers } from "../static-answers.js";
const SIMULATION_CAPS = { horizon_days: 366, replications: 20, shipments: 60_000 };
/** worker threads per network for simulations: one leaves the other core to the API and its planner pool */
const SIMULATION_WORKERS = 1;
/** Retry-After when the run store (Redis) does not answer */
const STORE_RETRY_S = 5;
const ScenarioListing = z.object({
    id: z.string(),
    name: z.string(),
    name_zh: z.string().optional().describe('the name in Chinese, when the scenario file gives one'),
    description: z.string(),
    description_zh: z.string().optional(),
    baseline: z.string().optional(),
});
const ScenariosResponse = z
    .object({
    network: z.string(),
    scenarios: z.array(ScenarioListing),
})
    .meta({
    examples: [
        {
            network: 'inner-mongolia',
            scenarios: [
                {
                    id: 'ordos-moscow-doubled',
                    name: 'Ordos–Moscow train twice a week',
                    name_zh: '鄂尔多斯—莫斯科班列每周两班',
                    description: 'The Ordos–Moscow train runs twice a week instead of once, with the same demand.',
                    baseline: 'baseline-2024',
                },
            ],
        },
    ],
});
const SimulationRequest = z
    .object({
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
})
    .meta({
    examples: [
        { network: 'inner-mongolia', scenario: 'ordos-moscow-doubled', replications: 2, seed: 7 },
    ],
});
const SimulationStarted = z
    .object({ id: z.string(), status: z.enum(RUN_STATUSES).optional() })
    .meta({ examples: [{ id: '3f1c2b9e-8d4a-4e61-9c53-2a7f0e5d1b84', status: 'queued' }] });
/** A run as GET /api/v1/simulations/:id shows it while it runs (examples of the status schemas). */
const RUNNING_EXAMPLE = {
    id: '3f1c2b9e-8d4a-4e61-9c53-2a7f0e5d1b84',
    status: 'running',
    progress: { done: 1, total: 2 },
    scenario: 'ordos-moscow-doubled',
    network: 'inner-mongolia',
    created_at: '2026-12-06T10:00:00.000Z',
    started_at: '2026-12-06T10:00:00.150Z',
};
const SimulationStatus = z
    .object({
    id: z.string(),
    status: z
        .enum(RUN_STATUSES)
        .describe('queued (waiting for a worker), running, then done, failed or cancelled'),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    scenario: z.string(),
    network: z.string().optional(),
    created_at: z.string().optional(),
    started_at: z.string().optional(),
    finished_at: z.string().optional(),
    expires_at: z
        .string()
        .optional()
        .describe('when a finished run is forgotten (absent while queued or running)'),
    /** the SimulationResult of src/simulation/result.ts once done */
    result: z.unknown().optional(),
    error: z.string().optional(),
})
    .meta({ examples: [RUNNING_EXAMPLE] });
const SimulationList = z
    .object({
    runs: z.array(SimulationStatus).describe('newest first, without results'),
    total: z.number().int().describe('runs matching the filter'),
    limit: z.number().int(),
    offset: z.number().int(),
})
    .meta({ examples: [{ runs: [RUNNING_EXAMPLE], total: 1, limit: 20, offset: 0 }] });
/** Shipments a scenario will create, estimated from its flows (the cap is checked before running). */
function expectedShipments(s) {
    const perWeek = s.demand.flows.reduce((a, f) => a + (f.teu_per_week ?? f.parcels_per_week ?? 0) / (f.shipment.teu ?? f.shipment.pieces ?? 1), 0);
    return (perWeek * s.demand.scale * s.horizon.days) / 7 + s.demand.shipments.length;
}
const ListQuery = z.object({
    status: z.enum(RUN_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
});
export const simulationRoutes = async (app, ctx) => {
    const pools = new Map();
    const poolFor = (network) => {
        let pool = pools.get(network);
        if (!pool)
            pools.set(network, (pool = createReplicationPool(ctx.registry.get(network).network, {
                workers: SIMULATION_WORKERS,
            })));
        return pool;
    };
    const local = ctx.runManager ??
        createLocalRunManager({
            slots: SIMULATION_WORKERS,
            ...(ctx.limits ? { limits: ctx.limits } : {}),
            execute: (network, scenario, replication, signal) => poolFor(network).runOne(scenario, replication, signal),
        });
    /** the run store down (Redis) is a 503 the client may retry, not a 500 */
    const available = (f) => async (...args) => {
        try {
            return await f(...args);
        }
        catch (error) {
            if (!(error instanceof RunStoreUnavailableError))
                throw error;
            throw new ApiError('NOT_READY', `${error.message}; retry shortly`, [], {
                'retry-after': String(STORE_RETRY_S),
            });
        }
    };
    const manager = {
        submit: available((req) => local.submit(req)),
        get: available((id) => local.get(id)),
        list: available((q) => local.list(q)),
        cancel: available((id) => local.cancel(id)),
    };
    app.addHook('onClose', async () => {
        await local.close();
        await Promise.all([...pools.values()].map((p) => p.destroy()));
    });
    // DELETE (and any body-less request) may carry `content-type: application/json` with no body:
    // an empty body is no body, not malformed JSON; anything else goes to fastify's own parser
    const json = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
        const text = typeof body === 'string' ? body : body.toString('utf8');
        if (text === '')
            return done(null, undefined);
        void json(req, text, done);
    });
    const scenarioAnswers = staticAnswers(64);
    app.get('/api/v1/scenarios', {
        schema: {
            tags: ['simulations'],
            operationId: 'listScenarios',
            summary: 'Scenarios shipped with a network (id, name, what it shows, its baseline)',
            querystring: z.object({ network: z.string().default('inner-mongolia') }),
            response: {
                200: okResponse('the scenarios shipped with the network', ScenariosResponse),
                ...GET_PROBLEMS,
            },
        },
    }, async (req, reply) => {
        const entry = ctx.registry.get(req.query.network);
        // read once per network: scenarios, like the networks, change only when the server restarts
        let a = scenarioAnswers.cache.get(entry.id);
        if (a === undefined) {
            const list = await listScenarios(join(ctx.networksDir, entry.id));
            const body = { network: entry.id, scenarios: list.map(({ file: _file, ...rest }) => rest) };
            a = scenarioAnswers.get(entry.id, () => JSON.stringify(ScenariosResponse.encode(body)));
        }
        return sendAnswer(req, reply, a, scenarioAnswers.cache);
    });
    app.post('/api/v1/simulations', {
        schema: {
            tags: ['simulations'],
            operationId: 'startSimulation',
            summary: 'Start a bounded scenario run; poll GET /api/v1/simulations/{id}. An Idempotency-Key header makes a retried POST answer the run it already started',
            headers: z.object({
                'idempotency-key': z
                    .string()
                    .min(1)
                    .max(200)
                    .optional()
                    .describe('a client-chosen key: the same key (and body) answers the same run'),
            }),
            body: SimulationRequest,
            response: {
                202: okResponse('the run is queued: its id, also in the Location header (idempotent-replayed: true when an Idempotency-Key repeated an earlier POST)', SimulationStarted),
                ...PLAN_PROBLEMS,
            },
        },
    }, async (req, reply) => {
        const entry = ctx.registry.get(req.body.network);
        const dir = join(ctx.networksDir, entry.id, 'scenarios');
        const source = typeof req.body.scenario === 'string'
            ? { extends: `${req.body.scenario}.yaml`, id: req.body.scenario }
            : req.body.scenario;
        let scenario = buildScenario(source, { network: entry.network, dir, name: 'body.scenario' });
        scenario = {
            ...scenario,
            ...(req.body.replications ? { replications: req.body.replications } : {}),
            ...(req.body.seed !== undefined ? { seed: req.body.seed } : {}),
        };
        const issues = [];
        const cap = (path, value, max, what) => {
            if (value > max)
                issues.push({
                    severity: 'error',
                    path,
                    message: `${what} ${Math.round(value)} is over the API's limit of ${max}; run larger studies with \`corridor simulate\``,
                });
        };
        cap('body.scenario.horizon.days', scenario.horizon.days, SIMULATION_CAPS.horizon_days, 'horizon of');
        const fromBody = req.body.replications !== undefined ||
            typeof req.body.scenario === 'string' ||
            !('replications' in req.body.scenario);
        cap(fromBody ? 'body.replications' : 'body.scenario.replications', scenario.replications, SIMULATION_CAPS.replications, 'replications');
        cap('body.scenario.demand', expectedShipments(scenario), SIMULATION_CAPS.shipments, 'about');
        if (issues.length > 0)
            throw new CorridorError('SCENARIO_INVALID', 'the simulation is over the API limits', issues);
        const key = req.headers['idempotency-key'];
        let answer;
        try {
            answer = await manager.submit({
                network: entry.id,
                scenario,
                // per API key when keys are on (as the rate limit counts), else per client address
                client: req.apiClient ? `key:${req.apiClient.name}` : req.ip,
                idempotencyKey: key,
                fingerprint: createHash('sha256').update(JSON.stringify(req.body)).digest('hex'),
            });
        }
        catch (error) {
            if (!(error instanceof RunRefusedError))
                throw error;
            if (error.reason === 'idempotency-conflict')
                throw new ApiError('REQUEST_INVALID', error.message, [
                    { path: 'headers.idempotency-key', message: error.message },
                ]);
            throw new ApiError('RATE_LIMITED', error.message, [], {
                'retry-after': String(error.retryAfterS),
            });
        }
        if (answer.replayed)
            void reply.header('idempotent-replayed', 'true');
        return reply
            .code(202)
            .header('location', `/api/v1/simulations/${answer.run.id}`)
            .send({ id: answer.run.id, status: answer.run.status });
    });
    const runOf = (run, id) => {
        if (!run)
            throw new ApiError('NOT_FOUND', `no simulation "${id}" (finished runs are kept for ${Math.round((ctx.limits?.finishedTtlMs ?? DEFAULT_RUN_LIMITS.finishedTtlMs) / 1000)} s after they finish)`);
        return run;
    };
    app.get('/api/v1/simulations', {
        schema: {
            tags: ['simulations'],
            operationId: 'listSimulations',
            summary: 'Runs kept by the server, newest first, paged; filter by status',
            querystring: ListQuery,
            response: {
                200: okResponse('one page of runs, without their results', SimulationList),
                ...GET_PROBLEMS,
            },
        },
    }, async (req) => {
        const { status, limit, offset } = req.query;
        const page = await manager.list({ status, limit, offset });
        return { runs: page.runs, total: page.total, limit, offset };
    });
    app.delete('/api/v1/simulations/:id', {
        schema: {
            tags: ['simulations'],
            operationId: 'cancelSimulation',
            summary: 'Cancel a queued or running simulation (its queued replications are dropped, the running ones stopped); a finished one is left as it is',
            params: z.object({ id: z.string().uuid() }),
            response: {
                200: okResponse('the run after the cancel (status cancelled, or its final status)', SimulationStatus),
                ...GET_PROBLEMS,
            },
        },
    }, async (req) => runOf(await manager.cancel(req.params.id), req.params.id));
    app.get('/api/v1/simulations/:id', {
        schema: {
            tags: ['simulations'],
            operationId: 'getSimulation',
            summary: 'Status, progress and (when done) the result of a simulation',
            params: z.object({ id: z.string().uuid() }),
            response: {
                200: okResponse('the run: status, progress and, once done, its result', SimulationStatus),
                ...GET_PROBLEMS,
            },
        },
    }, async (req) => runOf(await manager.get(req.params.id), req.params.id));
};
//# sourceMappingURL=simulations.js.map