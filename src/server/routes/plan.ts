/**
 * POST /api/v1/routes (the query's objective: k alternatives or the Pareto set) and
 * POST /api/v1/corridors/compare (the best route per corridor). Thin: validate, plan, shape.
 * "No route" is a 200 with status "no_route", no routes and the reason.
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
import type { PlanResult } from '../../model/index.ts';
import type { ApiContext } from '../context.ts';
import { PLAN_PROBLEMS } from '../problem-responses.ts';

type Method = 'plan' | 'compare';

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

export const planRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  const handle = (method: Method) => (body: RouteRequest) => {
    const { network, geojson, query } = toRouteQuery(body);
    const entry = ctx.registry.get(network);
    const result = entry.planner[method](query, { timeBudgetMs: ctx.timeBudgetMs, maxLabels: ctx.maxLabels });
    return shape(result, network, geojson);
  };
  const plan = handle('plan');
  const compare = handle('compare');

  app.post(
    '/api/v1/routes',
    {
      schema: {
        tags: ['routes'],
        summary: 'Plan routes between two places',
        description:
          'Answers the objective of the query: `alternatives` diverse routes for cost, time, co2 or generalized, or the Pareto set (cost, arrival, CO2e) for "pareto". ' +
          'No route is a 200 answer with status "no_route", an empty list and the reason. An unknown place is a 422 PLACE_NOT_FOUND with suggestions.',
        body: RouteRequest,
        response: { 200: RouteResponse, ...PLAN_PROBLEMS },
      },
    },
    async (req) => plan(req.body),
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
    async (req) => compare(req.body),
  );
};
