/**
 * The closed vocabularies of the domain: modes, kinds of terminal and service, gauges, customs
 * regimes, cargo flags. Each is a zod enum, so the same list drives validation, types and docs.
 */
import { z } from 'zod';
/**
 * Transport modes: the one list (docs/adding-a-mode.md). A terminal node in the graph exists once per
 * mode the terminal serves. Every table keyed by mode is a Record<Mode, …>, so the compiler names each
 * table a new mode is missing from.
 */
export declare const Mode: z.ZodEnum<{
    rail: "rail";
    road: "road";
    sea: "sea";
    air: "air";
}>;
export type Mode = z.infer<typeof Mode>;
export declare const MODES: ("rail" | "road" | "sea" | "air")[];
/**
 * What the model needs to know of a mode. `land`: it crosses borders at filed border crossings (with
 * dwell, fees and gauge change) and has border stops; otherwise it leaves a country at a seaport or
 * airport, which is the gateway of its corridor (`gateway`).
 */
export interface ModeTraits {
    readonly land: boolean;
    readonly gateway: 'border' | 'seaport' | 'airport';
}
export declare const MODE_TRAITS: Readonly<Record<Mode, ModeTraits>>;
/** true for rail and road: border crossings, border stops, gauges */
export declare const isLandMode: (mode: Mode) => boolean;
/** What a terminal is; a terminal may be several things at once (`kinds`). */
export declare const TerminalKind: z.ZodEnum<{
    seaport: "seaport";
    airport: "airport";
    rail_terminal: "rail_terminal";
    road_terminal: "road_terminal";
    border_station: "border_station";
    bonded_zone: "bonded_zone";
    express_centre: "express_centre";
    city_hub: "city_hub";
}>;
export type TerminalKind = z.infer<typeof TerminalKind>;
/** Kinds of service; they decide default cargo rules and how the map styles the line. */
export declare const ServiceKind: z.ZodEnum<{
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
export type ServiceKind = z.infer<typeof ServiceKind>;
/** Track gauge in millimetres: standard (China, Europe) and Russian broad gauge (Mongolia, Russia, Belarus). */
export declare const Gauge: z.ZodUnion<readonly [z.ZodLiteral<1435>, z.ZodLiteral<1520>]>;
export type Gauge = z.infer<typeof Gauge>;
/**
 * China's customs regimes for cross-border e-commerce, plus general trade.
 * 9610 B2C retail parcels; 9710 B2B direct export; 9810 B2B export to an overseas warehouse;
 * 1210 bonded e-commerce (stock in a bonded zone, cleared per retail order).
 */
export declare const CustomsRegime: z.ZodEnum<{
    9610: "9610";
    9710: "9710";
    9810: "9810";
    1210: "1210";
    general: "general";
}>;
export type CustomsRegime = z.infer<typeof CustomsRegime>;
/** Cargo flags that restrict which services may carry a shipment. */
export declare const CargoFlag: z.ZodEnum<{
    reefer: "reefer";
    dangerous_goods: "dangerous_goods";
    lithium_batteries: "lithium_batteries";
    oversize: "oversize";
}>;
export type CargoFlag = z.infer<typeof CargoFlag>;
/**
 * UN numbers of lithium batteries shipped as cargo: UN3480 lithium-ion cells and batteries on their
 * own, UN3481 packed with or contained in equipment (docs/decisions.md C1).
 */
export declare const LithiumUn: z.ZodEnum<{
    UN3480: "UN3480";
    UN3481: "UN3481";
}>;
export type LithiumUn = z.infer<typeof LithiumUn>;
/** Dangerous-goods classes of the UN Model Regulations (IMDG, ADR/RID, SMGS annex 2, IATA DGR). */
export declare const DgClass: z.ZodNumber;
/** How a border crossing changes rail gauge. */
export declare const GaugeChangeMethod: z.ZodEnum<{
    container_transfer: "container_transfer";
    bogie_exchange: "bogie_exchange";
    variable_gauge: "variable_gauge";
}>;
export type GaugeChangeMethod = z.infer<typeof GaugeChangeMethod>;
/** Transit documents regimes met at borders. */
export declare const DocumentsRegime: z.ZodEnum<{
    TIR: "TIR";
    SMGS: "SMGS";
    CIM: "CIM";
    "CIM/SMGS": "CIM/SMGS";
    national: "national";
}>;
export type DocumentsRegime = z.infer<typeof DocumentsRegime>;
/** Units a tariff can be quoted in. `chargeable_kg` is max(actual kg, volumetric kg) as air freight bills. */
export declare const TariffUnit: z.ZodEnum<{
    teu: "teu";
    feu: "feu";
    truck: "truck";
    kg: "kg";
    chargeable_kg: "chargeable_kg";
    shipment: "shipment";
}>;
export type TariffUnit = z.infer<typeof TariffUnit>;
/** Weekdays, ISO order (Mon = 1). */
export declare const Weekday: z.ZodEnum<{
    Mon: "Mon";
    Tue: "Tue";
    Wed: "Wed";
    Thu: "Thu";
    Fri: "Fri";
    Sat: "Sat";
    Sun: "Sun";
}>;
export type Weekday = z.infer<typeof Weekday>;
/** ISO 3166-1 alpha-2 country code. */
export declare const CountryCode: z.ZodString;
export type CountryCode = z.infer<typeof CountryCode>;
/** Ids are lower-case kebab-case: stable, URL-safe, readable in route strings. */
export declare const Id: z.ZodString;
//# sourceMappingURL=vocabulary.d.ts.map