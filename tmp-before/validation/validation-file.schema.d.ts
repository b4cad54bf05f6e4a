/**
 * The validation file (networks/<id>/validation.yaml): published end-to-end figures the planner's
 * answers are measured against. Each case is a query, one measure of the answer, the published range
 * with its source, year and reference period, and a note on how the range was read from the source.
 * Strict: an unknown field is an error, so a misspelt key never silently drops a case.
 */
import { z } from 'zod';
/**
 * What is measured on the chosen route of the answer.
 * - cost_usd: cost.total_usd; cost_usd_per_kg: total / shipment kg; cost_usd_per_km: total / route km
 * - transit_days: scheduled (no delays) arrival less the handover; transit_days_p50: the same to the
 *   P50 arrival. Published transit times run from the departure the shipper booked, so the waits that
 *   the query's date decides are not counted: the wait for the first departure, the lead-time waits of
 *   on-demand pre-carriage and the wait for the first timetabled departure beyond its cut-off
 *   (docs/decisions.md V4, run-validation.ts handoverMs).
 * - distance_km: route distance; speed_kmh: route km / scheduled transit hours (waits at transfers
 *   and borders included)
 * - co2e_kg: route CO2e; co2e_g_per_tkm: CO2e / (cargo tonnes × route km)
 * - border_dwell_h: planned dwell summed over the border events of `border`
 */
export declare const Measure: z.ZodEnum<{
    cost_usd_per_kg: "cost_usd_per_kg";
    distance_km: "distance_km";
    cost_usd: "cost_usd";
    co2e_kg: "co2e_kg";
    transit_days: "transit_days";
    cost_usd_per_km: "cost_usd_per_km";
    transit_days_p50: "transit_days_p50";
    speed_kmh: "speed_kmh";
    co2e_g_per_tkm: "co2e_g_per_tkm";
    border_dwell_h: "border_dwell_h";
}>;
export type Measure = z.infer<typeof Measure>;
export declare const ValidationCase: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    group: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
        multimodal: "multimodal";
    }>;
    query: z.ZodObject<{
        from: z.ZodString;
        to: z.ZodString;
        shipment: z.ZodObject<{
            teu: z.ZodOptional<z.ZodNumber>;
            feu: z.ZodOptional<z.ZodNumber>;
            kg: z.ZodOptional<z.ZodNumber>;
            m3: z.ZodOptional<z.ZodNumber>;
            pieces: z.ZodOptional<z.ZodNumber>;
            cargo: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                reefer: "reefer";
                dangerous_goods: "dangerous_goods";
                lithium_batteries: "lithium_batteries";
                oversize: "oversize";
            }>>>;
            regime: z.ZodOptional<z.ZodEnum<{
                9610: "9610";
                9710: "9710";
                9810: "9810";
                1210: "1210";
                general: "general";
            }>>;
        }, z.core.$strict>;
        modes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>>;
        objective: z.ZodDefault<z.ZodEnum<{
            time: "time";
            cost: "cost";
            co2: "co2";
            generalized: "generalized";
        }>>;
        depart: z.ZodOptional<z.ZodISODate>;
    }, z.core.$strict>;
    measure: z.ZodEnum<{
        cost_usd_per_kg: "cost_usd_per_kg";
        distance_km: "distance_km";
        cost_usd: "cost_usd";
        co2e_kg: "co2e_kg";
        transit_days: "transit_days";
        cost_usd_per_km: "cost_usd_per_km";
        transit_days_p50: "transit_days_p50";
        speed_kmh: "speed_kmh";
        co2e_g_per_tkm: "co2e_g_per_tkm";
        border_dwell_h: "border_dwell_h";
    }>;
    border: z.ZodOptional<z.ZodString>;
    published: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
    unit: z.ZodString;
    source: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
    year: z.ZodNumber;
    period: z.ZodString;
    reading: z.ZodString;
}, z.core.$strict>;
export type ValidationCase = z.infer<typeof ValidationCase>;
export declare const ValidationFile: z.ZodObject<{
    depart: z.ZodISODate;
    cases: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        group: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
            multimodal: "multimodal";
        }>;
        query: z.ZodObject<{
            from: z.ZodString;
            to: z.ZodString;
            shipment: z.ZodObject<{
                teu: z.ZodOptional<z.ZodNumber>;
                feu: z.ZodOptional<z.ZodNumber>;
                kg: z.ZodOptional<z.ZodNumber>;
                m3: z.ZodOptional<z.ZodNumber>;
                pieces: z.ZodOptional<z.ZodNumber>;
                cargo: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    reefer: "reefer";
                    dangerous_goods: "dangerous_goods";
                    lithium_batteries: "lithium_batteries";
                    oversize: "oversize";
                }>>>;
                regime: z.ZodOptional<z.ZodEnum<{
                    9610: "9610";
                    9710: "9710";
                    9810: "9810";
                    1210: "1210";
                    general: "general";
                }>>;
            }, z.core.$strict>;
            modes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>>>;
            objective: z.ZodDefault<z.ZodEnum<{
                time: "time";
                cost: "cost";
                co2: "co2";
                generalized: "generalized";
            }>>;
            depart: z.ZodOptional<z.ZodISODate>;
        }, z.core.$strict>;
        measure: z.ZodEnum<{
            cost_usd_per_kg: "cost_usd_per_kg";
            distance_km: "distance_km";
            cost_usd: "cost_usd";
            co2e_kg: "co2e_kg";
            transit_days: "transit_days";
            cost_usd_per_km: "cost_usd_per_km";
            transit_days_p50: "transit_days_p50";
            speed_kmh: "speed_kmh";
            co2e_g_per_tkm: "co2e_g_per_tkm";
            border_dwell_h: "border_dwell_h";
        }>;
        border: z.ZodOptional<z.ZodString>;
        published: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
        unit: z.ZodString;
        source: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
        year: z.ZodNumber;
        period: z.ZodString;
        reading: z.ZodString;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ValidationFile = z.infer<typeof ValidationFile>;
/** The case's source ids, one or several. */
export declare const caseSources: (c: Pick<ValidationCase, "source">) => readonly string[];
//# sourceMappingURL=validation-file.schema.d.ts.map