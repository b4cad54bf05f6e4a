/**
 * The answer of POST /api/v1/routes and /api/v1/corridors/compare: the model PlanResult plus the
 * network it was planned on, and optionally a GeoJSON FeatureCollection of each route's legs.
 * "No route" is an answer, not an error: status "no_route", an empty list and a reason.
 */
import { z } from 'zod';
import { PlanResult, Route } from "../model/index.js";
import { ROUTE_RESPONSE_EXAMPLE } from "./api-examples.generated.js";
import { Position } from "./geojson.js";
/** One leg of a route as a GeoJSON LineString, for GIS clients. */
const RouteLegFeature = z.object({
    type: z.literal('Feature'),
    geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
    properties: z.object({
        feature_type: z.literal('leg'),
        index: z.number().int().nonnegative(),
        service_id: z.string(),
        service_name: z.string(),
        mode: z.string(),
        from: z.string(),
        to: z.string(),
        depart: z.string(),
        arrive: z.string(),
        distance_km: z.number(),
        cost_usd: z.number(),
        co2e_kg: z.number(),
    }),
});
export const RouteGeometry = z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(RouteLegFeature),
});
const RouteWithGeometry = Route.extend({
    geometry: RouteGeometry.optional().describe('present when the request asked for geojson'),
});
export const RouteResponse = PlanResult.extend({
    network: z.string().describe('id of the network the plan was made on'),
    routes: z.array(RouteWithGeometry),
}).meta({ id: 'RouteResponse', examples: [ROUTE_RESPONSE_EXAMPLE] });
/** Builds the FeatureCollection of a route's legs from their drawn paths. */
export function toRouteGeometry(route) {
    const features = route.legs.map((leg, index) => {
        const coordinates = leg.path.length >= 2
            ? leg.path
            : [
                [leg.from.lon, leg.from.lat],
                [leg.to.lon, leg.to.lat],
            ];
        return {
            type: 'Feature',
            geometry: { type: 'LineString', coordinates },
            properties: {
                feature_type: 'leg',
                index,
                service_id: leg.service_id,
                service_name: leg.service_name,
                mode: leg.mode,
                from: leg.from.id,
                to: leg.to.id,
                depart: leg.depart,
                arrive: leg.arrive,
                distance_km: leg.distance_km,
                cost_usd: leg.cost_usd,
                co2e_kg: leg.co2e_kg,
            },
        };
    });
    return { type: 'FeatureCollection', features };
}
//# sourceMappingURL=route-response.js.map