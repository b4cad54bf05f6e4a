/**
 * A planned route and the planner's answer. Times are ISO 8601 strings in UTC; durations in hours;
 * money in USD; emissions in kg CO2e. The same shapes go out over the API, the CLI --json and to the web.
 */
import { z } from 'zod';
export declare const TerminalRef: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    country: z.ZodString;
    lon: z.ZodNumber;
    lat: z.ZodNumber;
}, z.core.$strip>;
export type TerminalRef = z.infer<typeof TerminalRef>;
/**
 * One emission factor on one ride (GLEC Framework / ISO 14083: each leg's CO2e names the intensity
 * used, its basis and its source). Consecutive legs of the service under the same factor are merged.
 */
export declare const EmissionFactorUse: z.ZodObject<{
    factor_id: z.ZodString;
    description: z.ZodString;
    basis: z.ZodEnum<{
        WTW: "WTW";
        TTW: "TTW";
    }>;
    co2e_kg_per_tkm: z.ZodNumber;
    distance_km: z.ZodNumber;
    sources: z.ZodArray<z.ZodString>;
    assumption: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type EmissionFactorUse = z.infer<typeof EmissionFactorUse>;
/** One timetabled departure a part of a split shipment takes. */
export declare const CapacityDeparture: z.ZodObject<{
    service_id: z.ZodString;
    depart: z.ZodString;
    capacity: z.ZodNumber;
}, z.core.$strip>;
export type CapacityDeparture = z.infer<typeof CapacityDeparture>;
/** One part of a shipment split over departures: what it holds, when it leaves and arrives, its cost. */
export declare const CapacityPart: z.ZodObject<{
    feu: z.ZodOptional<z.ZodNumber>;
    teu: z.ZodOptional<z.ZodNumber>;
    kg: z.ZodOptional<z.ZodNumber>;
    load: z.ZodNumber;
    depart: z.ZodString;
    arrive: z.ZodString;
    departures: z.ZodArray<z.ZodObject<{
        service_id: z.ZodString;
        depart: z.ZodString;
        capacity: z.ZodNumber;
    }, z.core.$strip>>;
    cost_usd: z.ZodNumber;
}, z.core.$strip>;
export type CapacityPart = z.infer<typeof CapacityPart>;
/**
 * A shipment larger than a departure of the route can take, split over successive departures
 * (docs/decisions.md CP1). The route's arrival, P50 and P90 are the last part's.
 */
export declare const CapacitySplit: z.ZodObject<{
    unit: z.ZodEnum<{
        teu: "teu";
        kg: "kg";
    }>;
    shipment_load: z.ZodNumber;
    per_departure: z.ZodNumber;
    bottleneck_service_id: z.ZodString;
    parts: z.ZodArray<z.ZodObject<{
        feu: z.ZodOptional<z.ZodNumber>;
        teu: z.ZodOptional<z.ZodNumber>;
        kg: z.ZodOptional<z.ZodNumber>;
        load: z.ZodNumber;
        depart: z.ZodString;
        arrive: z.ZodString;
        departures: z.ZodArray<z.ZodObject<{
            service_id: z.ZodString;
            depart: z.ZodString;
            capacity: z.ZodNumber;
        }, z.core.$strip>>;
        cost_usd: z.ZodNumber;
    }, z.core.$strip>>;
    carried_load: z.ZodNumber;
    short_load: z.ZodNumber;
    limit: z.ZodEnum<{
        deadline: "deadline";
        horizon: "horizon";
    }>;
    limit_at: z.ZodString;
    complete: z.ZodBoolean;
}, z.core.$strip>;
export type CapacitySplit = z.infer<typeof CapacitySplit>;
/**
 * A permit or approval a ride's special cargo needs (network.yaml `special_cargo_lead_times`,
 * docs/decisions.md C14), as the ride's lead time took it.
 */
export declare const LegPermit: z.ZodObject<{
    cargo: z.ZodEnum<{
        reefer: "reefer";
        dangerous_goods: "dangerous_goods";
        lithium_batteries: "lithium_batteries";
        oversize: "oversize";
    }>;
    name: z.ZodString;
    name_zh: z.ZodString;
    country: z.ZodOptional<z.ZodString>;
    hours: z.ZodNumber;
    binding: z.ZodBoolean;
    sources: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type LegPermit = z.infer<typeof LegPermit>;
/**
 * What a ride's special cargo waits for before the ride may take it (docs/decisions.md C14): worked
 * out once, when the route is built; the notices and the simulator read it from here.
 */
export declare const LegLeadTime: z.ZodObject<{
    hours: z.ZodNumber;
    held_h: z.ZodNumber;
    permits: z.ZodArray<z.ZodObject<{
        cargo: z.ZodEnum<{
            reefer: "reefer";
            dangerous_goods: "dangerous_goods";
            lithium_batteries: "lithium_batteries";
            oversize: "oversize";
        }>;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodOptional<z.ZodString>;
        hours: z.ZodNumber;
        binding: z.ZodBoolean;
        sources: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type LegLeadTime = z.infer<typeof LegLeadTime>;
/** A ride on one service between two of its stops. */
export declare const RouteLeg: z.ZodObject<{
    service_id: z.ZodString;
    service_name: z.ZodString;
    service_name_zh: z.ZodOptional<z.ZodString>;
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    kind: z.ZodEnum<{
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
    }>;
    from: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    to: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    via: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>>;
    wait_h: z.ZodNumber;
    depart: z.ZodString;
    arrive: z.ZodString;
    duration_h: z.ZodNumber;
    distance_km: z.ZodNumber;
    cost_usd: z.ZodNumber;
    line_haul_usd: z.ZodNumber;
    subsidy_usd: z.ZodOptional<z.ZodNumber>;
    special_cargo_usd: z.ZodOptional<z.ZodNumber>;
    parcel_delivery_usd: z.ZodOptional<z.ZodNumber>;
    co2e_kg: z.ZodNumber;
    co2e_factors: z.ZodOptional<z.ZodArray<z.ZodObject<{
        factor_id: z.ZodString;
        description: z.ZodString;
        basis: z.ZodEnum<{
            WTW: "WTW";
            TTW: "TTW";
        }>;
        co2e_kg_per_tkm: z.ZodNumber;
        distance_km: z.ZodNumber;
        sources: z.ZodArray<z.ZodString>;
        assumption: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    path: z.ZodArray<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
    cutoff_h: z.ZodOptional<z.ZodNumber>;
    booking: z.ZodOptional<z.ZodEnum<{
        on_demand: "on_demand";
        scheduled: "scheduled";
    }>>;
    crew: z.ZodOptional<z.ZodEnum<{
        single: "single";
        double: "double";
    }>>;
    lead_time: z.ZodOptional<z.ZodObject<{
        hours: z.ZodNumber;
        held_h: z.ZodNumber;
        permits: z.ZodArray<z.ZodObject<{
            cargo: z.ZodEnum<{
                reefer: "reefer";
                dangerous_goods: "dangerous_goods";
                lithium_batteries: "lithium_batteries";
                oversize: "oversize";
            }>;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodOptional<z.ZodString>;
            hours: z.ZodNumber;
            binding: z.ZodBoolean;
            sources: z.ZodArray<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type RouteLeg = z.infer<typeof RouteLeg>;
export declare const TransferEvent: z.ZodObject<{
    at: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    from_mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    to_mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    start: z.ZodString;
    end: z.ZodString;
    time_h: z.ZodNumber;
    cost_usd: z.ZodNumber;
    co2e_kg: z.ZodNumber;
}, z.core.$strip>;
export declare const BorderEvent: z.ZodObject<{
    border_id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    from: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    to: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    start: z.ZodString;
    end: z.ZodString;
    dwell_h: z.ZodNumber;
    dwell_p90_h: z.ZodNumber;
    cost_usd: z.ZodNumber;
    gauge_change: z.ZodOptional<z.ZodObject<{
        from_mm: z.ZodNumber;
        to_mm: z.ZodNumber;
        method: z.ZodEnum<{
            container_transfer: "container_transfer";
            bogie_exchange: "bogie_exchange";
            variable_gauge: "variable_gauge";
        }>;
        time_h: z.ZodNumber;
        cost_usd: z.ZodNumber;
        co2e_kg: z.ZodNumber;
    }, z.core.$strip>>;
    service_id: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const CustomsEvent: z.ZodObject<{
    regime: z.ZodEnum<{
        9610: "9610";
        9710: "9710";
        9810: "9810";
        1210: "1210";
        general: "general";
    }>;
    direction: z.ZodEnum<{
        export: "export";
        import: "import";
        transit: "transit";
    }>;
    procedure: z.ZodOptional<z.ZodEnum<{
        TIR: "TIR";
        "CIM/SMGS": "CIM/SMGS";
        T1: "T1";
    }>>;
    at: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    closes_at: z.ZodOptional<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>>;
    declarations: z.ZodOptional<z.ZodNumber>;
    start: z.ZodString;
    end: z.ZodString;
    time_h: z.ZodNumber;
    cost_usd: z.ZodNumber;
    territory: z.ZodOptional<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
/** One bar of the route's timeline (Gantt): what the cargo is doing from start to end. */
export declare const TimelineStep: z.ZodObject<{
    type: z.ZodEnum<{
        border: "border";
        customs: "customs";
        wait: "wait";
        ride: "ride";
        transfer: "transfer";
    }>;
    label: z.ZodString;
    label_zh: z.ZodString;
    start: z.ZodString;
    end: z.ZodString;
    terminal_id: z.ZodOptional<z.ZodString>;
    service_id: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const CostBreakdown: z.ZodObject<{
    total_usd: z.ZodNumber;
    line_haul_usd: z.ZodNumber;
    handling_usd: z.ZodNumber;
    border_usd: z.ZodNumber;
    gauge_change_usd: z.ZodDefault<z.ZodNumber>;
    customs_usd: z.ZodNumber;
    import_customs_usd: z.ZodDefault<z.ZodNumber>;
    transit_customs_usd: z.ZodDefault<z.ZodNumber>;
    special_cargo_usd: z.ZodDefault<z.ZodNumber>;
    parcel_delivery_usd: z.ZodDefault<z.ZodNumber>;
    subsidy_usd: z.ZodNumber;
}, z.core.$strip>;
/** A breakdown's components, without the total they add up to. */
export type CostComponents = Omit<z.infer<typeof CostBreakdown>, 'total_usd'>;
/**
 * The components' fields, read off the schema: a component added to CostBreakdown is summed, rounded
 * and checked without another list to extend.
 */
export declare const COST_COMPONENT_KEYS: ("line_haul_usd" | "subsidy_usd" | "special_cargo_usd" | "parcel_delivery_usd" | "handling_usd" | "border_usd" | "gauge_change_usd" | "customs_usd" | "import_customs_usd" | "transit_customs_usd")[];
/** The total of a cost breakdown: the sum of its components. */
export declare function sumCostComponents(c: CostComponents): number;
/** The corridor of a route: the ordered gateways (border crossings, seaport and airport exits). */
export declare const Corridor: z.ZodObject<{
    id: z.ZodString;
    label: z.ZodString;
    label_zh: z.ZodString;
    gateways: z.ZodArray<z.ZodString>;
    group: z.ZodOptional<z.ZodString>;
    short: z.ZodOptional<z.ZodString>;
    short_zh: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type Corridor = z.infer<typeof Corridor>;
export declare const Route: z.ZodObject<{
    id: z.ZodString;
    summary: z.ZodString;
    corridor: z.ZodObject<{
        id: z.ZodString;
        label: z.ZodString;
        label_zh: z.ZodString;
        gateways: z.ZodArray<z.ZodString>;
        group: z.ZodOptional<z.ZodString>;
        short: z.ZodOptional<z.ZodString>;
        short_zh: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    from: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    to: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    depart: z.ZodString;
    arrive: z.ZodString;
    arrive_p50: z.ZodString;
    arrive_p90: z.ZodString;
    duration_h: z.ZodNumber;
    duration_p50_h: z.ZodNumber;
    duration_p90_h: z.ZodNumber;
    transit_h: z.ZodNumber;
    distance_km: z.ZodNumber;
    cost: z.ZodObject<{
        total_usd: z.ZodNumber;
        line_haul_usd: z.ZodNumber;
        handling_usd: z.ZodNumber;
        border_usd: z.ZodNumber;
        gauge_change_usd: z.ZodDefault<z.ZodNumber>;
        customs_usd: z.ZodNumber;
        import_customs_usd: z.ZodDefault<z.ZodNumber>;
        transit_customs_usd: z.ZodDefault<z.ZodNumber>;
        special_cargo_usd: z.ZodDefault<z.ZodNumber>;
        parcel_delivery_usd: z.ZodDefault<z.ZodNumber>;
        subsidy_usd: z.ZodNumber;
    }, z.core.$strip>;
    co2e_kg: z.ZodNumber;
    generalized_cost_usd: z.ZodNumber;
    transfers: z.ZodNumber;
    modes: z.ZodArray<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>>;
    legs: z.ZodArray<z.ZodObject<{
        service_id: z.ZodString;
        service_name: z.ZodString;
        service_name_zh: z.ZodOptional<z.ZodString>;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        kind: z.ZodEnum<{
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
        }>;
        from: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        to: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        via: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>>;
        wait_h: z.ZodNumber;
        depart: z.ZodString;
        arrive: z.ZodString;
        duration_h: z.ZodNumber;
        distance_km: z.ZodNumber;
        cost_usd: z.ZodNumber;
        line_haul_usd: z.ZodNumber;
        subsidy_usd: z.ZodOptional<z.ZodNumber>;
        special_cargo_usd: z.ZodOptional<z.ZodNumber>;
        parcel_delivery_usd: z.ZodOptional<z.ZodNumber>;
        co2e_kg: z.ZodNumber;
        co2e_factors: z.ZodOptional<z.ZodArray<z.ZodObject<{
            factor_id: z.ZodString;
            description: z.ZodString;
            basis: z.ZodEnum<{
                WTW: "WTW";
                TTW: "TTW";
            }>;
            co2e_kg_per_tkm: z.ZodNumber;
            distance_km: z.ZodNumber;
            sources: z.ZodArray<z.ZodString>;
            assumption: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>>;
        path: z.ZodArray<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
        cutoff_h: z.ZodOptional<z.ZodNumber>;
        booking: z.ZodOptional<z.ZodEnum<{
            on_demand: "on_demand";
            scheduled: "scheduled";
        }>>;
        crew: z.ZodOptional<z.ZodEnum<{
            single: "single";
            double: "double";
        }>>;
        lead_time: z.ZodOptional<z.ZodObject<{
            hours: z.ZodNumber;
            held_h: z.ZodNumber;
            permits: z.ZodArray<z.ZodObject<{
                cargo: z.ZodEnum<{
                    reefer: "reefer";
                    dangerous_goods: "dangerous_goods";
                    lithium_batteries: "lithium_batteries";
                    oversize: "oversize";
                }>;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodOptional<z.ZodString>;
                hours: z.ZodNumber;
                binding: z.ZodBoolean;
                sources: z.ZodArray<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    transfer_events: z.ZodArray<z.ZodObject<{
        at: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        from_mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        to_mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        start: z.ZodString;
        end: z.ZodString;
        time_h: z.ZodNumber;
        cost_usd: z.ZodNumber;
        co2e_kg: z.ZodNumber;
    }, z.core.$strip>>;
    border_events: z.ZodArray<z.ZodObject<{
        border_id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        from: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        to: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        start: z.ZodString;
        end: z.ZodString;
        dwell_h: z.ZodNumber;
        dwell_p90_h: z.ZodNumber;
        cost_usd: z.ZodNumber;
        gauge_change: z.ZodOptional<z.ZodObject<{
            from_mm: z.ZodNumber;
            to_mm: z.ZodNumber;
            method: z.ZodEnum<{
                container_transfer: "container_transfer";
                bogie_exchange: "bogie_exchange";
                variable_gauge: "variable_gauge";
            }>;
            time_h: z.ZodNumber;
            cost_usd: z.ZodNumber;
            co2e_kg: z.ZodNumber;
        }, z.core.$strip>>;
        service_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    customs_events: z.ZodArray<z.ZodObject<{
        regime: z.ZodEnum<{
            9610: "9610";
            9710: "9710";
            9810: "9810";
            1210: "1210";
            general: "general";
        }>;
        direction: z.ZodEnum<{
            export: "export";
            import: "import";
            transit: "transit";
        }>;
        procedure: z.ZodOptional<z.ZodEnum<{
            TIR: "TIR";
            "CIM/SMGS": "CIM/SMGS";
            T1: "T1";
        }>>;
        at: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        closes_at: z.ZodOptional<z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>>;
        declarations: z.ZodOptional<z.ZodNumber>;
        start: z.ZodString;
        end: z.ZodString;
        time_h: z.ZodNumber;
        cost_usd: z.ZodNumber;
        territory: z.ZodOptional<z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    timeline: z.ZodArray<z.ZodObject<{
        type: z.ZodEnum<{
            border: "border";
            customs: "customs";
            wait: "wait";
            ride: "ride";
            transfer: "transfer";
        }>;
        label: z.ZodString;
        label_zh: z.ZodString;
        start: z.ZodString;
        end: z.ZodString;
        terminal_id: z.ZodOptional<z.ZodString>;
        service_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    pareto_optimal: z.ZodBoolean;
    missed_departure_risk: z.ZodOptional<z.ZodNumber>;
    capacity: z.ZodOptional<z.ZodObject<{
        unit: z.ZodEnum<{
            teu: "teu";
            kg: "kg";
        }>;
        shipment_load: z.ZodNumber;
        per_departure: z.ZodNumber;
        bottleneck_service_id: z.ZodString;
        parts: z.ZodArray<z.ZodObject<{
            feu: z.ZodOptional<z.ZodNumber>;
            teu: z.ZodOptional<z.ZodNumber>;
            kg: z.ZodOptional<z.ZodNumber>;
            load: z.ZodNumber;
            depart: z.ZodString;
            arrive: z.ZodString;
            departures: z.ZodArray<z.ZodObject<{
                service_id: z.ZodString;
                depart: z.ZodString;
                capacity: z.ZodNumber;
            }, z.core.$strip>>;
            cost_usd: z.ZodNumber;
        }, z.core.$strip>>;
        carried_load: z.ZodNumber;
        short_load: z.ZodNumber;
        limit: z.ZodEnum<{
            deadline: "deadline";
            horizon: "horizon";
        }>;
        limit_at: z.ZodString;
        complete: z.ZodBoolean;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Route = z.infer<typeof Route>;
export declare const PlanStatus: z.ZodEnum<{
    ok: "ok";
    no_route: "no_route";
}>;
/**
 * Machine-readable forms of the planner's texts, so a client can word them in its own language.
 * Each code names one kind of message; its value lists the params the English text interpolates.
 * Codes are stable: a client shows the English `text` for a code it does not know.
 */
export declare const NO_ROUTE_CODES: {
    /** lifting constraints.avoid_countries gives a route */
    readonly AVOID_COUNTRIES: readonly ["countries"];
    readonly AVOID_TERMINALS: readonly ["terminals"];
    readonly AVOID_BORDERS: readonly ["borders"];
    /** no route uses only the allowed modes */
    readonly MODES: readonly ["modes"];
    readonly MAX_TRANSFERS: readonly ["max_transfers"];
    readonly BUDGET: readonly ["budget_usd"];
    readonly DEADLINE: readonly ["deadline"];
    /** routes exist, but every one arrives after the deadline at P50 */
    readonly DEADLINE_P50: readonly ["deadline", "earliest_p50"];
    /** a route's first departure is in time, but its departures cannot carry the whole shipment by the deadline */
    readonly CAPACITY_DEADLINE: readonly ["deadline", "shipment", "carried", "service", "shipment_amount", "carried_amount"];
    readonly CARGO: readonly ["cargo"];
    readonly REGIME: readonly ["regime"];
    /** the regime needs an overseas warehouse or a bonded zone at the destination, and none is there */
    readonly REGIME_DESTINATION: readonly ["regime", "need", "terminals"];
    readonly CONDITIONS: readonly [];
    /** only routes a legality rule forbids (cabotage, sanctions) would reach the destination */
    readonly LEGALITY: readonly ["rules", "rule_names", "rule_names_zh", "forbidden"];
    /** no single constraint explains it: the network has no connection for this shipment */
    readonly NO_CONNECTION: readonly ["from", "to", "blocked"];
};
export type NoRouteCode = keyof typeof NO_ROUTE_CODES;
export declare const NoRouteCode: z.ZodEnum<{
    AVOID_COUNTRIES: "AVOID_COUNTRIES";
    AVOID_TERMINALS: "AVOID_TERMINALS";
    AVOID_BORDERS: "AVOID_BORDERS";
    MODES: "MODES";
    MAX_TRANSFERS: "MAX_TRANSFERS";
    BUDGET: "BUDGET";
    DEADLINE: "DEADLINE";
    DEADLINE_P50: "DEADLINE_P50";
    CAPACITY_DEADLINE: "CAPACITY_DEADLINE";
    CARGO: "CARGO";
    REGIME: "REGIME";
    REGIME_DESTINATION: "REGIME_DESTINATION";
    CONDITIONS: "CONDITIONS";
    LEGALITY: "LEGALITY";
    NO_CONNECTION: "NO_CONNECTION";
}>;
export declare const NOTICE_CODES: {
    /** a CBEC regime on a route that never crosses China's customs border */
    readonly REGIME_DOMESTIC: readonly ["regime"];
    readonly NO_GENERAL_CUSTOMS_RULE: readonly [];
    /** the generalized cost priced time from the network's default cargo value */
    readonly DEFAULT_CARGO_VALUE: readonly ["teu_eq", "usd_per_teu", "cargo_value_usd", "value_of_time_usd_per_h"];
    readonly NO_VALUE_OF_TIME: readonly [];
    readonly PARETO_LABEL_CAP: readonly [];
    readonly PARETO_FOLDED: readonly ["folded"];
    readonly PARETO_CAPPED: readonly ["total", "shown"];
    readonly CORRIDOR_LABEL_CAP: readonly [];
    /** every route found back-tracks (decisions R17, R30); the reason is the first route's */
    readonly BACKTRACKING_ROUTE: readonly ["reason"];
    readonly LATE_ROUTES_LEFT_OUT: readonly ["count"];
    /**
     * the first route pays a special-cargo surcharge on its rides of a mode (decisions C3); `rates` in
     * English words, `rate_terms` the same rates as numbers (RateTerm) for a client's own wording
     */
    readonly SPECIAL_CARGO_SURCHARGE: readonly ["flag", "mode", "rides", "usd", "rates", "rate_terms", "sources"];
    /** a ride of the first route needs a permit or approval for the shipment's special cargo, asked for at the booking (decisions C14) */
    readonly SPECIAL_CARGO_LEAD_TIME: readonly ["flag", "mode", "permit", "permit_zh", "country", "hours", "service", "held_h", "sources"];
    /** a ride of the first route is priced on a parcel product's tariff, per piece and weight (decisions C4) */
    readonly PARCEL_TARIFF: readonly ["service", "product", "product_zh", "basis", "first_kg", "step_kg", "divisor", "pieces", "chargeable_kg", "usd", "sources"];
    /** the first route ends on a service that is not a parcel product: it pays the destination's last-mile delivery per piece (decisions C6) */
    readonly PARCEL_DELIVERY: readonly ["service", "terminal", "country", "carrier", "carrier_zh", "pieces", "kg_per_piece", "up_to_kg", "usd_per_piece", "usd", "sources"];
    /** the first route ends on a service that is not a parcel product, in a country whose parcel delivery the network does not price */
    readonly PARCEL_DELIVERY_NO_RATE: readonly ["service", "terminal", "country", "pieces"];
    /** the first route ends on a service that is not a parcel product, and its pieces are heavier than the country's parcel carrier delivers */
    readonly PARCEL_PIECE_OVER_DELIVERY_LIMIT: readonly ["service", "terminal", "country", "carrier", "carrier_zh", "pieces", "kg_per_piece", "heaviest_kg"];
    /** the shipment is larger than a departure takes: the first route splits it over departures */
    readonly CAPACITY_SPLIT: readonly ["shipment", "service", "per_departure", "departures", "last_arrival", "shipment_amount", "per_departure_amount"];
    /** within the deadline or horizon the first route's departures carry only part of the shipment */
    readonly CAPACITY_SHORT: readonly ["shipment", "carried", "short", "service", "limit", "limit_at", "shipment_amount", "carried_amount", "short_amount"];
    /** a legality rule removed an option that would have ranked first */
    readonly LEGALITY_REMOVED_OPTION: readonly ["rule", "rule_name", "rule_name_zh", "service", "text"];
    /** the shipment's cargo (flags, DG class, battery UN number) removed an option that would have ranked first */
    readonly CARGO_RESTRICTED_OPTION: readonly ["service", "service_name", "service_name_zh", "cargo", "reason"];
    /** the query waived legality rules for a what-if */
    readonly LEGALITY_WAIVED: readonly ["rules", "rule_names", "rule_names_zh"];
    /** the API returned only the first routes of a longer answer */
    readonly ROUTES_TRUNCATED: readonly ["total", "shown"];
    /** a city name stood for several terminals: each route starts (or ends) at the one that suits it */
    readonly PLACE_CITY_TERMINALS: readonly ["field", "place", "terminals", "chosen"];
    /** cost objective: route `route` (1-based) costs a little more than the cheapest and arrives much sooner */
    readonly FASTER_FOR_LITTLE_MORE: readonly ["route", "usd_more", "days_sooner"];
};
export type NoticeCode = keyof typeof NOTICE_CODES;
export declare const NoticeCode: z.ZodEnum<{
    REGIME_DOMESTIC: "REGIME_DOMESTIC";
    NO_GENERAL_CUSTOMS_RULE: "NO_GENERAL_CUSTOMS_RULE";
    DEFAULT_CARGO_VALUE: "DEFAULT_CARGO_VALUE";
    NO_VALUE_OF_TIME: "NO_VALUE_OF_TIME";
    PARETO_LABEL_CAP: "PARETO_LABEL_CAP";
    PARETO_FOLDED: "PARETO_FOLDED";
    PARETO_CAPPED: "PARETO_CAPPED";
    CORRIDOR_LABEL_CAP: "CORRIDOR_LABEL_CAP";
    BACKTRACKING_ROUTE: "BACKTRACKING_ROUTE";
    LATE_ROUTES_LEFT_OUT: "LATE_ROUTES_LEFT_OUT";
    SPECIAL_CARGO_SURCHARGE: "SPECIAL_CARGO_SURCHARGE";
    SPECIAL_CARGO_LEAD_TIME: "SPECIAL_CARGO_LEAD_TIME";
    PARCEL_TARIFF: "PARCEL_TARIFF";
    PARCEL_DELIVERY: "PARCEL_DELIVERY";
    PARCEL_DELIVERY_NO_RATE: "PARCEL_DELIVERY_NO_RATE";
    PARCEL_PIECE_OVER_DELIVERY_LIMIT: "PARCEL_PIECE_OVER_DELIVERY_LIMIT";
    CAPACITY_SPLIT: "CAPACITY_SPLIT";
    CAPACITY_SHORT: "CAPACITY_SHORT";
    LEGALITY_REMOVED_OPTION: "LEGALITY_REMOVED_OPTION";
    CARGO_RESTRICTED_OPTION: "CARGO_RESTRICTED_OPTION";
    LEGALITY_WAIVED: "LEGALITY_WAIVED";
    ROUTES_TRUNCATED: "ROUTES_TRUNCATED";
    PLACE_CITY_TERMINALS: "PLACE_CITY_TERMINALS";
    FASTER_FOR_LITTLE_MORE: "FASTER_FOR_LITTLE_MORE";
}>;
/**
 * One rate a special-cargo surcharge was priced at (decisions C3, C5, API21): USD per unit, at least
 * `min_usd` a ride when filed, or a share of the ride's line haul (1: the freight again).
 */
export declare const RateTerm: z.ZodUnion<readonly [z.ZodObject<{
    usd: z.ZodNumber;
    unit: z.ZodEnum<{
        teu: "teu";
        feu: "feu";
        truck: "truck";
        kg: "kg";
        chargeable_kg: "chargeable_kg";
        shipment: "shipment";
    }>;
    min_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>, z.ZodObject<{
    share: z.ZodNumber;
}, z.core.$strip>]>;
export type RateTerm = z.infer<typeof RateTerm>;
/**
 * An amount of cargo as numbers (the capacity texts' `*_amount` params, decisions API21): FEU and TEU
 * for containers, kg for loose cargo; the English params beside them ("400 FEU") say the same.
 */
export declare const CargoAmount: z.ZodObject<{
    feu: z.ZodOptional<z.ZodNumber>;
    teu: z.ZodOptional<z.ZodNumber>;
    kg: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type CargoAmount = z.infer<typeof CargoAmount>;
/** The values a text interpolates, by name: numbers, ids, dates, lists of ids, rates (RateTerm) or amounts. */
export declare const MessageParams: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodArray<z.ZodString>, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
    usd: z.ZodNumber;
    unit: z.ZodEnum<{
        teu: "teu";
        feu: "feu";
        truck: "truck";
        kg: "kg";
        chargeable_kg: "chargeable_kg";
        shipment: "shipment";
    }>;
    min_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>, z.ZodObject<{
    share: z.ZodNumber;
}, z.core.$strip>]>>, z.ZodObject<{
    feu: z.ZodOptional<z.ZodNumber>;
    teu: z.ZodOptional<z.ZodNumber>;
    kg: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>]>>;
export type MessageParams = z.infer<typeof MessageParams>;
/** One warning in structured form; `text` is the same string as the matching entry of `warnings`. */
export declare const Notice: z.ZodObject<{
    code: z.ZodEnum<{
        REGIME_DOMESTIC: "REGIME_DOMESTIC";
        NO_GENERAL_CUSTOMS_RULE: "NO_GENERAL_CUSTOMS_RULE";
        DEFAULT_CARGO_VALUE: "DEFAULT_CARGO_VALUE";
        NO_VALUE_OF_TIME: "NO_VALUE_OF_TIME";
        PARETO_LABEL_CAP: "PARETO_LABEL_CAP";
        PARETO_FOLDED: "PARETO_FOLDED";
        PARETO_CAPPED: "PARETO_CAPPED";
        CORRIDOR_LABEL_CAP: "CORRIDOR_LABEL_CAP";
        BACKTRACKING_ROUTE: "BACKTRACKING_ROUTE";
        LATE_ROUTES_LEFT_OUT: "LATE_ROUTES_LEFT_OUT";
        SPECIAL_CARGO_SURCHARGE: "SPECIAL_CARGO_SURCHARGE";
        SPECIAL_CARGO_LEAD_TIME: "SPECIAL_CARGO_LEAD_TIME";
        PARCEL_TARIFF: "PARCEL_TARIFF";
        PARCEL_DELIVERY: "PARCEL_DELIVERY";
        PARCEL_DELIVERY_NO_RATE: "PARCEL_DELIVERY_NO_RATE";
        PARCEL_PIECE_OVER_DELIVERY_LIMIT: "PARCEL_PIECE_OVER_DELIVERY_LIMIT";
        CAPACITY_SPLIT: "CAPACITY_SPLIT";
        CAPACITY_SHORT: "CAPACITY_SHORT";
        LEGALITY_REMOVED_OPTION: "LEGALITY_REMOVED_OPTION";
        CARGO_RESTRICTED_OPTION: "CARGO_RESTRICTED_OPTION";
        LEGALITY_WAIVED: "LEGALITY_WAIVED";
        ROUTES_TRUNCATED: "ROUTES_TRUNCATED";
        PLACE_CITY_TERMINALS: "PLACE_CITY_TERMINALS";
        FASTER_FOR_LITTLE_MORE: "FASTER_FOR_LITTLE_MORE";
    }>;
    params: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodArray<z.ZodString>, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        usd: z.ZodNumber;
        unit: z.ZodEnum<{
            teu: "teu";
            feu: "feu";
            truck: "truck";
            kg: "kg";
            chargeable_kg: "chargeable_kg";
            shipment: "shipment";
        }>;
        min_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>, z.ZodObject<{
        share: z.ZodNumber;
    }, z.core.$strip>]>>, z.ZodObject<{
        feu: z.ZodOptional<z.ZodNumber>;
        teu: z.ZodOptional<z.ZodNumber>;
        kg: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>;
    text: z.ZodString;
}, z.core.$strip>;
export type Notice = z.infer<typeof Notice>;
/**
 * Why a named corridor carries no route of a compare answer. Codes are stable; a client words them in
 * its own language from the params and shows `reason` (English) for a code it does not know.
 */
export declare const CORRIDOR_REASON_CODES: {
    /** the query's allowed modes leave out the corridor's main mode */
    readonly MODE_NOT_ALLOWED: readonly ["mode"];
    /** containers (TEU/FEU) on an air corridor */
    readonly CONTAINERS_DO_NOT_FLY: readonly [];
    /** no service of the corridor takes containers, or none takes loose cargo and parcels */
    readonly CONTAINERS_NOT_CARRIED: readonly [];
    readonly PARCELS_NOT_CARRIED: readonly [];
    /** a cargo flag of the shipment no service of the corridor accepts */
    readonly NO_REEFER_SERVICE: readonly [];
    readonly CARGO_NOT_CARRIED: readonly ["flag"];
    /** dangerous goods: the corridor's services take other classes only (decisions C9) */
    readonly DG_CLASS_NOT_CARRIED: readonly ["dg_class"];
    /** dangerous goods without a class: the corridor's services take some classes only */
    readonly DG_CLASS_NOT_GIVEN: readonly [];
    /** the query avoids a country, border or port the corridor needs */
    readonly AVOIDED: readonly ["avoided"];
    /** nothing rules it out beforehand, but the search found no route through it for this shipment */
    readonly NO_ROUTE_FOUND: readonly [];
    /** its route is a detour over land that another corridor beats on money, arrival and CO2e (`better`, `better_zh`: that corridor's name) */
    readonly DETOUR: readonly ["distance_km", "direct_km", "better", "better_zh"];
};
export type CorridorReasonCode = keyof typeof CORRIDOR_REASON_CODES;
export declare const CorridorReasonCode: z.ZodEnum<{
    MODE_NOT_ALLOWED: "MODE_NOT_ALLOWED";
    CONTAINERS_DO_NOT_FLY: "CONTAINERS_DO_NOT_FLY";
    CONTAINERS_NOT_CARRIED: "CONTAINERS_NOT_CARRIED";
    PARCELS_NOT_CARRIED: "PARCELS_NOT_CARRIED";
    NO_REEFER_SERVICE: "NO_REEFER_SERVICE";
    CARGO_NOT_CARRIED: "CARGO_NOT_CARRIED";
    DG_CLASS_NOT_CARRIED: "DG_CLASS_NOT_CARRIED";
    DG_CLASS_NOT_GIVEN: "DG_CLASS_NOT_GIVEN";
    AVOIDED: "AVOIDED";
    NO_ROUTE_FOUND: "NO_ROUTE_FOUND";
    DETOUR: "DETOUR";
}>;
/** One row of a corridor comparison: a named corridor, its best route in the answer, or why it has none. */
export declare const CorridorRow: z.ZodObject<{
    group: z.ZodString;
    short: z.ZodString;
    short_zh: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    possible: z.ZodBoolean;
    route_id: z.ZodOptional<z.ZodString>;
    route_ids: z.ZodArray<z.ZodString>;
    reason: z.ZodOptional<z.ZodString>;
    reason_code: z.ZodOptional<z.ZodEnum<{
        MODE_NOT_ALLOWED: "MODE_NOT_ALLOWED";
        CONTAINERS_DO_NOT_FLY: "CONTAINERS_DO_NOT_FLY";
        CONTAINERS_NOT_CARRIED: "CONTAINERS_NOT_CARRIED";
        PARCELS_NOT_CARRIED: "PARCELS_NOT_CARRIED";
        NO_REEFER_SERVICE: "NO_REEFER_SERVICE";
        CARGO_NOT_CARRIED: "CARGO_NOT_CARRIED";
        DG_CLASS_NOT_CARRIED: "DG_CLASS_NOT_CARRIED";
        DG_CLASS_NOT_GIVEN: "DG_CLASS_NOT_GIVEN";
        AVOIDED: "AVOIDED";
        NO_ROUTE_FOUND: "NO_ROUTE_FOUND";
        DETOUR: "DETOUR";
    }>>;
    reason_params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodArray<z.ZodString>, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        usd: z.ZodNumber;
        unit: z.ZodEnum<{
            teu: "teu";
            feu: "feu";
            truck: "truck";
            kg: "kg";
            chargeable_kg: "chargeable_kg";
            shipment: "shipment";
        }>;
        min_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>, z.ZodObject<{
        share: z.ZodNumber;
    }, z.core.$strip>]>>, z.ZodObject<{
        feu: z.ZodOptional<z.ZodNumber>;
        teu: z.ZodOptional<z.ZodNumber>;
        kg: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>>;
}, z.core.$strip>;
export type CorridorRow = z.infer<typeof CorridorRow>;
export declare const PlanResult: z.ZodObject<{
    status: z.ZodEnum<{
        ok: "ok";
        no_route: "no_route";
    }>;
    objective: z.ZodEnum<{
        time: "time";
        cost: "cost";
        co2: "co2";
        generalized: "generalized";
        pareto: "pareto";
    }>;
    from: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    to: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        country: z.ZodString;
        lon: z.ZodNumber;
        lat: z.ZodNumber;
    }, z.core.$strip>;
    routes: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        summary: z.ZodString;
        corridor: z.ZodObject<{
            id: z.ZodString;
            label: z.ZodString;
            label_zh: z.ZodString;
            gateways: z.ZodArray<z.ZodString>;
            group: z.ZodOptional<z.ZodString>;
            short: z.ZodOptional<z.ZodString>;
            short_zh: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        from: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        to: z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            country: z.ZodString;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        depart: z.ZodString;
        arrive: z.ZodString;
        arrive_p50: z.ZodString;
        arrive_p90: z.ZodString;
        duration_h: z.ZodNumber;
        duration_p50_h: z.ZodNumber;
        duration_p90_h: z.ZodNumber;
        transit_h: z.ZodNumber;
        distance_km: z.ZodNumber;
        cost: z.ZodObject<{
            total_usd: z.ZodNumber;
            line_haul_usd: z.ZodNumber;
            handling_usd: z.ZodNumber;
            border_usd: z.ZodNumber;
            gauge_change_usd: z.ZodDefault<z.ZodNumber>;
            customs_usd: z.ZodNumber;
            import_customs_usd: z.ZodDefault<z.ZodNumber>;
            transit_customs_usd: z.ZodDefault<z.ZodNumber>;
            special_cargo_usd: z.ZodDefault<z.ZodNumber>;
            parcel_delivery_usd: z.ZodDefault<z.ZodNumber>;
            subsidy_usd: z.ZodNumber;
        }, z.core.$strip>;
        co2e_kg: z.ZodNumber;
        generalized_cost_usd: z.ZodNumber;
        transfers: z.ZodNumber;
        modes: z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>;
        legs: z.ZodArray<z.ZodObject<{
            service_id: z.ZodString;
            service_name: z.ZodString;
            service_name_zh: z.ZodOptional<z.ZodString>;
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            kind: z.ZodEnum<{
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
            }>;
            from: z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>;
            to: z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>;
            via: z.ZodArray<z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>>;
            wait_h: z.ZodNumber;
            depart: z.ZodString;
            arrive: z.ZodString;
            duration_h: z.ZodNumber;
            distance_km: z.ZodNumber;
            cost_usd: z.ZodNumber;
            line_haul_usd: z.ZodNumber;
            subsidy_usd: z.ZodOptional<z.ZodNumber>;
            special_cargo_usd: z.ZodOptional<z.ZodNumber>;
            parcel_delivery_usd: z.ZodOptional<z.ZodNumber>;
            co2e_kg: z.ZodNumber;
            co2e_factors: z.ZodOptional<z.ZodArray<z.ZodObject<{
                factor_id: z.ZodString;
                description: z.ZodString;
                basis: z.ZodEnum<{
                    WTW: "WTW";
                    TTW: "TTW";
                }>;
                co2e_kg_per_tkm: z.ZodNumber;
                distance_km: z.ZodNumber;
                sources: z.ZodArray<z.ZodString>;
                assumption: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
            path: z.ZodArray<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
            cutoff_h: z.ZodOptional<z.ZodNumber>;
            booking: z.ZodOptional<z.ZodEnum<{
                on_demand: "on_demand";
                scheduled: "scheduled";
            }>>;
            crew: z.ZodOptional<z.ZodEnum<{
                single: "single";
                double: "double";
            }>>;
            lead_time: z.ZodOptional<z.ZodObject<{
                hours: z.ZodNumber;
                held_h: z.ZodNumber;
                permits: z.ZodArray<z.ZodObject<{
                    cargo: z.ZodEnum<{
                        reefer: "reefer";
                        dangerous_goods: "dangerous_goods";
                        lithium_batteries: "lithium_batteries";
                        oversize: "oversize";
                    }>;
                    name: z.ZodString;
                    name_zh: z.ZodString;
                    country: z.ZodOptional<z.ZodString>;
                    hours: z.ZodNumber;
                    binding: z.ZodBoolean;
                    sources: z.ZodArray<z.ZodString>;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        transfer_events: z.ZodArray<z.ZodObject<{
            at: z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>;
            from_mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            to_mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            start: z.ZodString;
            end: z.ZodString;
            time_h: z.ZodNumber;
            cost_usd: z.ZodNumber;
            co2e_kg: z.ZodNumber;
        }, z.core.$strip>>;
        border_events: z.ZodArray<z.ZodObject<{
            border_id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            from: z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>;
            to: z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>;
            start: z.ZodString;
            end: z.ZodString;
            dwell_h: z.ZodNumber;
            dwell_p90_h: z.ZodNumber;
            cost_usd: z.ZodNumber;
            gauge_change: z.ZodOptional<z.ZodObject<{
                from_mm: z.ZodNumber;
                to_mm: z.ZodNumber;
                method: z.ZodEnum<{
                    container_transfer: "container_transfer";
                    bogie_exchange: "bogie_exchange";
                    variable_gauge: "variable_gauge";
                }>;
                time_h: z.ZodNumber;
                cost_usd: z.ZodNumber;
                co2e_kg: z.ZodNumber;
            }, z.core.$strip>>;
            service_id: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        customs_events: z.ZodArray<z.ZodObject<{
            regime: z.ZodEnum<{
                9610: "9610";
                9710: "9710";
                9810: "9810";
                1210: "1210";
                general: "general";
            }>;
            direction: z.ZodEnum<{
                export: "export";
                import: "import";
                transit: "transit";
            }>;
            procedure: z.ZodOptional<z.ZodEnum<{
                TIR: "TIR";
                "CIM/SMGS": "CIM/SMGS";
                T1: "T1";
            }>>;
            at: z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>;
            closes_at: z.ZodOptional<z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
                country: z.ZodString;
                lon: z.ZodNumber;
                lat: z.ZodNumber;
            }, z.core.$strip>>;
            declarations: z.ZodOptional<z.ZodNumber>;
            start: z.ZodString;
            end: z.ZodString;
            time_h: z.ZodNumber;
            cost_usd: z.ZodNumber;
            territory: z.ZodOptional<z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                name_zh: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        timeline: z.ZodArray<z.ZodObject<{
            type: z.ZodEnum<{
                border: "border";
                customs: "customs";
                wait: "wait";
                ride: "ride";
                transfer: "transfer";
            }>;
            label: z.ZodString;
            label_zh: z.ZodString;
            start: z.ZodString;
            end: z.ZodString;
            terminal_id: z.ZodOptional<z.ZodString>;
            service_id: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        pareto_optimal: z.ZodBoolean;
        missed_departure_risk: z.ZodOptional<z.ZodNumber>;
        capacity: z.ZodOptional<z.ZodObject<{
            unit: z.ZodEnum<{
                teu: "teu";
                kg: "kg";
            }>;
            shipment_load: z.ZodNumber;
            per_departure: z.ZodNumber;
            bottleneck_service_id: z.ZodString;
            parts: z.ZodArray<z.ZodObject<{
                feu: z.ZodOptional<z.ZodNumber>;
                teu: z.ZodOptional<z.ZodNumber>;
                kg: z.ZodOptional<z.ZodNumber>;
                load: z.ZodNumber;
                depart: z.ZodString;
                arrive: z.ZodString;
                departures: z.ZodArray<z.ZodObject<{
                    service_id: z.ZodString;
                    depart: z.ZodString;
                    capacity: z.ZodNumber;
                }, z.core.$strip>>;
                cost_usd: z.ZodNumber;
            }, z.core.$strip>>;
            carried_load: z.ZodNumber;
            short_load: z.ZodNumber;
            limit: z.ZodEnum<{
                deadline: "deadline";
                horizon: "horizon";
            }>;
            limit_at: z.ZodString;
            complete: z.ZodBoolean;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    reason: z.ZodOptional<z.ZodString>;
    reason_code: z.ZodOptional<z.ZodEnum<{
        AVOID_COUNTRIES: "AVOID_COUNTRIES";
        AVOID_TERMINALS: "AVOID_TERMINALS";
        AVOID_BORDERS: "AVOID_BORDERS";
        MODES: "MODES";
        MAX_TRANSFERS: "MAX_TRANSFERS";
        BUDGET: "BUDGET";
        DEADLINE: "DEADLINE";
        DEADLINE_P50: "DEADLINE_P50";
        CAPACITY_DEADLINE: "CAPACITY_DEADLINE";
        CARGO: "CARGO";
        REGIME: "REGIME";
        REGIME_DESTINATION: "REGIME_DESTINATION";
        CONDITIONS: "CONDITIONS";
        LEGALITY: "LEGALITY";
        NO_CONNECTION: "NO_CONNECTION";
    }>>;
    reason_params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodArray<z.ZodString>, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        usd: z.ZodNumber;
        unit: z.ZodEnum<{
            teu: "teu";
            feu: "feu";
            truck: "truck";
            kg: "kg";
            chargeable_kg: "chargeable_kg";
            shipment: "shipment";
        }>;
        min_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>, z.ZodObject<{
        share: z.ZodNumber;
    }, z.core.$strip>]>>, z.ZodObject<{
        feu: z.ZodOptional<z.ZodNumber>;
        teu: z.ZodOptional<z.ZodNumber>;
        kg: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>>;
    warnings: z.ZodArray<z.ZodString>;
    notices: z.ZodDefault<z.ZodArray<z.ZodObject<{
        code: z.ZodEnum<{
            REGIME_DOMESTIC: "REGIME_DOMESTIC";
            NO_GENERAL_CUSTOMS_RULE: "NO_GENERAL_CUSTOMS_RULE";
            DEFAULT_CARGO_VALUE: "DEFAULT_CARGO_VALUE";
            NO_VALUE_OF_TIME: "NO_VALUE_OF_TIME";
            PARETO_LABEL_CAP: "PARETO_LABEL_CAP";
            PARETO_FOLDED: "PARETO_FOLDED";
            PARETO_CAPPED: "PARETO_CAPPED";
            CORRIDOR_LABEL_CAP: "CORRIDOR_LABEL_CAP";
            BACKTRACKING_ROUTE: "BACKTRACKING_ROUTE";
            LATE_ROUTES_LEFT_OUT: "LATE_ROUTES_LEFT_OUT";
            SPECIAL_CARGO_SURCHARGE: "SPECIAL_CARGO_SURCHARGE";
            SPECIAL_CARGO_LEAD_TIME: "SPECIAL_CARGO_LEAD_TIME";
            PARCEL_TARIFF: "PARCEL_TARIFF";
            PARCEL_DELIVERY: "PARCEL_DELIVERY";
            PARCEL_DELIVERY_NO_RATE: "PARCEL_DELIVERY_NO_RATE";
            PARCEL_PIECE_OVER_DELIVERY_LIMIT: "PARCEL_PIECE_OVER_DELIVERY_LIMIT";
            CAPACITY_SPLIT: "CAPACITY_SPLIT";
            CAPACITY_SHORT: "CAPACITY_SHORT";
            LEGALITY_REMOVED_OPTION: "LEGALITY_REMOVED_OPTION";
            CARGO_RESTRICTED_OPTION: "CARGO_RESTRICTED_OPTION";
            LEGALITY_WAIVED: "LEGALITY_WAIVED";
            ROUTES_TRUNCATED: "ROUTES_TRUNCATED";
            PLACE_CITY_TERMINALS: "PLACE_CITY_TERMINALS";
            FASTER_FOR_LITTLE_MORE: "FASTER_FOR_LITTLE_MORE";
        }>;
        params: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodArray<z.ZodString>, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            usd: z.ZodNumber;
            unit: z.ZodEnum<{
                teu: "teu";
                feu: "feu";
                truck: "truck";
                kg: "kg";
                chargeable_kg: "chargeable_kg";
                shipment: "shipment";
            }>;
            min_usd: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>, z.ZodObject<{
            share: z.ZodNumber;
        }, z.core.$strip>]>>, z.ZodObject<{
            feu: z.ZodOptional<z.ZodNumber>;
            teu: z.ZodOptional<z.ZodNumber>;
            kg: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>]>>;
        text: z.ZodString;
    }, z.core.$strip>>>;
    stats: z.ZodObject<{
        labels: z.ZodNumber;
        elapsed_ms: z.ZodNumber;
    }, z.core.$strip>;
    corridors: z.ZodOptional<z.ZodArray<z.ZodObject<{
        group: z.ZodString;
        short: z.ZodString;
        short_zh: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        possible: z.ZodBoolean;
        route_id: z.ZodOptional<z.ZodString>;
        route_ids: z.ZodArray<z.ZodString>;
        reason: z.ZodOptional<z.ZodString>;
        reason_code: z.ZodOptional<z.ZodEnum<{
            MODE_NOT_ALLOWED: "MODE_NOT_ALLOWED";
            CONTAINERS_DO_NOT_FLY: "CONTAINERS_DO_NOT_FLY";
            CONTAINERS_NOT_CARRIED: "CONTAINERS_NOT_CARRIED";
            PARCELS_NOT_CARRIED: "PARCELS_NOT_CARRIED";
            NO_REEFER_SERVICE: "NO_REEFER_SERVICE";
            CARGO_NOT_CARRIED: "CARGO_NOT_CARRIED";
            DG_CLASS_NOT_CARRIED: "DG_CLASS_NOT_CARRIED";
            DG_CLASS_NOT_GIVEN: "DG_CLASS_NOT_GIVEN";
            AVOIDED: "AVOIDED";
            NO_ROUTE_FOUND: "NO_ROUTE_FOUND";
            DETOUR: "DETOUR";
        }>>;
        reason_params: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodArray<z.ZodString>, z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            usd: z.ZodNumber;
            unit: z.ZodEnum<{
                teu: "teu";
                feu: "feu";
                truck: "truck";
                kg: "kg";
                chargeable_kg: "chargeable_kg";
                shipment: "shipment";
            }>;
            min_usd: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>, z.ZodObject<{
            share: z.ZodNumber;
        }, z.core.$strip>]>>, z.ZodObject<{
            feu: z.ZodOptional<z.ZodNumber>;
            teu: z.ZodOptional<z.ZodNumber>;
            kg: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>]>>>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type PlanResult = z.infer<typeof PlanResult>;
//# sourceMappingURL=route.d.ts.map