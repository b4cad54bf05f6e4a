/**
 * The scenario file format (YAML), defined once: horizon, seed, demand, choice model, events and
 * policies. Events and policies are data; each flow, event and policy says where its numbers come
 * from (a source id of the network, or an assumption), as network files do.
 */
import { z } from 'zod';
import { CargoFlag, CustomsRegime } from '../model/index.ts';
export declare const DemandFlow: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    from: z.ZodString;
    to: z.ZodString;
    teu_per_week: z.ZodOptional<z.ZodNumber>;
    parcels_per_week: z.ZodOptional<z.ZodNumber>;
    shipment: z.ZodObject<{
        teu: z.ZodOptional<z.ZodNumber>;
        kg: z.ZodOptional<z.ZodNumber>;
        pieces: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    cargo: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        reefer: "reefer";
        dangerous_goods: "dangerous_goods";
        lithium_batteries: "lithium_batteries";
        oversize: "oversize";
    }>>>;
    regime: z.ZodDefault<z.ZodEnum<{
        9610: "9610";
        9710: "9710";
        9810: "9810";
        1210: "1210";
        general: "general";
    }>>;
    value_usd: z.ZodNumber;
    weekday: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    constraints: z.ZodOptional<z.ZodObject<{
        modes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>>;
        max_transfers: z.ZodOptional<z.ZodNumber>;
        avoid_countries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strip>>;
}, z.core.$strict>;
export type DemandFlow = z.infer<typeof DemandFlow>;
/**
 * How total demand per flow answers a change in its generalized cost: bookings × (GC / GC_ref)^value,
 * GC the flow's expected generalized cost per TEU (logit logsum) under the epoch's conditions and
 * GC_ref the same without the scenario's events and policies. 0 (or absent) keeps demand fixed.
 */
export declare const DemandElasticity: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    value: z.ZodNumber;
}, z.core.$strict>;
export type DemandElasticity = z.infer<typeof DemandElasticity>;
export declare const ChoiceModel: z.ZodDiscriminatedUnion<[z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    carbon_price_usd_per_t: z.ZodDefault<z.ZodNumber>;
    value_of_time_usd_per_h: z.ZodOptional<z.ZodNumber>;
    value_of_time_share_per_day: z.ZodOptional<z.ZodNumber>;
    model: z.ZodLiteral<"least_cost">;
}, z.core.$strict>, z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    carbon_price_usd_per_t: z.ZodDefault<z.ZodNumber>;
    scale_per_usd: z.ZodNumber;
    mode_constants_usd: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }> & z.core.$partial, z.ZodNumber>>;
    corridor_constants_usd: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    value_of_time_usd_per_h: z.ZodOptional<z.ZodNumber>;
    value_of_time_share_per_day: z.ZodOptional<z.ZodNumber>;
    model: z.ZodLiteral<"logit">;
}, z.core.$strict>], "model">;
export type ChoiceModel = z.infer<typeof ChoiceModel>;
export declare const ScenarioEvent: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"closure">;
    id: z.ZodOptional<z.ZodString>;
    reason: z.ZodOptional<z.ZodString>;
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    service: z.ZodOptional<z.ZodString>;
    service_kind: z.ZodOptional<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>;
    border: z.ZodOptional<z.ZodString>;
    terminal: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"capacity">;
    id: z.ZodOptional<z.ZodString>;
    factor: z.ZodNumber;
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    service: z.ZodOptional<z.ZodString>;
    service_kind: z.ZodOptional<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>;
    border: z.ZodOptional<z.ZodString>;
    terminal: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"frequency">;
    id: z.ZodOptional<z.ZodString>;
    factor: z.ZodNumber;
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    service: z.ZodOptional<z.ZodString>;
    service_kind: z.ZodOptional<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>;
    border: z.ZodOptional<z.ZodString>;
    terminal: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"rate">;
    id: z.ZodOptional<z.ZodString>;
    factor: z.ZodNumber;
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    service: z.ZodOptional<z.ZodString>;
    service_kind: z.ZodOptional<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>;
    border: z.ZodOptional<z.ZodString>;
    terminal: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"dwell">;
    id: z.ZodOptional<z.ZodString>;
    extra_h: z.ZodNumber;
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    service: z.ZodOptional<z.ZodString>;
    service_kind: z.ZodOptional<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>;
    border: z.ZodOptional<z.ZodString>;
    terminal: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"running_time">;
    id: z.ZodOptional<z.ZodString>;
    extra_h: z.ZodNumber;
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    service: z.ZodOptional<z.ZodString>;
    service_kind: z.ZodOptional<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>;
    border: z.ZodOptional<z.ZodString>;
    terminal: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strict>], "type">;
