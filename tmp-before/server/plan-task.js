/**
 * One planning task and its outcome, the same in-process and in a worker thread: plan or compare,
 * shape the answer (Pareto cap, GeoJSON), check it against the contract when asked (tests, the
 * library's default, `corridor serve --check-answers`; docs/decisions.md API19), serialize it and
 * make the compressed form the asking client takes, with its ETag (API20: on a search thread, not on
 * the event loop that every other request waits for). Errors come back as plain data, because a
 * CorridorError does not survive the trip between threads as a class.
 */
import { PARETO_MAX_ROUTES, RouteResponse, toRouteGeometry, } from "../contract/index.js";
import { CorridorError, } from "../model/index.js";
import { compress, COMPRESS_MIN_BYTES } from "./compression.js";
import { etagOf } from "./etag.js";
/** A buffer of its own holding `b`'s bytes: `b` itself when it already is one. */
const own = (b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
/**
 * The answer's bytes or, when asked for and large enough to be sent compressed, its compressed form
 * alone: the event loop makes the JSON back from it for the rare client that takes it (API21).
 */
function answered(json, encoding, compression = 'dynamic') {
    const utf8 = Buffer.from(json);
    if (encoding === undefined || utf8.length < COMPRESS_MIN_BYTES)
        return { ok: true, utf8: own(utf8) };
    // zlib's output may be a view into its larger working buffer
    const body = own(compress(utf8, encoding, compression));
    return { ok: true, bytes: utf8.length, form: { encoding, body, etag: etagOf(body) } };
}
function shape(result, network, geojson) {
    let routes = result.routes;
    const warnings = [...result.warnings];
    const notices = [...result.notices];
    if (routes.length > PARETO_MAX_ROUTES) {
        const text = `${routes.length} routes found; the first ${PARETO_MAX_ROUTES} are returned`;
        warnings.push(text);
        notices.push({
            code: 'ROUTES_TRUNCATED',
            params: { total: routes.length, shown: PARETO_MAX_ROUTES },
            text,
        });
        routes = routes.slice(0, PARETO_MAX_ROUTES);
    }
    return {
        ...result,
        network,
        warnings,
        notices,
        routes: geojson ? routes.map((r) => ({ ...r, geometry: toRouteGeometry(r) })) : routes,
    };
}
/** The planner names query fields ("from"); over HTTP they are fields of the body ("body.from"). */
const inBody = (i) => ({
    ...i,
    path: i.path.startsWith('body') ? i.path : i.path ? `body.${i.path}` : 'body',
});
export function runPlanTask(planner, task) {
    const left_ms = task.timeBudgetMs - (Date.now() - task.enqueued_ms);
    if (left_ms <= 0)
        return {
            ok: false,
            code: 'SEARCH_ABORTED',
            message: 'the time budget was spent waiting for a planner thread',
            issues: [],
        };
    try {
        const result = planner[task.method](task.query, {
            now: new Date(task.now_ms),
            timeBudgetMs: left_ms,
            maxLabels: task.maxLabels,
        });
        const answer = shape(result, task.network, task.geojson);
        if (!task.checkContract)
            return answered(JSON.stringify(answer), task.encoding, task.compression);
        // checked against the contract once, when computed; a mismatch is our bug (500)
        const checked = RouteResponse.safeEncode(answer);
        if (!checked.success)
            return {
                ok: false,
                code: 'INTERNAL',
                message: `planner answer does not match the contract: ${checked.error.message}`,
                issues: [],
            };
        return answered(JSON.stringify(checked.data), task.encoding, task.compression);
    }
    catch (error) {
        if (error instanceof CorridorError)
            return {
                ok: false,
                code: error.code,
                message: error.message,
                issues: error.issues.map(inBody),
            };
        throw error;
    }
}
/** Turns a failed outcome back into the error the request handler throws. */
export function toCorridorError(outcome) {
    return new CorridorError(outcome.code, outcome.message, outcome.issues);
}
//# sourceMappingURL=plan-task.js.map