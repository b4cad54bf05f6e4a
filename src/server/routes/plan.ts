/**
 * POST /api/v1/routes (the query's objective: k alternatives or the Pareto set) and
 * POST /api/v1/corridors/compare (the best route per corridor). Validate, plan, shape, cache.
 * "No route" is a 200 with status "no_route", no routes and the reason.
 * A query without `depart` leaves at the current UTC minute, so answers within a minute are equal
 * and cacheable; answers are cached serialized, keyed by endpoint, network and the parsed query.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  PARETO_MAX_ROUTES,
  RouteRequest,
  RouteResponse,
  toRouteGeometry,
  toRouteQuery,
  type RouteResponse as RouteResponseType,
} from '../../contract/index.ts';
import { CorridorError, type PlanResult } from '../../model/index.ts';
import type { ApiContext } from '../context.ts';
import { PLAN_PROBLEMS } from '../problem-responses.ts';
import { ResponseCache } from '../response-cache.ts';

type Method = 'plan' | 'compare';
const MINUTE_MS = 60_000;
const JSON_TYPE = 'application/json; charset=utf-8';

function shape(result: PlanResult, network: string, geojson: boolean): RouteResponseType {
  let routes = result.routes;
  const warnings = [...result.warnings];
  if (routes.length > PARETO_MAX_ROUTES) {
    warnings.push(`${routes.length} routes found; the first ${PARETO_MAX_ROUTES} are returned`);
    routes = routes.slice(0, PARETO_MAX_ROUTES);
  }
  return {
    ...result,
    network,
    warnings,
    routes: geojson ? routes.map((r) => ({ ...r, geometry: toRouteGeometry(r) })) : routes,
  };
}

/** The planner names query fields ("from"); over HTTP they are fields of the body ("body.from"). */
function inBody<T>(plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    if (!(error instanceof CorridorError) || error.issues.length === 0) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: i.path.startsWith('body') ? i.path : i.path ? `body.${i.path}` : 'body' }));
    throw new CorridorError(error.code, error.message, issues);
  }
}

export const planRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  const cache = new ResponseCache({ maxEntries: ctx.cacheEntries, maxBytes: ctx.cacheBytes });
  // the same bytes within the same minute get the same answer: a hit skips validation and search
  const rawCache = new ResponseCache({ maxEntries: ctx.cacheEntries, maxBytes: ctx.cacheBytes / 2 });
  const rawBodies = new WeakMap<object, string>();
  const rawKey = (url: string, raw: string) => `${url}|${Math.floor(Date.now() / MINUTE_MS)}|${raw}`;

  // JSON as fastify parses it (prototype poisoning refused), keeping the text for the raw cache
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    rawBodies.set(req, body as string);
    parseJson(req, body as string, done);
  });
  if (ctx.cacheEntries > 0) {
    app.addHook('preValidation', async (req, reply) => {
      const raw = rawBodies.get(req);
      const hit = raw === undefined ? undefined : rawCache.get(rawKey(req.url, raw));
      if (hit !== undefined) return reply.type(JSON_TYPE).send(hit);
      return undefined;
    });
    app.addHook('onSend', async (req, reply, payload) => {
      const raw = rawBodies.get(req);
      if (raw !== undefined && reply.statusCode === 200 && typeof payload === 'string') rawCache.set(rawKey(req.url, raw), payload);
      return payload;
    });
  }

  /** Plans (or finds in the cache) and returns the serialized answer. */
  const answer = (method: Method, body: RouteRequest): string => {
    const { network, geojson, query } = toRouteQuery(body);
    const entry = ctx.registry.get(network);
    const now = new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS);
    const key = `${method}|${network}|${query.depart === undefined ? now.toISOString() : ''}|${JSON.stringify(body)}`;
    const hit = ctx.cacheEntries > 0 ? cache.get(key) : undefined;
    if (hit !== undefined) return hit;
    const result = inBody(() => entry.planner[method](query, { now, timeBudgetMs: ctx.timeBudgetMs, maxLabels: ctx.maxLabels }));
    // the answer is checked against the contract once, when computed; a mismatch is our bug (500)
    const checked = RouteResponse.safeEncode(shape(result, network, geojson));
    if (!checked.success) throw new CorridorError('INTERNAL', `planner answer does not match the contract: ${checked.error.message}`);
    const text = JSON.stringify(checked.data);
    if (ctx.cacheEntries > 0) cache.set(key, text);
    return text;
  };

  app.post(
    '/api/v1/routes',
    {
      schema: {
        tags: ['routes'],
        summary: 'Plan routes between two places',
        description:
          'Answers the objective of the query: `alternatives` diverse routes for cost, time, co2 or generalized, or the Pareto set (cost, arrival, CO2e) for "pareto". ' +
          'No route is a 200 answer with status "no_route", an empty list and the reason. An unknown place is a 422 PLACE_NOT_FOUND with suggestions. ' +
          'Without `depart` the shipment leaves at the current minute (UTC).',
        body: RouteRequest,
        response: { 200: RouteResponse, ...PLAN_PROBLEMS },
      },
    },
    // a string with a JSON content type is sent as it is (already checked and serialized)
    async (req, reply) => reply.type(JSON_TYPE).send(answer('plan', req.body) as unknown as RouteResponseType),
  );

  app.post(
    '/api/v1/corridors/compare',
    {
      schema: {
        tags: ['routes'],
        summary: 'Compare corridors: the best route through each',
        description: 'Same body as /routes; answers one route per corridor (its gateways, e.g. Erenhot–Zamyn-Uud · Brest–Małaszewicze).',
        body: RouteRequest,
        response: { 200: RouteResponse, ...PLAN_PROBLEMS },
      },
    },
    async (req, reply) => reply.type(JSON_TYPE).send(answer('compare', req.body) as unknown as RouteResponseType),
  );
};
