/**
 * GET /health (liveness: the process answers) and GET /ready (readiness: networks and planners
 * are loaded and the server is not draining). Neither is rate limited.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health, Readiness } from '../../contract/index.ts';
import { ApiError } from '../api-error.ts';
import type { ApiContext } from '../context.ts';
import { okResponse, PROBLEM_503 } from '../problem-responses.ts';

export const healthRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get(
    '/health',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Liveness',
        response: { 200: okResponse('the process is up, with its uptime', Health) },
      },
    },
    async () => ({
      status: 'ok' as const,
      uptime_s: Math.round((Date.now() - ctx.state.startedAt) / 100) / 10,
    }),
  );
  app.get(
    '/ready',
    {
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
    },
    async () => {
      if (!ctx.state.ready)
        throw new ApiError('NOT_READY', 'the server is shutting down', [], { 'retry-after': '5' });
      return { status: 'ready' as const, networks: [...ctx.registry.ids] };
    },
  );
};
