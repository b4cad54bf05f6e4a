/**
 * The body of POST /api/v1/routes and /api/v1/corridors/compare: a model RouteQuery plus the
 * network to plan on. Unknown top-level keys are refused so a typo ("alternative") is a 400, not a
 * silently ignored option. The API caps `alternatives` below the model's limit to bound work.
 */
import { z } from 'zod';
import { Id, RouteQuery } from "../model/index.js";
export const DEFAULT_NETWORK_ID = 'inner-mongolia';
/** Upper bound on alternatives over HTTP (the model allows 20); Pareto sets are trimmed to PARETO_MAX_ROUTES. */
const API_MAX_ALTERNATIVES = 10;
export const PARETO_MAX_ROUTES = 20;
export const ROUTE_REQUEST_EXAMPLES = [
    {
        network: DEFAULT_NETWORK_ID,
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2025-03-03',
        shipment: { feu: 1, kg: 12000, value_usd: 180000 },
        objective: 'generalized',
        alternatives: 3,
    },
    {
        from: 'Hohhot',
        to: 'Moscow',
        depart: '2025-03-03T08:00:00+08:00',
        shipment: { teu: 2, cargo: [], regime: '9810' },
        objective: 'time',
        constraints: { modes: ['rail', 'road'] },
    },
    {
        from: '包头',
        to: 'Tokyo',
        shipment: { kg: 350, m3: 2, pieces: 400, regime: '9610' },
        objective: 'pareto',
        geojson: true,
    },
];
export const RouteRequest = z
    .strictObject({
    ...RouteQuery.shape,
    network: Id.optional().describe(`network id from GET /api/v1/networks; default "${DEFAULT_NETWORK_ID}", or the first network loaded when the server has no such network`),
    alternatives: z
        .number()
        .int()
        .min(1)
        .max(API_MAX_ALTERNATIVES)
        .default(3)
        .describe(`routes to return (diverse corridors first), at most ${API_MAX_ALTERNATIVES}`),
    geojson: z
        .boolean()
        .default(false)
        .describe('add a GeoJSON FeatureCollection of its legs to every route'),
})
    .meta({ id: 'RouteRequest', examples: [...ROUTE_REQUEST_EXAMPLES] });
/** Splits a request into the network id (undefined: the server's default), the model query (defaults applied) and API-only options. */
export function toRouteQuery(request) {
    const { network, geojson, ...query } = request;
    return { network, geojson, query };
}
//# sourceMappingURL=route-request.js.map