/**
 * The root error and not-found handlers: everything that goes wrong in a request leaves as an
 * application/problem+json body built by error-map.ts. An unknown path under /api answers 405 with
 * Allow when the path exists for another method, else 404.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../contract/index.ts';
import { ApiError } from './api-error.ts';
import { createProblem, toProblem, type ProblemContext } from './error-map.ts';

const RETRY_AFTER_S: Readonly<Record<string, string>> = {
  SEARCH_ABORTED: '1',
  NOT_READY: '5',
  BUSY: '1',
};

function contextOf(req: FastifyRequest): ProblemContext {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  return {
    instance: path.length > 200 ? `${path.slice(0, 200)}…` : path,
    requestId: String(req.id),
  };
}

function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const retry = RETRY_AFTER_S[problem.code];
  if (retry && !reply.hasHeader('retry-after')) void reply.header('retry-after', retry);
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** Handles an error thrown in a request; also used for fastify's framework errors (bad URL). */
export function handleError(
  error: unknown,
  req: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const problem = toProblem(error, contextOf(req));
  if (problem.status >= 500) req.log.error({ err: error, code: problem.code }, 'request failed');
  else req.log.info({ code: problem.code, status: problem.status }, 'request refused');
  if (error instanceof ApiError)
    for (const [k, v] of Object.entries(error.headers)) void reply.header(k, v);
  return sendProblem(reply, problem);
}

/** Turns a route pattern ("/api/v1/networks/:id") into a matcher for concrete paths. */
function patternOf(url: string): RegExp {
  const body = url
    .split('/')
    .map((seg) =>
      seg.startsWith(':')
        ? '[^/]+'
        : seg === '*'
          ? '.*'
          : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${body}/?$`);
}

export function installProblemHandlers(app: FastifyInstance): void {
  const apiRoutes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') && route.url !== '/health' && route.url !== '/ready') return;
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      apiRoutes.push({ method: String(method), pattern: patternOf(route.url) });
    }
  });

  app.setErrorHandler((error: FastifyError, req, reply) => handleError(error, req, reply));

  app.setNotFoundHandler((req, reply) => {
    const ctx = contextOf(req);
    const allow = [
      ...new Set(apiRoutes.filter((r) => r.pattern.test(ctx.instance)).map((r) => r.method)),
    ].sort();
    if (allow.length > 0 && !allow.includes(req.method)) {
      void reply.header('allow', allow.join(', '));
      return sendProblem(
        reply,
        createProblem(
          'METHOD_NOT_ALLOWED',
          `${req.method} is not allowed on ${ctx.instance}; use ${allow.join(' or ')}`,
          ctx,
        ),
      );
    }
    return sendProblem(
      reply,
      createProblem('NOT_FOUND', `no endpoint ${req.method} ${ctx.instance}`, ctx, [
        {
          path: 'url',
          message: `no endpoint ${req.method} ${ctx.instance}`,
          hint: 'the API is listed at /openapi.json and /docs',
        },
      ]),
    );
  });
}
