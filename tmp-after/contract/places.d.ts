/** GET /api/v1/places: search terminals by name (English, Chinese, aliases), city or id. */
import { z } from 'zod';
export declare const PlacesQuery: z.ZodObject<{
    q: z.ZodString;
    network: z.ZodOptional<z.ZodString>;
    limit: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
}, z.core.$strict>;
export type PlacesQuery = z.infer<typeof PlacesQuery>;
export declare const Place: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    city: z.ZodString;
    city_zh: z.ZodString;
    country: z.ZodString;
    kinds: z.ZodArray<z.ZodEnum<{
        seaport: "seaport";
        airport: "airport";
        rail_terminal: "rail_terminal";
        road_terminal: "road_terminal";
        border_station: "border_station";
        bonded_zone: "bonded_zone";
        express_centre: "express_centre";
        city_hub: "city_hub";
    }>>;
    modes: z.ZodArray<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>>;
    lon: z.ZodNumber;
    lat: z.ZodNumber;
}, z.core.$strip>;
export type Place = z.infer<typeof Place>;
export declare const PlacesResponse: z.ZodObject<{
    network: z.ZodString;
    places: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        city: z.ZodString;
        city_zh: z.ZodString;
        country: z.ZodString;
        kinds: z.ZodArray<z.ZodEnum<{
            seaport: "seaport";
            airport: "airport";
            rail_terminal: "rail_terminal";
            road_terminal: "road_terminal";
            border_station: "border_station";
            bonded_zone: "bonded_zone";
            express_centre: "express_centre";
            city_hub: "city_hub";
        }>>;
        modes: z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type PlacesResponse = z.infer<typeof PlacesResponse>;
//# sourceMappingURL=places.d.ts.map