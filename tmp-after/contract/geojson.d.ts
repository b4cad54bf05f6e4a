/**
 * RFC 7946 shapes the API returns: the network layers (terminals, services, borders) as a
 * FeatureCollection. A terminal's and a service's properties are open beyond the agreed
 * `feature_type` and `id`; a border's are described field by field (src/network/geojson.ts writes them).
 */
import { z } from 'zod';
export declare const Position: z.ZodArray<z.ZodNumber>;
/** A border feature's properties, each described for the OpenAPI document. */
export declare const NetworkBorderProperties: z.ZodObject<{
    feature_type: z.ZodLiteral<"border">;
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    sides: z.ZodArray<z.ZodString>;
    countries: z.ZodArray<z.ZodString>;
    country: z.ZodString;
    both_directions: z.ZodBoolean;
    dwell_p50_h: z.ZodNumber;
    dwell_p50_h_into: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    gauge_change: z.ZodNullable<z.ZodString>;
    documents: z.ZodArray<z.ZodString>;
    sources: z.ZodArray<z.ZodString>;
}, z.core.$loose>;
export declare const NetworkFeatureCollection: z.ZodObject<{
    type: z.ZodLiteral<"FeatureCollection">;
    features: z.ZodArray<z.ZodObject<{
        type: z.ZodLiteral<"Feature">;
        id: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        geometry: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"Point">;
            coordinates: z.ZodArray<z.ZodNumber>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"LineString">;
            coordinates: z.ZodArray<z.ZodArray<z.ZodNumber>>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"MultiLineString">;
            coordinates: z.ZodArray<z.ZodArray<z.ZodArray<z.ZodNumber>>>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"MultiPoint">;
            coordinates: z.ZodArray<z.ZodArray<z.ZodNumber>>;
        }, z.core.$strip>], "type">;
        properties: z.ZodDiscriminatedUnion<[z.ZodObject<{
            feature_type: z.ZodLiteral<"service" | "terminal">;
            id: z.ZodString;
        }, z.core.$loose>, z.ZodObject<{
            feature_type: z.ZodLiteral<"service" | "terminal">;
            id: z.ZodString;
        }, z.core.$loose>, z.ZodObject<{
            feature_type: z.ZodLiteral<"border">;
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            sides: z.ZodArray<z.ZodString>;
            countries: z.ZodArray<z.ZodString>;
            country: z.ZodString;
            both_directions: z.ZodBoolean;
            dwell_p50_h: z.ZodNumber;
            dwell_p50_h_into: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
            gauge_change: z.ZodNullable<z.ZodString>;
            documents: z.ZodArray<z.ZodString>;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$loose>], "feature_type">;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type NetworkFeatureCollection = z.infer<typeof NetworkFeatureCollection>;
//# sourceMappingURL=geojson.d.ts.map