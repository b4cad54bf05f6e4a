/**
 * RFC 7946 shapes the API returns: the network layers (terminals, services, borders) as a
 * FeatureCollection. A terminal's and a service's properties are open beyond the agreed
 * `feature_type` and `id`; a border's are described field by field (src/network/geojson.ts writes them).
 */
import { z } from 'zod';
import { Mode } from "../model/index.js";
import { NETWORK_GEOJSON_EXAMPLE } from "./api-examples.generated.js";
export const Position = z.array(z.number()).min(2).max(3).describe('[lon, lat] in WGS 84 degrees');
const Geometry = z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: Position }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(Position) }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
    z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
]);
const OpenProperties = (type) => z.looseObject({ feature_type: z.literal(type), id: z.string() });
/** A border feature's properties, each described for the OpenAPI document. */
export const NetworkBorderProperties = z
    .looseObject({
    feature_type: z.literal('border'),
    id: z.string().describe('border crossing id'),
    name: z.string(),
    name_zh: z.string(),
    mode: Mode.describe('rail or road'),
    sides: z.array(z.string()).min(2).max(2).describe('the two side terminal ids'),
    countries: z.array(z.string()).min(2).max(2).describe('the countries of the two sides'),
    country: z.string().describe('the country of the first side'),
    both_directions: z.boolean(),
    dwell_p50_h: z.number().describe('median dwell at the crossing, hours (the undirected dwell)'),
    dwell_p50_h_into: z
        .record(z.string(), z.number())
        .optional()
        .describe('median dwell by the side entered, hours, keyed by side terminal id; only where the network gives a direction its own dwell (a side missing here takes `dwell_p50_h`)'),
    gauge_change: z
        .string()
        .nullable()
        .describe('how cargo changes gauge at the crossing (e.g. container_transfer), or null'),
    documents: z.array(z.string()).describe('transit document regimes accepted'),
    sources: z.array(z.string()).describe('source ids the crossing cites'),
})
    .meta({ id: 'NetworkBorderProperties' });
const NetworkFeature = z.object({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: Geometry,
    properties: z.discriminatedUnion('feature_type', [
        OpenProperties('terminal'),
        OpenProperties('service'),
        NetworkBorderProperties,
    ]),
});
export const NetworkFeatureCollection = z
    .object({ type: z.literal('FeatureCollection'), features: z.array(NetworkFeature) })
    .meta({ id: 'NetworkFeatureCollection', examples: [NETWORK_GEOJSON_EXAMPLE] });
//# sourceMappingURL=geojson.js.map