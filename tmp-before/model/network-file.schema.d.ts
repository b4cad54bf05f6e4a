/**
 * The network file format, defined once. A network is a folder of YAML (or JSON) files:
 * network.yaml, sources.yaml, terminals.yaml, services.yaml, borders.yaml, emissions.yaml, customs.yaml.
 * Types of the parsed files come from these schemas (z.infer); networks/schema.json is generated from them.
 * Field names carry their units (`distance_km`, `duration_h`, `cost_usd_per_teu`).
 */
import { z } from 'zod';
export declare const HandlingRule: z.ZodObject<{
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
}, z.core.$strip>;
export type HandlingRule = z.infer<typeof HandlingRule>;
/** Drivers' hours rules of one jurisdiction: how long a truck may be driven before a break or rest. */
export declare const DrivingRuleSet: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    countries: z.ZodDefault<z.ZodArray<z.ZodString>>;
    continuous_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    break_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    daily_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    extended_daily_h: z.ZodOptional<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    extended_days_per_week: z.ZodOptional<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    daily_rest_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    weekly_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    weekly_rest_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    reduced_weekly_rest_h: z.ZodOptional<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    crew_daily_rest_h: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    crew_daily_h: z.ZodOptional<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type DrivingRuleSet = z.infer<typeof DrivingRuleSet>;
/** Average moving speed of a loaded truck in a country (or the default where no country is given). */
export declare const RoadSpeed: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
    value: z.ZodNumber;
}, z.core.$strip>;
export type RoadSpeed = z.infer<typeof RoadSpeed>;
/** Driving rules and road speeds: trucks with a `driving` crew (on-demand or truck lines) get their running times from these. */
export declare const DrivingRules: z.ZodObject<{
    rules: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        countries: z.ZodDefault<z.ZodArray<z.ZodString>>;
        continuous_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        break_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        daily_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        extended_daily_h: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        extended_days_per_week: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        daily_rest_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        weekly_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        weekly_rest_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        reduced_weekly_rest_h: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        crew_daily_rest_h: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        crew_daily_h: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    speeds_kmh: z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type DrivingRules = z.infer<typeof DrivingRules>;
/**
 * How loose cargo rides the container services of one mode (docs/decisions.md C2): billed per
 * weight-or-measure (W/M: the greater of tonnes-equivalent and m³) at the service's FEU rate divided by
 * the W/M a consolidator sells per FEU, never less than `min_wm`, plus consolidation (CFS) charges at
 * the origin and the destination.
 */
export declare const LclRule: z.ZodObject<{
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    wm_kg_per_m3: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    min_wm: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    wm_per_feu: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    cfs_usd_per_wm: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    cfs_min_usd: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export type LclRule = z.infer<typeof LclRule>;
/**
 * A surcharge special cargo pays on every ride of a mode (docs/decisions.md C3): reefer power and
 * equipment, dangerous-goods handling and documents, lithium batteries, oversize. Priced like a
 * tariff entry (`unit`, `usd`, `min_usd`): a (mode, cargo) pair may file a TEU and an FEU rate, and
 * each kind of box pays its own; loose cargo pays a per-kg rate or a per-shipment minimum. Or priced
 * as a share of the ride's line haul (`line_haul_share`), for charges carriers set as a multiple of
 * the freight, such as the slots an out-of-gauge box takes from others (C5).
 */
export declare const SpecialCargoSurcharge: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    cargo: z.ZodEnum<{
        reefer: "reefer";
        dangerous_goods: "dangerous_goods";
        lithium_batteries: "lithium_batteries";
        oversize: "oversize";
    }>;
    unit: z.ZodOptional<z.ZodEnum<{
        teu: "teu";
        feu: "feu";
        truck: "truck";
        kg: "kg";
        chargeable_kg: "chargeable_kg";
        shipment: "shipment";
    }>>;
    usd: z.ZodOptional<z.ZodNumber>;
    line_haul_share: z.ZodOptional<z.ZodNumber>;
    min_usd: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type SpecialCargoSurcharge = z.infer<typeof SpecialCargoSurcharge>;
/**
 * The time special cargo needs before a ride of a mode can take it (docs/decisions.md C14): an
 * oversize road permit, a carrier's dangerous-goods acceptance. Asked for when the shipment is booked
 * and counted from the booking, like an on-demand truck's notice (T2): no ride of the mode leaves
 * before it has passed. With `country`, only rides that stop in that country need it (road permits
 * are national); without, every ride of the mode does.
 */
export declare const SpecialCargoLeadTime: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    cargo: z.ZodEnum<{
        reefer: "reefer";
        dangerous_goods: "dangerous_goods";
        lithium_batteries: "lithium_batteries";
        oversize: "oversize";
    }>;
    country: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    name_zh: z.ZodString;
    value: z.ZodNumber;
}, z.core.$strip>;
export type SpecialCargoLeadTime = z.infer<typeof SpecialCargoLeadTime>;
/** One weight band of a destination's parcel delivery: a piece up to `up_to_kg` (actual weight) pays `usd_per_piece`. */
export declare const ParcelDeliveryBand: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    up_to_kg: z.ZodNumber;
    usd_per_piece: z.ZodNumber;
}, z.core.$strip>;
export type ParcelDeliveryBand = z.infer<typeof ParcelDeliveryBand>;
/**
 * The last mile of a parcel in one destination country (docs/decisions.md C6): what a business sender
 * pays a domestic parcel carrier to take one piece to the recipient's door, by weight band (rising).
 * A 9610 shipment with pieces whose route does not end on a parcel product pays it per piece.
 */
