import { PROBLEM_CONTENT_TYPE } from "../contract/index.js";
import { ApiError } from "./api-error.js";
import { createProblem, toProblem } from "./error-map.js";
const RETRY_AFTER_S = {
    SEARCH_ABORTED: '1',
    NOT_READY: '5',
    BUSY: '1',
};
function contextOf(req) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    return {
        instance: path.length > 200 ? `${path.slice(0, 200)}…` : path,
        requestId: String(req.id),
    };
}
function sendProblem(reply, problem) {
    const retry = RETRY_AFTER_S[problem.code];
    if (retry && !reply.hasHeader('retry-after'))
        void reply.header('retry-after', retry);
    return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
/** Handles an error thrown in a request; also used for fastify's framework errors (bad URL). */
export function handleError(error, req, reply) {
    const problem = toProblem(error, contextOf(req));
    if (problem.status >= 500)
        req.log.error({ err: error, code: problem.code }, 'request failed');
    else
        req.log.info({ code: problem.code, status: problem.status }, 'request refused');
    if (error instanceof ApiError)
        for (const [k, v] of Object.entries(error.headers))
            void reply.header(k, v);
    return sendProblem(reply, problem);
}
/** Turns a route pattern ("/api/v1/networks/:id") into a matcher for concrete paths. */
function patternOf(url) {
    const body = url
        .split('/')
        .map((seg) => seg.startsWith(':')
        ? '[^/]+'
        : seg === '*'
            ? '.*'
            : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('/');
    return new RegExp(`^${body}/?$`);
}
export function installProblemHandlers(app) {
    const apiRoutes = [];
    app.addHook('onRoute', (route) => {
        if (!route.url.startsWith('/api/') && route.url !== '/health' && route.url !== '/ready')
            return;
        for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
            apiRoutes.push({ method: String(method), pattern: patternOf(route.url) });
        }
    });
    app.setErrorHandler((error, req, reply) => handleError(error, req, reply));
    app.setNotFoundHandler((req, reply) => {
        const ctx = contextOf(req);
        const allow = [
            ...new Set(apiRoutes.filter((r) => r.pattern.test(ctx.instance)).map((r) => r.method)),
        ].sort();
        if (allow.length > 0 && !allow.includes(req.method)) {
            void reply.header('allow', allow.join(', '));
            return sendProblem(reply, createProblem('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${ctx.instance}; use ${allow.join(' or ')}`, ctx));
        }
        return sendProblem(reply, createProblem('NOT_FOUND', `no endpoint ${req.method} ${ctx.instance}`, ctx, [
            {
                path: 'url',
                message: `no endpoint ${req.method} ${ctx.instance}`,
                hint: 'the API is listed at /openapi.json and /docs',
            },
        ]));
    });
}
//# sourceMappingURL=problem-handlers.js.map