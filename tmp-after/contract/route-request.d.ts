/**
 * The body of POST /api/v1/routes and /api/v1/corridors/compare: a model RouteQuery plus the
 * network to plan on. Unknown top-level keys are refused so a typo ("alternative") is a 400, not a
 * silently ignored option. The API caps `alternatives` below the model's limit to bound work.
 */
import { z } from 'zod';
import { RouteQuery } from '../model/index.ts';
export declare const DEFAULT_NETWORK_ID = "inner-mongolia";
export declare const PARETO_MAX_ROUTES = 20;
export declare const ROUTE_REQUEST_EXAMPLES: readonly [{
    readonly network: "inner-mongolia";
    readonly from: "Baotou";
    readonly to: "Duisburg";
    readonly depart: "2025-03-03";
    readonly shipment: {
        readonly feu: 1;
        readonly kg: 12000;
        readonly value_usd: 180000;
    };
    readonly objective: "generalized";
    readonly alternatives: 3;
}, {
    readonly from: "Hohhot";
    readonly to: "Moscow";
    readonly depart: "2025-03-03T08:00:00+08:00";
    readonly shipment: {
        readonly teu: 2;
        readonly cargo: readonly [];
        readonly regime: "9810";
    };
    readonly objective: "time";
    readonly constraints: {
        readonly modes: readonly ["rail", "road"];
    };
}, {
    readonly from: "包头";
    readonly to: "Tokyo";
    readonly shipment: {
        readonly kg: 350;
        readonly m3: 2;
        readonly pieces: 400;
        readonly regime: "9610";
    };
    readonly objective: "pareto";
    readonly geojson: true;
}];
export declare const RouteRequest: z.ZodObject<{
    network: z.ZodOptional<z.ZodString>;
    alternatives: z.ZodDefault<z.ZodNumber>;
    geojson: z.ZodDefault<z.ZodBoolean>;
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
    value_of_time_usd_per_h: z.ZodOptional<z.ZodNumber>;
    carbon_price_usd_per_t: z.ZodDefault<z.ZodNumber>;
    transfer_penalty_h: z.ZodDefault<z.ZodNumber>;
    waive_rules: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export type RouteRequest = z.infer<typeof RouteRequest>;
export type RouteRequestInput = z.input<typeof RouteRequest>;
/** Splits a request into the network id (undefined: the server's default), the model query (defaults applied) and API-only options. */
export declare function toRouteQuery(request: RouteRequest): {
    network: string | undefined;
    geojson: boolean;
    query: RouteQuery;
};
//# sourceMappingURL=route-request.d.ts.map