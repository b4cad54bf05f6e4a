import { Health, Readiness } from "../../contract/index.js";
import { ApiError } from "../api-error.js";
import { okResponse, PROBLEM_503 } from "../problem-responses.js";
export const healthRoutes = async (app, ctx) => {
    app.get('/health', {
        config: { rateLimit: false },
        schema: {
            tags: ['health'],
            operationId: 'getHealth',
            summary: 'Liveness',
            response: { 200: okResponse('the process is up, with its uptime', Health) },
        },
    }, async () => ({
        status: 'ok',
        uptime_s: Math.round((Date.now() - ctx.state.startedAt) / 100) / 10,
    }));
    app.get('/ready', {
        config: { rateLimit: false },
        schema: {
            tags: ['health'],
            operationId: 'getReadiness',
            summary: 'Readiness',
            response: {
                200: okResponse('networks and planners are loaded; the ids of the networks', Readiness),
                503: PROBLEM_503,
            },
        },
    }, async () => {
        if (!ctx.state.ready)
            throw new ApiError('NOT_READY', 'the server is shutting down', [], { 'retry-after': '5' });
        return { status: 'ready', networks: [...ctx.registry.ids] };
    });
};
//# sourceMappingURL=health.js.map