export type ScenarioEvent = z.infer<typeof ScenarioEvent>;
export declare const SubsidyPolicy: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodString>;
    days: z.ZodOptional<z.ZodNumber>;
    type: z.ZodLiteral<"subsidy">;
    id: z.ZodString;
    service_kinds: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        china_europe_train: "china_europe_train";
        rail_sea_train: "rail_sea_train";
        domestic_rail: "domestic_rail";
        transit_rail: "transit_rail";
        tir_truck: "tir_truck";
        road_truck: "road_truck";
        express_road: "express_road";
        deep_sea: "deep_sea";
        short_sea: "short_sea";
        air_freighter: "air_freighter";
        air_belly: "air_belly";
    }>>>;
    service_ids: z.ZodOptional<z.ZodArray<z.ZodString>>;
    from_terminals: z.ZodOptional<z.ZodArray<z.ZodString>>;
    per: z.ZodEnum<{
        teu: "teu";
        kg: "kg";
        trip: "trip";
        piece: "piece";
    }>;
    amount_usd: z.ZodNumber;
    budget_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type SubsidyPolicy = z.infer<typeof SubsidyPolicy>;
export declare const ScenarioFile: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    name: z.ZodOptional<z.ZodString>;
    name_zh: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
    description_zh: z.ZodOptional<z.ZodString>;
    extends: z.ZodOptional<z.ZodString>;
    network: z.ZodOptional<z.ZodString>;
    horizon: z.ZodOptional<z.ZodObject<{
        start: z.ZodString;
        days: z.ZodNumber;
        warmup_days: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    seed: z.ZodOptional<z.ZodNumber>;
    replications: z.ZodOptional<z.ZodNumber>;
    demand: z.ZodOptional<z.ZodObject<{
        scale: z.ZodDefault<z.ZodNumber>;
        elasticity: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strict>>;
        flows: z.ZodDefault<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            id: z.ZodString;
            from: z.ZodString;
            to: z.ZodString;
            teu_per_week: z.ZodOptional<z.ZodNumber>;
            parcels_per_week: z.ZodOptional<z.ZodNumber>;
            shipment: z.ZodObject<{
                teu: z.ZodOptional<z.ZodNumber>;
                kg: z.ZodOptional<z.ZodNumber>;
                pieces: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>;
            cargo: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                reefer: "reefer";
                dangerous_goods: "dangerous_goods";
                lithium_batteries: "lithium_batteries";
                oversize: "oversize";
            }>>>;
            regime: z.ZodDefault<z.ZodEnum<{
                9610: "9610";
                9710: "9710";
                9810: "9810";
                1210: "1210";
                general: "general";
            }>>;
            value_usd: z.ZodNumber;
            weekday: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
            constraints: z.ZodOptional<z.ZodObject<{
                modes: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    rail: "rail";
                    road: "road";
                    sea: "sea";
                    air: "air";
                }>>>;
                max_transfers: z.ZodOptional<z.ZodNumber>;
                avoid_countries: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$strip>>;
        }, z.core.$strict>>>;
        shipments_csv: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    choice: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        carbon_price_usd_per_t: z.ZodDefault<z.ZodNumber>;
        value_of_time_usd_per_h: z.ZodOptional<z.ZodNumber>;
        value_of_time_share_per_day: z.ZodOptional<z.ZodNumber>;
        model: z.ZodLiteral<"least_cost">;
    }, z.core.$strict>, z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        carbon_price_usd_per_t: z.ZodDefault<z.ZodNumber>;
        scale_per_usd: z.ZodNumber;
        mode_constants_usd: z.ZodOptional<z.ZodRecord<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }> & z.core.$partial, z.ZodNumber>>;
        corridor_constants_usd: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
        value_of_time_usd_per_h: z.ZodOptional<z.ZodNumber>;
        value_of_time_share_per_day: z.ZodOptional<z.ZodNumber>;
        model: z.ZodLiteral<"logit">;
    }, z.core.$strict>], "model">>;
    alternatives: z.ZodOptional<z.ZodNumber>;
    overflow_replan_h: z.ZodOptional<z.ZodNumber>;
    max_live_replans: z.ZodOptional<z.ZodNumber>;
    events: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"closure">;
        id: z.ZodOptional<z.ZodString>;
        reason: z.ZodOptional<z.ZodString>;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        service: z.ZodOptional<z.ZodString>;
        service_kind: z.ZodOptional<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>;
        border: z.ZodOptional<z.ZodString>;
        terminal: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"capacity">;
        id: z.ZodOptional<z.ZodString>;
        factor: z.ZodNumber;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        service: z.ZodOptional<z.ZodString>;
        service_kind: z.ZodOptional<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>;
        border: z.ZodOptional<z.ZodString>;
        terminal: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"frequency">;
        id: z.ZodOptional<z.ZodString>;
        factor: z.ZodNumber;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        service: z.ZodOptional<z.ZodString>;
        service_kind: z.ZodOptional<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>;
        border: z.ZodOptional<z.ZodString>;
        terminal: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"rate">;
        id: z.ZodOptional<z.ZodString>;
        factor: z.ZodNumber;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        service: z.ZodOptional<z.ZodString>;
        service_kind: z.ZodOptional<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>;
        border: z.ZodOptional<z.ZodString>;
        terminal: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"dwell">;
        id: z.ZodOptional<z.ZodString>;
        extra_h: z.ZodNumber;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        service: z.ZodOptional<z.ZodString>;
        service_kind: z.ZodOptional<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>;
        border: z.ZodOptional<z.ZodString>;
        terminal: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"running_time">;
        id: z.ZodOptional<z.ZodString>;
        extra_h: z.ZodNumber;
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        service: z.ZodOptional<z.ZodString>;
        service_kind: z.ZodOptional<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>;
        border: z.ZodOptional<z.ZodString>;
        terminal: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>], "type">>>;
    policies: z.ZodOptional<z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodString>;
        days: z.ZodOptional<z.ZodNumber>;
        type: z.ZodLiteral<"subsidy">;
        id: z.ZodString;
        service_kinds: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            china_europe_train: "china_europe_train";
            rail_sea_train: "rail_sea_train";
            domestic_rail: "domestic_rail";
            transit_rail: "transit_rail";
            tir_truck: "tir_truck";
            road_truck: "road_truck";
            express_road: "express_road";
            deep_sea: "deep_sea";
            short_sea: "short_sea";
            air_freighter: "air_freighter";
            air_belly: "air_belly";
        }>>>;
        service_ids: z.ZodOptional<z.ZodArray<z.ZodString>>;
        from_terminals: z.ZodOptional<z.ZodArray<z.ZodString>>;
        per: z.ZodEnum<{
            teu: "teu";
            kg: "kg";
            trip: "trip";
            piece: "piece";
        }>;
        amount_usd: z.ZodNumber;
        budget_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
    remove: z.ZodOptional<z.ZodObject<{
        flows: z.ZodOptional<z.ZodArray<z.ZodString>>;
        events: z.ZodOptional<z.ZodArray<z.ZodString>>;
        policies: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ScenarioFile = z.infer<typeof ScenarioFile>;
/** A scenario as written (defaults optional): what `buildScenario` takes in a script. */
export type ScenarioInput = z.input<typeof ScenarioFile>;
/** A scenario after `extends` is merged and defaults applied: what the engine runs. */
export interface Scenario {
    id: string;
    name: string;
    description: string;
    /** the Chinese name and description, when the file gives them (not inherited: they go with its own name) */
    name_zh?: string;
    description_zh?: string;
    /** id of the scenario it extends (its baseline), if any */
    baseline?: string;
    network: string;
    horizon: {
        start: string;
        days: number;
        warmup_days?: number | undefined;
    };
    seed: number;
    replications: number;
    demand: {
        scale: number;
        flows: DemandFlow[];
        shipments: CsvShipment[];
        elasticity?: DemandElasticity;
        /**
         * bookings factor per flow id from a day on (resolveElasticDemand: elasticity × change in
         * generalized cost); absent, every flow books as written
         */
        factors?: Record<string, {
            from_day: number;
            factor: number;
        }[]>;
    };
    choice: ChoiceModel;
    alternatives: number;
    overflow_replan_h: number;
    max_live_replans: number;
    events: ScenarioEvent[];
    policies: SubsidyPolicy[];
}
/** One shipment from a CSV demand file. */
export interface CsvShipment {
    day: number;
    from: string;
    to: string;
    teu?: number;
    kg?: number;
    pieces?: number;
    regime: z.infer<typeof CustomsRegime>;
    value_usd: number;
    cargo: z.infer<typeof CargoFlag>[];
}
//# sourceMappingURL=scenario.schema.d.ts.map