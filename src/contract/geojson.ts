/**
 * RFC 7946 shapes the API returns: the network layers (terminals, services, borders) as a
 * FeatureCollection. Properties are open beyond the agreed `feature_type` and `id`.
 */
import { z } from 'zod';
import { NETWORK_GEOJSON_EXAMPLE } from './api-examples.generated.ts';

export const Position = z.array(z.number()).min(2).max(3).describe('[lon, lat] in WGS 84 degrees');

const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
]);

const NetworkFeature = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: Geometry,
  properties: z.looseObject({
    feature_type: z.enum(['terminal', 'service', 'border']),
    id: z.string(),
  }),
});

export const NetworkFeatureCollection = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(NetworkFeature) })
  .meta({ id: 'NetworkFeatureCollection', examples: [NETWORK_GEOJSON_EXAMPLE] });
export type NetworkFeatureCollection = z.infer<typeof NetworkFeatureCollection>;
