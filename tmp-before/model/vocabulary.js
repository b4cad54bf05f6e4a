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
export const Mode = z.enum(['rail', 'road', 'sea', 'air']);
export const MODES = Mode.options;
export const MODE_TRAITS = {
    rail: { land: true, gateway: 'border' },
    road: { land: true, gateway: 'border' },
    sea: { land: false, gateway: 'seaport' },
    air: { land: false, gateway: 'airport' },
};
/** true for rail and road: border crossings, border stops, gauges */
export const isLandMode = (mode) => MODE_TRAITS[mode].land;
/** What a terminal is; a terminal may be several things at once (`kinds`). */
export const TerminalKind = z.enum([
    'rail_terminal', // rail yard, container terminal or international land port (国际陆港)
    'road_terminal', // truck terminal or road port facility
    'seaport',
    'airport',
    'border_station', // station or checkpoint at a land border (口岸)
    'bonded_zone', // comprehensive bonded zone (综合保税区) or B-type bonded logistics centre (B型保税物流中心)
    'express_centre', // international express supervision centre / mail exchange office
    'city_hub', // destination hub standing for a city's logistics area
]);
/** Kinds of service; they decide default cargo rules and how the map styles the line. */
export const ServiceKind = z.enum([
    'china_europe_train', // 中欧班列
    'rail_sea_train', // 海铁联运 shuttle to a seaport
    'domestic_rail',
    'transit_rail', // trunk rail link used by through trains (Trans-Mongolian, Trans-Siberian)
    'tir_truck', // TIR truck line (中俄蒙卡班 / 中欧卡班)
    'road_truck', // domestic or cross-border trucking on demand
    'express_road', // express road channel (e.g. Beijing airports ↔ Chifeng)
    'deep_sea',
    'short_sea',
    'air_freighter', // 全货机
    'air_belly',
]);
/** Track gauge in millimetres: standard (China, Europe) and Russian broad gauge (Mongolia, Russia, Belarus). */
export const Gauge = z.union([z.literal(1435), z.literal(1520)]);
/**
 * China's customs regimes for cross-border e-commerce, plus general trade.
 * 9610 B2C retail parcels; 9710 B2B direct export; 9810 B2B export to an overseas warehouse;
 * 1210 bonded e-commerce (stock in a bonded zone, cleared per retail order).
 */
export const CustomsRegime = z.enum(['9610', '9710', '9810', '1210', 'general']);
/** Cargo flags that restrict which services may carry a shipment. */
export const CargoFlag = z.enum(['reefer', 'dangerous_goods', 'lithium_batteries', 'oversize']);
/**
 * UN numbers of lithium batteries shipped as cargo: UN3480 lithium-ion cells and batteries on their
 * own, UN3481 packed with or contained in equipment (docs/decisions.md C1).
 */
export const LithiumUn = z.enum(['UN3480', 'UN3481']);
/** Dangerous-goods classes of the UN Model Regulations (IMDG, ADR/RID, SMGS annex 2, IATA DGR). */
export const DgClass = z.number().int().min(1).max(9);
/** How a border crossing changes rail gauge. */
export const GaugeChangeMethod = z.enum(['container_transfer', 'bogie_exchange', 'variable_gauge']);
/** Transit documents regimes met at borders. */
export const DocumentsRegime = z.enum(['TIR', 'SMGS', 'CIM', 'CIM/SMGS', 'national']);
/** Units a tariff can be quoted in. `chargeable_kg` is max(actual kg, volumetric kg) as air freight bills. */
export const TariffUnit = z.enum(['teu', 'feu', 'truck', 'kg', 'chargeable_kg', 'shipment']);
/** Weekdays, ISO order (Mon = 1). */
export const Weekday = z.enum(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "CN"');
/** Ids are lower-case kebab-case: stable, URL-safe, readable in route strings. */
export const Id = z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case kebab-case id such as "erenhot-rail"');
//# sourceMappingURL=vocabulary.js.map