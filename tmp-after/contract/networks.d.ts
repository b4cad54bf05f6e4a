/**
 * Responses of the /api/v1/networks endpoints: the list, one network's summary with sources and
 * counts by mode and country, and its terminals, services and borders (model schemas, as loaded).
 */
import { z } from 'zod';
export declare const Counts: z.ZodObject<{
    terminals: z.ZodNumber;
    services: z.ZodNumber;
    borders: z.ZodNumber;
}, z.core.$strip>;
export type Counts = z.infer<typeof Counts>;
export declare const NetworkSummary: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    reference_year: z.ZodNumber;
    counts: z.ZodObject<{
        terminals: z.ZodNumber;
        services: z.ZodNumber;
        borders: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export type NetworkSummary = z.infer<typeof NetworkSummary>;
export declare const NetworkList: z.ZodObject<{
    networks: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        reference_year: z.ZodNumber;
        counts: z.ZodObject<{
            terminals: z.ZodNumber;
            services: z.ZodNumber;
            borders: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const NetworkDetail: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    reference_year: z.ZodNumber;
    counts: z.ZodObject<{
        terminals: z.ZodNumber;
        services: z.ZodNumber;
        borders: z.ZodNumber;
    }, z.core.$strip>;
    description: z.ZodOptional<z.ZodString>;
    emissions_version: z.ZodString;
    modes: z.ZodArray<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>>;
    countries: z.ZodArray<z.ZodString>;
    counts_by_mode: z.ZodRecord<z.ZodString, z.ZodObject<{
        terminals: z.ZodNumber;
        services: z.ZodNumber;
        borders: z.ZodNumber;
    }, z.core.$strip>>;
    counts_by_country: z.ZodRecord<z.ZodString, z.ZodObject<{
        terminals: z.ZodNumber;
        services: z.ZodNumber;
        borders: z.ZodNumber;
    }, z.core.$strip>>;
    sources: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        publisher: z.ZodString;
        date: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type NetworkDetail = z.infer<typeof NetworkDetail>;
export declare const TerminalList: z.ZodObject<{
    network: z.ZodString;
    count: z.ZodNumber;
    terminals: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        aliases: z.ZodDefault<z.ZodArray<z.ZodString>>;
        city: z.ZodString;
        city_zh: z.ZodString;
        country: z.ZodString;
        timezone: z.ZodString;
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
        gauge_mm: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<1435>, z.ZodLiteral<1520>]>>;
        location: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            lon: z.ZodNumber;
            lat: z.ZodNumber;
        }, z.core.$strip>;
        codes: z.ZodDefault<z.ZodObject<{
            unlocode: z.ZodOptional<z.ZodString>;
            iata: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        customs: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            9610: "9610";
            9710: "9710";
            9810: "9810";
            1210: "1210";
            general: "general";
        }>>>;
        overseas_warehouse: z.ZodDefault<z.ZodBoolean>;
        handling: z.ZodDefault<z.ZodArray<z.ZodObject<{
            modes: z.ZodTuple<[z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>, z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>], null>;
            time_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            cost_usd_per_teu: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            cost_usd_per_kg: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const ServiceList: z.ZodObject<{
    network: z.ZodString;
    count: z.ZodNumber;
    services: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodOptional<z.ZodString>;
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
        operator: z.ZodOptional<z.ZodString>;
        carrier: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            country: z.ZodString;
        }, z.core.$strip>>;
        legs: z.ZodArray<z.ZodObject<{
            from: z.ZodString;
            to: z.ZodString;
            distance_km: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            duration_h: z.ZodDefault<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
            stop_h: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
            emission_factor: z.ZodOptional<z.ZodString>;
            mode: z.ZodOptional<z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>>;
            waypoints: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                points: z.ZodArray<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        schedule: z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"weekly">;
            departures: z.ZodArray<z.ZodObject<{
                day: z.ZodEnum<{
                    Mon: "Mon";
                    Tue: "Tue";
                    Wed: "Wed";
                    Thu: "Thu";
                    Fri: "Fri";
                    Sat: "Sat";
                    Sun: "Sun";
                }>;
                time: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"frequency">;
            per_week: z.ZodNumber;
            first_time: z.ZodDefault<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"on_demand">;
            lead_h: z.ZodNumber;
        }, z.core.$strip>], "type">;
        capacity: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            teu: z.ZodOptional<z.ZodNumber>;
            kg: z.ZodOptional<z.ZodNumber>;
            through_cargo_share: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        tariffs: z.ZodDefault<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            from: z.ZodString;
            to: z.ZodString;
            unit: z.ZodEnum<{
                teu: "teu";
                feu: "feu";
                truck: "truck";
                kg: "kg";
                chargeable_kg: "chargeable_kg";
                shipment: "shipment";
            }>;
            usd: z.ZodNumber;
            min_usd: z.ZodOptional<z.ZodNumber>;
            date: z.ZodString;
        }, z.core.$strip>>>;
        tariff_rule: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            kind: z.ZodLiteral<"per_km">;
            unit: z.ZodEnum<{
                teu: "teu";
                feu: "feu";
                truck: "truck";
                kg: "kg";
                chargeable_kg: "chargeable_kg";
                shipment: "shipment";
            }>;
            usd_per_km: z.ZodNumber;
            min_usd: z.ZodOptional<z.ZodNumber>;
            date: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            kind: z.ZodLiteral<"through_rate">;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            kind: z.ZodLiteral<"distance_share">;
        }, z.core.$strip>], "kind">>;
        parcel_tariffs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            product: z.ZodString;
            product_zh: z.ZodString;
            from: z.ZodArray<z.ZodString>;
            to: z.ZodArray<z.ZodString>;
            rate: z.ZodDiscriminatedUnion<[z.ZodObject<{
                kind: z.ZodLiteral<"per_kg">;
                bands: z.ZodArray<z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    up_to_kg: z.ZodNumber;
                    usd_per_piece: z.ZodNumber;
                    usd_per_kg: z.ZodNumber;
                }, z.core.$strip>>;
            }, z.core.$strip>, z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                kind: z.ZodLiteral<"steps">;
                first_kg: z.ZodNumber;
                first_usd: z.ZodNumber;
                step_kg: z.ZodNumber;
                step_usd: z.ZodNumber;
                usd_per_piece: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strip>], "kind">;
            chargeable: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                volumetric_divisor_cm3_per_kg: z.ZodOptional<z.ZodNumber>;
                min_kg: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strip>;
            max_kg_per_piece: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            date: z.ZodString;
        }, z.core.$strip>>>;
        emission_factor: z.ZodString;
        delay_h: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"fixed">;
            value: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"triangular">;
            min: z.ZodNumber;
            mode: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"lognormal">;
            p50: z.ZodNumber;
            p90: z.ZodNumber;
        }, z.core.$strip>], "dist">>;
        cargo: z.ZodPrefault<z.ZodObject<{
            accepts_containers: z.ZodDefault<z.ZodBoolean>;
            accepts_parcels: z.ZodDefault<z.ZodBoolean>;
            reefer: z.ZodDefault<z.ZodBoolean>;
            dangerous_goods: z.ZodDefault<z.ZodBoolean>;
            lithium_batteries: z.ZodDefault<z.ZodBoolean>;
            oversize: z.ZodDefault<z.ZodBoolean>;
            max_gross_t_per_teu: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
            dangerous_goods_classes: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
            lithium_un: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                UN3480: "UN3480";
                UN3481: "UN3481";
            }>>>;
            basis: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        cargo_stops: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            loads_at: z.ZodArray<z.ZodString>;
            unloads_at: z.ZodArray<z.ZodString>;
        }, z.core.$strip>>;
        both_directions: z.ZodDefault<z.ZodBoolean>;
        return_schedule: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"weekly">;
            departures: z.ZodArray<z.ZodObject<{
                day: z.ZodEnum<{
                    Mon: "Mon";
                    Tue: "Tue";
                    Wed: "Wed";
                    Thu: "Thu";
                    Fri: "Fri";
                    Sat: "Sat";
                    Sun: "Sun";
                }>;
                time: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"frequency">;
            per_week: z.ZodNumber;
            first_time: z.ZodDefault<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"on_demand">;
            lead_h: z.ZodNumber;
        }, z.core.$strip>], "type">>;
        cutoff_h: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        driving: z.ZodOptional<z.ZodObject<{
            crew: z.ZodEnum<{
                single: "single";
                double: "double";
            }>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const BorderList: z.ZodObject<{
    network: z.ZodString;
    count: z.ZodNumber;
    borders: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        sides: z.ZodTuple<[z.ZodString, z.ZodString], null>;
        both_directions: z.ZodDefault<z.ZodBoolean>;
        dwell_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"fixed">;
            value: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"triangular">;
            min: z.ZodNumber;
            mode: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"lognormal">;
            p50: z.ZodNumber;
            p90: z.ZodNumber;
        }, z.core.$strip>], "dist">;
        dwell_h_by_direction: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"fixed">;
            value: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"triangular">;
            min: z.ZodNumber;
            mode: z.ZodNumber;
            max: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            dist: z.ZodLiteral<"lognormal">;
            p50: z.ZodNumber;
            p90: z.ZodNumber;
        }, z.core.$strip>], "dist">>>;
        cost_usd_per_teu: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        capacity_per_day: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
            unit: z.ZodEnum<{
                teu: "teu";
                trains: "trains";
                trucks: "trucks";
            }>;
        }, z.core.$strip>>;
        background_per_day: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        gauge_change: z.ZodOptional<z.ZodObject<{
            method: z.ZodEnum<{
                container_transfer: "container_transfer";
                bogie_exchange: "bogie_exchange";
                variable_gauge: "variable_gauge";
            }>;
            time_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            cost_usd_per_teu: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            capacity_teu_per_day: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        documents: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            TIR: "TIR";
            SMGS: "SMGS";
            CIM: "CIM";
            "CIM/SMGS": "CIM/SMGS";
            national: "national";
        }>>>;
        closures: z.ZodDefault<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            from: z.ZodString;
            to: z.ZodString;
            reason: z.ZodString;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
//# sourceMappingURL=networks.d.ts.map