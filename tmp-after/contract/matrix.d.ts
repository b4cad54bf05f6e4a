/**
 * POST /api/v1/matrix: a lane matrix, origins × destinations with one shipment and objective. Each
 * pair answers the best route's cost, days (scheduled, P50, P90), CO2e and corridor, or why there is
 * none. Up to MATRIX_MAX_SIDE origins and as many destinations (2,500 pairs); the whole matrix shares
 * one time budget, and pairs it could not reach say so ("skipped") instead of failing the request.
 */
import { z } from 'zod';
import { PlaceRef } from '../model/index.ts';
export declare const MATRIX_MAX_SIDE = 50;
export declare const NDJSON_CONTENT_TYPE = "application/x-ndjson";
export declare const MATRIX_REQUEST_EXAMPLE: {
    readonly origins: readonly ["Baotou", "Hohhot", "Ordos"];
    readonly destinations: readonly ["Duisburg", "Moscow"];
    readonly depart: "2025-03-03";
    readonly shipment: {
        readonly feu: 1;
        readonly kg: 12000;
        readonly value_usd: 150000;
    };
    readonly objective: "cost";
};
export declare const MatrixRequest: z.ZodObject<{
    objective: z.ZodDefault<z.ZodEnum<{
        time: "time";
        cost: "cost";
        co2: "co2";
        generalized: "generalized";
    }>>;
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
    network: z.ZodOptional<z.ZodString>;
    origins: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>]>>;
    destinations: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>]>>;
}, z.core.$strict>;
export type MatrixRequest = z.infer<typeof MatrixRequest>;
export declare const MatrixCell: z.ZodObject<{
    origin: z.ZodNumber;
    destination: z.ZodNumber;
    status: z.ZodEnum<{
        error: "error";
        ok: "ok";
        no_route: "no_route";
        skipped: "skipped";
    }>;
    from_id: z.ZodOptional<z.ZodString>;
    to_id: z.ZodOptional<z.ZodString>;
    cost_usd: z.ZodOptional<z.ZodNumber>;
    days: z.ZodOptional<z.ZodNumber>;
    p50_days: z.ZodOptional<z.ZodNumber>;
    p90_days: z.ZodOptional<z.ZodNumber>;
    co2e_kg: z.ZodOptional<z.ZodNumber>;
    corridor: z.ZodOptional<z.ZodString>;
    corridor_id: z.ZodOptional<z.ZodString>;
    corridor_short: z.ZodOptional<z.ZodString>;
    modes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    reason: z.ZodOptional<z.ZodString>;
    code: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type MatrixCell = z.infer<typeof MatrixCell>;
export declare const MatrixResponse: z.ZodObject<{
    network: z.ZodString;
    objective: z.ZodString;
    origins: z.ZodArray<z.ZodString>;
    destinations: z.ZodArray<z.ZodString>;
    cells: z.ZodArray<z.ZodObject<{
        origin: z.ZodNumber;
        destination: z.ZodNumber;
        status: z.ZodEnum<{
            error: "error";
            ok: "ok";
            no_route: "no_route";
            skipped: "skipped";
        }>;
        from_id: z.ZodOptional<z.ZodString>;
        to_id: z.ZodOptional<z.ZodString>;
        cost_usd: z.ZodOptional<z.ZodNumber>;
        days: z.ZodOptional<z.ZodNumber>;
        p50_days: z.ZodOptional<z.ZodNumber>;
        p90_days: z.ZodOptional<z.ZodNumber>;
        co2e_kg: z.ZodOptional<z.ZodNumber>;
        corridor: z.ZodOptional<z.ZodString>;
        corridor_id: z.ZodOptional<z.ZodString>;
        corridor_short: z.ZodOptional<z.ZodString>;
        modes: z.ZodOptional<z.ZodArray<z.ZodString>>;
        reason: z.ZodOptional<z.ZodString>;
        code: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    elapsed_ms: z.ZodNumber;
}, z.core.$strip>;
export type MatrixResponse = z.infer<typeof MatrixResponse>;
/** A place as a label: its text, or "lon,lat". */
export declare function placeLabel(p: PlaceRef): string;
//# sourceMappingURL=matrix.d.ts.map