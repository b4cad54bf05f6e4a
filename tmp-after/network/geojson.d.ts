/**
 * The network as an RFC 7946 FeatureCollection for maps: terminals as Points, services as lines along
 * their waypoints (straight between stops where none are given), borders as a line between the sides.
 * Lines that cross the antimeridian are split into a MultiLineString, as RFC 7946 §3.1.9 asks.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import type { z } from 'zod';
import type { NetworkBorderProperties } from '../contract/index.ts';
import { type Network } from '../model/index.ts';
type OpenProperties = Record<string, unknown> & {
    feature_type: 'terminal' | 'service';
    id: string;
};
/**
 * A border's properties: the fields the contract describes to clients (NetworkBorderProperties),
 * taken from its schema so the two cannot drift; without the schema's room for further fields, so
 * a field written here and not described there does not compile.
 */
type BorderProperties = z.output<z.ZodObject<(typeof NetworkBorderProperties)['shape']>>;
type NetworkFeature = Feature<Point | LineString | MultiLineString, OpenProperties | BorderProperties>;
export type NetworkFeatureCollection = FeatureCollection<Point | LineString | MultiLineString, NetworkFeature['properties']>;
/** A line, split where a segment crosses ±180° longitude (the crossing latitude interpolated). */
export declare function lineGeometry(points: readonly Position[]): LineString | MultiLineString;
export declare function toGeoJson(network: Network): NetworkFeatureCollection;
export {};
//# sourceMappingURL=geojson.d.ts.map