export declare const ParcelDelivery: z.ZodObject<{
    country: z.ZodString;
    carrier: z.ZodString;
    carrier_zh: z.ZodString;
    bands: z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        up_to_kg: z.ZodNumber;
        usd_per_piece: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type ParcelDelivery = z.infer<typeof ParcelDelivery>;
export declare const NetworkManifest: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    reference_year: z.ZodNumber;
    home_country: z.ZodDefault<z.ZodString>;
    rates_period: z.ZodOptional<z.ZodString>;
    cny_per_usd: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    cargo_t_per_teu: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    volumetric_kg_per_m3: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    cargo_value_usd_per_teu: z.ZodOptional<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
    default_handling: z.ZodDefault<z.ZodArray<z.ZodObject<{
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
    cutoffs_h: z.ZodOptional<z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        value: z.ZodNumber;
    }, z.core.$strip>>>;
    lcl: z.ZodOptional<z.ZodArray<z.ZodObject<{
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        wm_kg_per_m3: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        min_wm: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        wm_per_feu: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        cfs_usd_per_wm: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        cfs_min_usd: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>>>;
    driving: z.ZodOptional<z.ZodObject<{
        rules: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            countries: z.ZodDefault<z.ZodArray<z.ZodString>>;
            continuous_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            break_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            daily_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            extended_daily_h: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
            extended_days_per_week: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
            daily_rest_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            weekly_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            weekly_rest_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            reduced_weekly_rest_h: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
            crew_daily_rest_h: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            crew_daily_h: z.ZodOptional<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        speeds_kmh: z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            country: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    special_cargo_surcharges: z.ZodOptional<z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        cargo: z.ZodEnum<{
            reefer: "reefer";
            dangerous_goods: "dangerous_goods";
            lithium_batteries: "lithium_batteries";
            oversize: "oversize";
        }>;
        unit: z.ZodOptional<z.ZodEnum<{
            teu: "teu";
            feu: "feu";
            truck: "truck";
            kg: "kg";
            chargeable_kg: "chargeable_kg";
            shipment: "shipment";
        }>>;
        usd: z.ZodOptional<z.ZodNumber>;
        line_haul_share: z.ZodOptional<z.ZodNumber>;
        min_usd: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>;
    special_cargo_lead_times: z.ZodOptional<z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        cargo: z.ZodEnum<{
            reefer: "reefer";
            dangerous_goods: "dangerous_goods";
            lithium_batteries: "lithium_batteries";
            oversize: "oversize";
        }>;
        country: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        name_zh: z.ZodString;
        value: z.ZodNumber;
    }, z.core.$strip>>>;
    parcel_delivery: z.ZodOptional<z.ZodArray<z.ZodObject<{
        country: z.ZodString;
        carrier: z.ZodString;
        carrier_zh: z.ZodString;
        bands: z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            up_to_kg: z.ZodNumber;
            usd_per_piece: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type NetworkManifest = z.infer<typeof NetworkManifest>;
export declare const Source: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    publisher: z.ZodString;
    date: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type Source = z.infer<typeof Source>;
export declare const SourcesFile: z.ZodObject<{
    sources: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        publisher: z.ZodString;
        date: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const Terminal: z.ZodObject<{
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
}, z.core.$strip>;
export type Terminal = z.infer<typeof Terminal>;
export declare const TerminalsFile: z.ZodObject<{
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
export declare const Departure: z.ZodObject<{
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
}, z.core.$strip>;
/** When a service departs from its first stop: fixed weekly times, a frequency, or on demand. */
export declare const Schedule: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
export type Schedule = z.infer<typeof Schedule>;
export declare const Waypoints: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    points: z.ZodArray<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
}, z.core.$strip>;
/** What an omitted leg duration_h parses to; the loader derives it for trucks with `driving` and reports it on any other service. */
export declare const DERIVED_DURATION_TEXT = "not filed: derived from the driving rules of network.yaml for trucks with `driving`";
/** One leg between two consecutive stops of a service. */
export declare const ServiceLeg: z.ZodObject<{
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
}, z.core.$strip>;
export type ServiceLeg = z.infer<typeof ServiceLeg>;
/** Month or year a figure refers to (YYYY or YYYY-MM), e.g. the week a spot rate was published. */
export declare const FigureDate: z.ZodString;
/**
 * One entry of a service's tariff table: the price of riding from one cargo stop to a later one, per
 * unit, as filed. The direction follows from the stops: an entry from the last stop to the first
 * prices the return service of a `both_directions` service.
 */
export declare const Tariff: z.ZodObject<{
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
}, z.core.$strip>;
export type Tariff = z.infer<typeof Tariff>;
/**
 * How a service prices a pair of cargo stops that has no entry of its own. Without a rule such a
 * pair is not sold.
 * - per_km: rate × km of the ride × quantity of `unit` (on-demand trucking), at least `min_usd`;
 * - through_rate: the entry from the first stop to the alighting stop, else from the boarding stop to
 *   the last stop, else from the first stop to the last (a block train collecting at hubs on its way
 *   at its origin's rate; a sea loop's base-port rate);
 * - distance_share: the first-to-last entry pro rata by distance (coastal feeders).
 */
export declare const TariffRule: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
}, z.core.$strip>], "kind">;
export type TariffRule = z.infer<typeof TariffRule>;
/**
 * How a parcel product weighs one piece (docs/decisions.md C4): the greater of its actual weight and,
 * when a divisor is filed and the shipment gives its volume, its volumetric weight (cm³ / divisor),
 * never less than `min_kg`. Pieces are taken as equal: the shipment's kg and m³ over its pieces.
 */
export declare const ParcelChargeableWeight: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    volumetric_divisor_cm3_per_kg: z.ZodOptional<z.ZodNumber>;
    min_kg: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;
export type ParcelChargeableWeight = z.infer<typeof ParcelChargeableWeight>;
/** One weight band of a per-kg parcel rate: a piece up to `up_to_kg` pays `usd_per_piece` + `usd_per_kg` × its kg. */
export declare const ParcelBand: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    up_to_kg: z.ZodNumber;
    usd_per_piece: z.ZodNumber;
    usd_per_kg: z.ZodNumber;
}, z.core.$strip>;
export type ParcelBand = z.infer<typeof ParcelBand>;
/**
 * What a piece pays by its chargeable weight: per kg by weight band (a fee per piece plus a rate per
 * kg, the bands in rising order), or by weight steps (the first `first_kg` for `first_usd`, each
 * further `step_kg` or part of it for `step_usd`, plus an optional fee per piece).
 */
export declare const ParcelWeightRate: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
export type ParcelWeightRate = z.infer<typeof ParcelWeightRate>;
/**
 * A parcel tariff (docs/decisions.md C4): the price of a postal or e-commerce parcel product for a
 * ride from any of `from` to any of `to` on the service, per piece and per weight, door to door as
 * the product is sold. A 9610 shipment with pieces rides it; a service that files parcel tariffs and
 * no other tariff is a parcel product and takes nothing else.
 */
export declare const ParcelTariff: z.ZodObject<{
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
}, z.core.$strip>;
export type ParcelTariff = z.infer<typeof ParcelTariff>;
/** What a departure can carry. */
export declare const Capacity: z.ZodObject<{
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
}, z.core.$strip>;
export type Capacity = z.infer<typeof Capacity>;
export declare const CargoRules: z.ZodObject<{
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
}, z.core.$strip>;
export type CargoRules = z.infer<typeof CargoRules>;
/**
 * Where a service takes and gives cargo, when that is more than its first and last stop: a block
 * train collecting at hubs along its way, a ship loop's ports of call. Border, crew and technical
 * stops are never among them (the validator checks it). Carries its source or assumption.
 */
export declare const CargoStops: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    loads_at: z.ZodArray<z.ZodString>;
    unloads_at: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type CargoStops = z.infer<typeof CargoStops>;
/**
 * Whose vehicle it is, as the law sees it: a ship's flag state, the country where a road haulier is
 * established, an airline's state. Legality rules (legality.yaml) read it: cabotage, haulier bans.
 */
export declare const Carrier: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    country: z.ZodString;
}, z.core.$strip>;
export type Carrier = z.infer<typeof Carrier>;
export declare const Service: z.ZodObject<{
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
}, z.core.$strip>;
export type Service = z.infer<typeof Service>;
export declare const ServicesFile: z.ZodObject<{
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
export declare const GaugeChange: z.ZodObject<{
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
}, z.core.$strip>;
export declare const Closure: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodString;
    to: z.ZodString;
    reason: z.ZodString;
}, z.core.$strip>;
export declare const BorderCrossing: z.ZodObject<{
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
}, z.core.$strip>;
export type BorderCrossing = z.infer<typeof BorderCrossing>;
export declare const BordersFile: z.ZodObject<{
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
export declare const EmissionFactor: z.ZodObject<{
    id: z.ZodString;
    mode: z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>;
    description: z.ZodString;
    basis: z.ZodEnum<{
        WTW: "WTW";
        TTW: "TTW";
    }>;
    co2e_kg_per_tkm: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
}, z.core.$strip>;
export type EmissionFactor = z.infer<typeof EmissionFactor>;
export declare const EmissionsFile: z.ZodObject<{
    version: z.ZodString;
    factors: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        mode: z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>;
        description: z.ZodString;
        basis: z.ZodEnum<{
            WTW: "WTW";
            TTW: "TTW";
        }>;
        co2e_kg_per_tkm: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    hub_co2e_kg_per_t: z.ZodOptional<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const RegimeRule: z.ZodObject<{
    regime: z.ZodEnum<{
        9610: "9610";
        9710: "9710";
        9810: "9810";
        1210: "1210";
        general: "general";
    }>;
    name: z.ZodString;
    name_zh: z.ZodString;
    direction: z.ZodEnum<{
        export: "export";
        import: "import";
    }>;
    clearance_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    cost_usd_per_shipment: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    requires_at_destination: z.ZodOptional<z.ZodEnum<{
        bonded_zone: "bonded_zone";
        overseas_warehouse: "overseas_warehouse";
    }>>;
    parcels_only: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strip>;
export type RegimeRule = z.infer<typeof RegimeRule>;
/** A transit procedure a ride enters the destination's territory under (docs/decisions.md DC3). */
export declare const TransitProcedure: z.ZodObject<{
    procedure: z.ZodEnum<{
        TIR: "TIR";
        "CIM/SMGS": "CIM/SMGS";
        T1: "T1";
    }>;
    name: z.ZodString;
    name_zh: z.ZodString;
    modes: z.ZodArray<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>>;
    opening_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    cost_usd_per_declaration: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    per: z.ZodEnum<{
        shipment: "shipment";
        container: "container";
    }>;
}, z.core.$strip>;
export type TransitProcedure = z.infer<typeof TransitProcedure>;
/**
 * Import clearance at the destination: one customs union (EU, EAEU) or one country's customs. A route
 * to a country listed here clears once where it first enters this territory (docs/decisions.md DC1);
 * passing through another territory on the way is transit and clears nothing.
 */
export declare const DestinationCustoms: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodString;
    countries: z.ZodArray<z.ZodString>;
    clearance_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    cost_usd_per_shipment: z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        value: z.ZodNumber;
    }, z.core.$strip>;
    transit: z.ZodDefault<z.ZodArray<z.ZodObject<{
        procedure: z.ZodEnum<{
            TIR: "TIR";
            "CIM/SMGS": "CIM/SMGS";
            T1: "T1";
        }>;
        name: z.ZodString;
        name_zh: z.ZodString;
        modes: z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>;
        opening_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        cost_usd_per_declaration: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        per: z.ZodEnum<{
            shipment: "shipment";
            container: "container";
        }>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type DestinationCustoms = z.infer<typeof DestinationCustoms>;
export declare const CustomsFile: z.ZodObject<{
    regimes: z.ZodArray<z.ZodObject<{
        regime: z.ZodEnum<{
            9610: "9610";
            9710: "9710";
            9810: "9810";
            1210: "1210";
            general: "general";
        }>;
        name: z.ZodString;
        name_zh: z.ZodString;
        direction: z.ZodEnum<{
            export: "export";
            import: "import";
        }>;
        clearance_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        cost_usd_per_shipment: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        requires_at_destination: z.ZodOptional<z.ZodEnum<{
            bonded_zone: "bonded_zone";
            overseas_warehouse: "overseas_warehouse";
        }>>;
        parcels_only: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strip>>;
    destinations: z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        countries: z.ZodArray<z.ZodString>;
        clearance_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
        cost_usd_per_shipment: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        transit: z.ZodDefault<z.ZodArray<z.ZodObject<{
            procedure: z.ZodEnum<{
                TIR: "TIR";
                "CIM/SMGS": "CIM/SMGS";
                T1: "T1";
            }>;
            name: z.ZodString;
            name_zh: z.ZodString;
            modes: z.ZodArray<z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>>;
            opening_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
            cost_usd_per_declaration: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            per: z.ZodEnum<{
                shipment: "shipment";
                container: "container";
            }>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
/**
 * A named corridor: the group of routes a planner calls by one name ("Erenhot rail", "air via
 * Beijing"). A route belongs to the first group, in file order, whose rule it meets: its main mode
 * (the mode that carries it furthest) is `mode`, and it crosses one of `borders` or has a leg of that
 * mode starting or ending at one of `ports`.
 */
export declare const CorridorGroup: z.ZodObject<{
    id: z.ZodString;
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
    borders: z.ZodDefault<z.ZodArray<z.ZodString>>;
    ports: z.ZodDefault<z.ZodArray<z.ZodString>>;
    reaches: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type CorridorGroup = z.infer<typeof CorridorGroup>;
export declare const CorridorsFile: z.ZodObject<{
    groups: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
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
        borders: z.ZodDefault<z.ZodArray<z.ZodString>>;
        ports: z.ZodDefault<z.ZodArray<z.ZodString>>;
        reaches: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
/** A filed exception to a cabotage rule: a pilot zone or permit, for foreign-trade cargo between given ports. */
export declare const CabotageException: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    to: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    ports: z.ZodArray<z.ZodString>;
    with: z.ZodArray<z.ZodString>;
    carriers: z.ZodDefault<z.ZodArray<z.ZodString>>;
    foreign_trade_only: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strip>;
export type CabotageException = z.infer<typeof CabotageException>;
/**
 * A legality rule: what no forwarder may be offered, as dated data. The planner drops what a rule
 * forbids for departures while it is in force and names the rule; the validator warns about services
 * a rule forbids.
 * - cabotage: a carrier of another country may not carry cargo between two ports (or stops) of `country` by `modes`;
 * - air_link_ban: no air leg between a country of `countries_a` and one of `countries_b` (either way);
 * - haulier_ban: road services of carriers from `carrier_countries` may not run in `countries` (transit included).
 */
export declare const LegalityRule: z.ZodDiscriminatedUnion<[z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    to: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodOptional<z.ZodString>;
    kind: z.ZodLiteral<"cabotage">;
    country: z.ZodString;
    modes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        rail: "rail";
        road: "road";
        sea: "sea";
        air: "air";
    }>>>;
    exceptions: z.ZodDefault<z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        to: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        ports: z.ZodArray<z.ZodString>;
        with: z.ZodArray<z.ZodString>;
        carriers: z.ZodDefault<z.ZodArray<z.ZodString>>;
        foreign_trade_only: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strip>>>;
}, z.core.$strip>, z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    to: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodOptional<z.ZodString>;
    kind: z.ZodLiteral<"air_link_ban">;
    countries_a: z.ZodArray<z.ZodString>;
    countries_b: z.ZodArray<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    from: z.ZodOptional<z.ZodString>;
    to: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    name: z.ZodString;
    name_zh: z.ZodOptional<z.ZodString>;
    kind: z.ZodLiteral<"haulier_ban">;
    carrier_countries: z.ZodArray<z.ZodString>;
    countries: z.ZodArray<z.ZodString>;
}, z.core.$strip>], "kind">;
export type LegalityRule = z.infer<typeof LegalityRule>;
export declare const LegalityFile: z.ZodObject<{
    rules: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        to: z.ZodOptional<z.ZodString>;
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodOptional<z.ZodString>;
        kind: z.ZodLiteral<"cabotage">;
        country: z.ZodString;
        modes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            rail: "rail";
            road: "road";
            sea: "sea";
            air: "air";
        }>>>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            from: z.ZodOptional<z.ZodString>;
            to: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            ports: z.ZodArray<z.ZodString>;
            with: z.ZodArray<z.ZodString>;
            carriers: z.ZodDefault<z.ZodArray<z.ZodString>>;
            foreign_trade_only: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>>>;
    }, z.core.$strip>, z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        to: z.ZodOptional<z.ZodString>;
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodOptional<z.ZodString>;
        kind: z.ZodLiteral<"air_link_ban">;
        countries_a: z.ZodArray<z.ZodString>;
        countries_b: z.ZodArray<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        from: z.ZodOptional<z.ZodString>;
        to: z.ZodOptional<z.ZodString>;
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodOptional<z.ZodString>;
        kind: z.ZodLiteral<"haulier_ban">;
        carrier_countries: z.ZodArray<z.ZodString>;
        countries: z.ZodArray<z.ZodString>;
    }, z.core.$strip>], "kind">>;
}, z.core.$strip>;
/** The files of a network folder, by base name (each may be .yaml, .yml or .json). */
export declare const NETWORK_FILES: {
    readonly network: z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        name_zh: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        reference_year: z.ZodNumber;
        home_country: z.ZodDefault<z.ZodString>;
        rates_period: z.ZodOptional<z.ZodString>;
        cny_per_usd: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        cargo_t_per_teu: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        volumetric_kg_per_m3: z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>;
        cargo_value_usd_per_teu: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
        default_handling: z.ZodDefault<z.ZodArray<z.ZodObject<{
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
        cutoffs_h: z.ZodOptional<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            value: z.ZodNumber;
        }, z.core.$strip>>>;
        lcl: z.ZodOptional<z.ZodArray<z.ZodObject<{
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            wm_kg_per_m3: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            min_wm: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            wm_per_feu: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            cfs_usd_per_wm: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            cfs_min_usd: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>>>;
        driving: z.ZodOptional<z.ZodObject<{
            rules: z.ZodArray<z.ZodObject<{
                id: z.ZodString;
                name: z.ZodString;
                countries: z.ZodDefault<z.ZodArray<z.ZodString>>;
                continuous_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                break_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                daily_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                extended_daily_h: z.ZodOptional<z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>>;
                extended_days_per_week: z.ZodOptional<z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>>;
                daily_rest_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                weekly_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                weekly_rest_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                reduced_weekly_rest_h: z.ZodOptional<z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>>;
                crew_daily_rest_h: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                crew_daily_h: z.ZodOptional<z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
            speeds_kmh: z.ZodArray<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                country: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        special_cargo_surcharges: z.ZodOptional<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            cargo: z.ZodEnum<{
                reefer: "reefer";
                dangerous_goods: "dangerous_goods";
                lithium_batteries: "lithium_batteries";
                oversize: "oversize";
            }>;
            unit: z.ZodOptional<z.ZodEnum<{
                teu: "teu";
                feu: "feu";
                truck: "truck";
                kg: "kg";
                chargeable_kg: "chargeable_kg";
                shipment: "shipment";
            }>>;
            usd: z.ZodOptional<z.ZodNumber>;
            line_haul_share: z.ZodOptional<z.ZodNumber>;
            min_usd: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>>;
        special_cargo_lead_times: z.ZodOptional<z.ZodArray<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            cargo: z.ZodEnum<{
                reefer: "reefer";
                dangerous_goods: "dangerous_goods";
                lithium_batteries: "lithium_batteries";
                oversize: "oversize";
            }>;
            country: z.ZodOptional<z.ZodString>;
            name: z.ZodString;
            name_zh: z.ZodString;
            value: z.ZodNumber;
        }, z.core.$strip>>>;
        parcel_delivery: z.ZodOptional<z.ZodArray<z.ZodObject<{
            country: z.ZodString;
            carrier: z.ZodString;
            carrier_zh: z.ZodString;
            bands: z.ZodArray<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                up_to_kg: z.ZodNumber;
                usd_per_piece: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
    readonly sources: z.ZodObject<{
        sources: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            title: z.ZodString;
            publisher: z.ZodString;
            date: z.ZodOptional<z.ZodString>;
            url: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    readonly terminals: z.ZodObject<{
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
    readonly services: z.ZodObject<{
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
    readonly borders: z.ZodObject<{
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
    readonly emissions: z.ZodObject<{
        version: z.ZodString;
        factors: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            mode: z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>;
            description: z.ZodString;
            basis: z.ZodEnum<{
                WTW: "WTW";
                TTW: "TTW";
            }>;
            co2e_kg_per_tkm: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>>;
        hub_co2e_kg_per_t: z.ZodOptional<z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            value: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    readonly customs: z.ZodObject<{
        regimes: z.ZodArray<z.ZodObject<{
            regime: z.ZodEnum<{
                9610: "9610";
                9710: "9710";
                9810: "9810";
                1210: "1210";
                general: "general";
            }>;
            name: z.ZodString;
            name_zh: z.ZodString;
            direction: z.ZodEnum<{
                export: "export";
                import: "import";
            }>;
            clearance_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
            cost_usd_per_shipment: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            requires_at_destination: z.ZodOptional<z.ZodEnum<{
                bonded_zone: "bonded_zone";
                overseas_warehouse: "overseas_warehouse";
            }>>;
            parcels_only: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strip>>;
        destinations: z.ZodDefault<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodString;
            countries: z.ZodArray<z.ZodString>;
            clearance_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
            cost_usd_per_shipment: z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                value: z.ZodNumber;
            }, z.core.$strip>;
            transit: z.ZodDefault<z.ZodArray<z.ZodObject<{
                procedure: z.ZodEnum<{
                    TIR: "TIR";
                    "CIM/SMGS": "CIM/SMGS";
                    T1: "T1";
                }>;
                name: z.ZodString;
                name_zh: z.ZodString;
                modes: z.ZodArray<z.ZodEnum<{
                    rail: "rail";
                    road: "road";
                    sea: "sea";
                    air: "air";
                }>>;
                opening_h: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
                cost_usd_per_declaration: z.ZodObject<{
                    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                    assumption: z.ZodOptional<z.ZodString>;
                    note: z.ZodOptional<z.ZodString>;
                    value: z.ZodNumber;
                }, z.core.$strip>;
                per: z.ZodEnum<{
                    shipment: "shipment";
                    container: "container";
                }>;
            }, z.core.$strip>>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
    /** optional: without it routes keep their gateway labels and compare answers have no named rows */
    readonly corridors: z.ZodObject<{
        groups: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
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
            borders: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodDefault<z.ZodArray<z.ZodString>>;
            reaches: z.ZodArray<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    /** optional: dated legality rules (cabotage, sanctions); without it the planner applies none */
    readonly legality: z.ZodObject<{
        rules: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            from: z.ZodOptional<z.ZodString>;
            to: z.ZodOptional<z.ZodString>;
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodOptional<z.ZodString>;
            kind: z.ZodLiteral<"cabotage">;
            country: z.ZodString;
            modes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                rail: "rail";
                road: "road";
                sea: "sea";
                air: "air";
            }>>>;
            exceptions: z.ZodDefault<z.ZodArray<z.ZodObject<{
                source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
                assumption: z.ZodOptional<z.ZodString>;
                note: z.ZodOptional<z.ZodString>;
                from: z.ZodOptional<z.ZodString>;
                to: z.ZodOptional<z.ZodString>;
                name: z.ZodString;
                ports: z.ZodArray<z.ZodString>;
                with: z.ZodArray<z.ZodString>;
                carriers: z.ZodDefault<z.ZodArray<z.ZodString>>;
                foreign_trade_only: z.ZodDefault<z.ZodBoolean>;
            }, z.core.$strip>>>;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            from: z.ZodOptional<z.ZodString>;
            to: z.ZodOptional<z.ZodString>;
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodOptional<z.ZodString>;
            kind: z.ZodLiteral<"air_link_ban">;
            countries_a: z.ZodArray<z.ZodString>;
            countries_b: z.ZodArray<z.ZodString>;
        }, z.core.$strip>, z.ZodObject<{
            source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
            assumption: z.ZodOptional<z.ZodString>;
            note: z.ZodOptional<z.ZodString>;
            from: z.ZodOptional<z.ZodString>;
            to: z.ZodOptional<z.ZodString>;
            id: z.ZodString;
            name: z.ZodString;
            name_zh: z.ZodOptional<z.ZodString>;
            kind: z.ZodLiteral<"haulier_ban">;
            carrier_countries: z.ZodArray<z.ZodString>;
            countries: z.ZodArray<z.ZodString>;
        }, z.core.$strip>], "kind">>;
    }, z.core.$strip>;
};
export type NetworkFileName = keyof typeof NETWORK_FILES;
//# sourceMappingURL=network-file.schema.d.ts.map