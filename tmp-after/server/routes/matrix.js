/**
 * POST /api/v1/matrix: origins × destinations, one best route per pair (src/matrix/matrix-task.ts),
 * planned in slices on the search threads. The matrix gets MATRIX_BUDGET_SEARCHES single-search
 * budgets in all; pairs past it are answered "skipped". With `Accept: application/x-ndjson` the
 * answer streams: a header line, one line per pair as its slice finishes, and a closing line.
 */
import { PassThrough } from 'node:stream';
import { MatrixRequest, MatrixResponse, NDJSON_CONTENT_TYPE, placeLabel, } from "../../contract/index.js";
import { ApiError } from "../api-error.js";
import { RunCaps } from "../plugins/api-keys.js";
import { PLAN_PROBLEMS } from "../problem-responses.js";
import { assertKnownConstraintIds } from "./plan.js";
/** A whole matrix may take this many single-search time budgets (30 s with the default 5 s). */
const MATRIX_BUDGET_SEARCHES = 6;
/** Slices per search thread: enough to keep every thread busy to the end, few enough to keep the queue short. */
const SLICES_PER_THREAD = 4;
function slices(items, count) {
    const size = Math.max(1, Math.ceil(items.length / Math.max(1, count)));
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
const busyCell = (p) => ({
    origin: p.origin,
    destination: p.destination,
    status: 'skipped',
    code: 'BUSY',
    reason: 'every planner thread was busy and the queue full; ask for this pair again',
});
export const matrixRoutes = async (app, ctx) => {
    // lane matrices running at once per client (its API key's max_runs, else 2 per address)
    const caps = new RunCaps();
    app.post('/api/v1/matrix', {
        schema: {
            tags: ['routes'],
            operationId: 'planMatrix',
            summary: 'Lane matrix: the best route for every origin × destination pair',
            description: 'Up to 50 origins × 50 destinations with one shipment, objective and constraints. Each cell gives cost, scheduled, P50 and P90 days, CO2e and corridor of the best route for the objective, or why there is none (`no_route` with the reason, `error` for a pair that cannot be planned as stated, e.g. an unknown place). ' +
                `The matrix shares ${MATRIX_BUDGET_SEARCHES} single-search time budgets; pairs it could not reach are \`skipped\`. ` +
                'With `Accept: application/x-ndjson` the answer streams as newline-delimited JSON: first `{"type":"matrix",…}` (network, objective, origins, destinations), then one `{"type":"cell",…}` per pair as it is planned (in no fixed order), last `{"type":"end","elapsed_ms":…}`.',
            body: MatrixRequest,
            response: {
                200: {
                    description: 'the matrix, one cell per pair in origin-major order (application/json), or its NDJSON stream',
                    content: {
                        'application/json': { schema: MatrixResponse },
                        [NDJSON_CONTENT_TYPE]: { schema: MatrixResponse.shape.cells.element },
                    },
                },
                ...PLAN_PROBLEMS,
            },
        },
    }, async (req, reply) => {
        const started = Date.now();
        const { network: named, origins, destinations, ...rest } = req.body;
        const entry = ctx.registry.get(named ?? ctx.registry.defaultId);
        assertKnownConstraintIds(entry.network, rest.constraints);
        const release = caps.acquire(req);
        // from and to are placeholders: every pair sets its own
        const base = { ...rest, from: '-', to: '-', alternatives: 1 };
        const pairs = [];
        origins.forEach((from, o) => destinations.forEach((to, d) => pairs.push({ origin: o, destination: d, from, to })));
        const now_ms = Math.floor(started / 60_000) * 60_000;
        const deadline_ms = started + ctx.timeBudgetMs * MATRIX_BUDGET_SEARCHES;
        const parts = slices(pairs, Math.max(1, ctx.planRunner.threads) * SLICES_PER_THREAD);
        const runSlice = (part) => {
            const task = {
                network: entry.id,
                base,
                pairs: part,
                now_ms,
                deadline_ms,
                pairBudgetMs: ctx.timeBudgetMs,
                maxLabels: ctx.maxLabels,
            };
            return ctx.planRunner.runMatrix(task).catch((error) => {
                if (error instanceof ApiError && error.code === 'BUSY')
                    return part.map(busyCell);
                throw error;
            });
        };
        const head = {
            network: entry.id,
            objective: rest.objective,
            origins: origins.map(placeLabel),
            destinations: destinations.map(placeLabel),
        };
        const accept = req.headers.accept ?? '';
        if (accept.includes(NDJSON_CONTENT_TYPE)) {
            const stream = new PassThrough();
            stream.write(`${JSON.stringify({ type: 'matrix', ...head, pairs: pairs.length })}\n`);
            void Promise.all(parts.map((part) => runSlice(part).then((cells) => {
                stream.write(cells.map((c) => `${JSON.stringify({ type: 'cell', ...c })}\n`).join(''));
            }, (error) => {
                req.log.error({ err: error }, 'matrix slice failed');
                stream.write(part
                    .map((p) => JSON.stringify({
                    type: 'cell',
                    origin: p.origin,
                    destination: p.destination,
                    status: 'error',
                    code: 'INTERNAL',
                    reason: 'internal error; quote the request id when reporting it',
                }))
                    .join('\n') + '\n');
            }))).then(() => {
                release();
                stream.end(`${JSON.stringify({ type: 'end', elapsed_ms: Date.now() - started })}\n`);
            });
            return reply.type(`${NDJSON_CONTENT_TYPE}; charset=utf-8`).send(stream);
        }
        let results;
        try {
            results = await Promise.all(parts.map(runSlice));
        }
        finally {
            release();
        }
        const cells = results.flat();
        if (cells.length > 0 && cells.every((c) => c.code === 'BUSY'))
            throw new ApiError('BUSY', 'every planner thread is busy and the queue full', [], {
                'retry-after': '1',
            });
        cells.sort((a, b) => a.origin - b.origin || a.destination - b.destination);
        return { ...head, cells, elapsed_ms: Date.now() - started };
    });
};
//# sourceMappingURL=matrix.js.map