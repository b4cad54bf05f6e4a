/**
 * A route query: what a user asks the planner. The same schema validates CLI arguments, HTTP bodies
 * (contract/ wraps it) and simulation bookings. Defaults are applied by the schema, so the planner
 * always sees a complete query.
 */
import { z } from 'zod';
/** A place: a terminal id, an English or Chinese name, a city name, or a position. */
export declare const PlaceRef: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    lon: z.ZodNumber;
    lat: z.ZodNumber;
}, z.core.$strip>]>;
export type PlaceRef = z.infer<typeof PlaceRef>;
export declare const Objective: z.ZodEnum<{
    time: "time";
    cost: "cost";
    co2: "co2";
    generalized: "generalized";
    pareto: "pareto";
}>;
export type Objective = z.infer<typeof Objective>;
/** When to leave: an ISO date (00:00 local time at the origin) or an ISO date-time with offset. */
export declare const DepartTime: z.ZodUnion<readonly [z.ZodISODate, z.ZodISODateTime]>;
export declare const Shipment: z.ZodObject<{
    teu: z.ZodOptional<z.ZodNumber>;
    feu: z.ZodOptional<z.ZodNumber>;
    kg: z.ZodOptional<z.ZodNumber>;
    m3: z.ZodOptional<z.ZodNumber>;
    pieces: z.ZodOptional<z.ZodNumber>;
    cargo: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        reefer: "reefer";
        dangerous_goods: "dangerous_goods";
        lithium_batteries: "lithium_batteries";
        oversize: "oversize";
    }>>>;
    dg_class: z.ZodOptional<z.ZodNumber>;
    lithium_un: z.ZodOptional<z.ZodEnum<{
        UN3480: "UN3480";
        UN3481: "UN3481";
    }>>;
    regime: z.ZodDefault<z.ZodEnum<{
        9610: "9610";
        9710: "9710";
        9810: "9810";
        1210: "1210";
        general: "general";
    }>>;
    value_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type Shipment = z.infer<typeof Shipment>;
export declare const Constraints: z.ZodObject<{
    modes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>>>;
    avoid_countries: z.ZodDefault<z.ZodArray<z.ZodString>>;
    avoid_terminals: z.ZodDefault<z.ZodArray<z.ZodString>>;
    avoid_borders: z.ZodDefault<z.ZodArray<z.ZodString>>;
    max_transfers: z.ZodOptional<z.ZodNumber>;
    deadline: z.ZodOptional<z.ZodUnion<readonly [z.ZodISODate, z.ZodISODateTime]>>;
    budget_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type Constraints = z.infer<typeof Constraints>;
/**
 * A preference, not a figure (docs/decisions.md R28): ranked by time, a route with one more change of
 * service must arrive this many hours sooner. Without it the fastest answer trucks cargo through two
 * transfers to board a truck 300 km down its road, four hours sooner than loading it at the origin.
 */
export declare const DEFAULT_TRANSFER_PENALTY_H = 6;
export declare const RouteQuery: z.ZodObject<{
    from: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>]>;
    to: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>]>;
    depart: z.ZodOptional<z.ZodUnion<readonly [z.ZodISODate, z.ZodISODateTime]>>;
    shipment: z.ZodObject<{
        teu: z.ZodOptional<z.ZodNumber>;
        feu: z.ZodOptional<z.ZodNumber>;
        kg: z.ZodOptional<z.ZodNumber>;
        m3: z.ZodOptional<z.ZodNumber>;
        pieces: z.ZodOptional<z.ZodNumber>;
        cargo: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            reefer: "reefer";
            dangerous_goods: "dangerous_goods";
            lithium_batteries: "lithium_batteries";
            oversize: "oversize";
        }>>>;
        dg_class: z.ZodOptional<z.ZodNumber>;
        lithium_un: z.ZodOptional<z.ZodEnum<{
            UN3480: "UN3480";
            UN3481: "UN3481";
        }>>;
        regime: z.ZodDefault<z.ZodEnum<{
            9610: "9610";
            9710: "9710";
            9810: "9810";
            1210: "1210";
            general: "general";
        }>>;
        value_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    objective: z.ZodDefault<z.ZodEnum<{
        time: "time";
        cost: "cost";
        co2: "co2";
        generalized: "generalized";
        pareto: "pareto";
    }>>;
    constraints: z.ZodDefault<z.ZodObject<{
        modes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>>;
        avoid_countries: z.ZodDefault<z.ZodArray<z.ZodString>>;
        avoid_terminals: z.ZodDefault<z.ZodArray<z.ZodString>>;
        avoid_borders: z.ZodDefault<z.ZodArray<z.ZodString>>;
        max_transfers: z.ZodOptional<z.ZodNumber>;
        deadline: z.ZodOptional<z.ZodUnion<readonly [z.ZodISODate, z.ZodISODateTime]>>;
        budget_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    alternatives: z.ZodDefault<z.ZodNumber>;
    value_of_time_usd_per_h: z.ZodOptional<z.ZodNumber>;
    carbon_price_usd_per_t: z.ZodDefault<z.ZodNumber>;
    transfer_penalty_h: z.ZodDefault<z.ZodNumber>;
    waive_rules: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strip>;
export type RouteQuery = z.infer<typeof RouteQuery>;
export type RouteQueryInput = z.input<typeof RouteQuery>;
//# sourceMappingURL=query.d.ts.map