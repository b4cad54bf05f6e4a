/**
 * A planned route and the planner's answer. Times are ISO 8601 strings in UTC; durations in hours;
 * money in USD; emissions in kg CO2e. The same shapes go out over the API, the CLI --json and to the web.
 */
import { z } from 'zod';
import { CargoFlag, CustomsRegime, GaugeChangeMethod, Mode, ServiceKind, TariffUnit, } from "./vocabulary.js";
import { Objective } from "./query.js";
export const TerminalRef = z.object({
    id: z.string(),
    name: z.string(),
    name_zh: z.string(),
    country: z.string(),
    lon: z.number(),
    lat: z.number(),
});
/**
 * One emission factor on one ride (GLEC Framework / ISO 14083: each leg's CO2e names the intensity
 * used, its basis and its source). Consecutive legs of the service under the same factor are merged.
 */
export const EmissionFactorUse = z.object({
    factor_id: z.string().describe("id in the network's emissions.yaml"),
    description: z.string(),
    basis: z.enum(['WTW', 'TTW']).describe('well-to-wheel or tank-to-wheel'),
    co2e_kg_per_tkm: z.number(),
    distance_km: z.number().describe('km of the ride under this factor'),
    sources: z.array(z.string()).describe('source ids (sources.yaml) of the factor'),
    assumption: z.string().optional(),
});
/** One timetabled departure a part of a split shipment takes. */
export const CapacityDeparture = z.object({
    service_id: z.string(),
    depart: z.string().describe('departure from the stop where the part boards'),
    capacity: z.number().describe("what the departure takes, in the split's `unit`"),
});
/** One part of a shipment split over departures: what it holds, when it leaves and arrives, its cost. */
export const CapacityPart = z.object({
    feu: z.number().int().optional(),
    teu: z.number().int().optional(),
    kg: z.number().optional(),
    load: z.number().describe("the part in the split's `unit` (TEU equivalents or kg)"),
    depart: z.string().describe('its first timetabled departure with a filed capacity'),
    arrive: z.string().describe('scheduled arrival at the destination'),
    departures: z.array(CapacityDeparture).describe('the capacity-limited departures it takes'),
    cost_usd: z.number().describe("the route's cost per unit × the part's units"),
});
/**
 * A shipment larger than a departure of the route can take, split over successive departures
 * (docs/decisions.md CP1). The route's arrival, P50 and P90 are the last part's.
 */
export const CapacitySplit = z.object({
    unit: z.enum(['teu', 'kg']).describe('containers count in TEU equivalents, loose cargo in kg'),
    shipment_load: z.number(),
    per_departure: z.number().describe('the smallest capacity of a departure on the route'),
    bottleneck_service_id: z.string(),
    parts: z.array(CapacityPart),
    carried_load: z.number(),
    short_load: z
        .number()
        .describe('what no departure within the limit can take; 0 when all is carried'),
    limit: z
        .enum(['deadline', 'horizon'])
        .describe("the query's deadline (scheduled arrival), else a horizon on departures"),
    limit_at: z.string(),
    complete: z.boolean(),
});
/**
 * A permit or approval a ride's special cargo needs (network.yaml `special_cargo_lead_times`,
 * docs/decisions.md C14), as the ride's lead time took it.
 */
export const LegPermit = z.object({
    cargo: CargoFlag,
    name: z.string(),
    name_zh: z.string(),
    country: z
        .string()
        .optional()
        .describe('the country of a national permit; absent when filed for every country'),
    hours: z.number().describe('hours from the booking until it is in hand'),
    binding: z
        .boolean()
        .describe("the longest of the ride's permits (or tying with it): the one the ride waits for"),
    sources: z.array(z.string()).describe('its source ids, and "assumption" when it is one'),
});
/**
 * What a ride's special cargo waits for before the ride may take it (docs/decisions.md C14): worked
 * out once, when the route is built; the notices and the simulator read it from here.
 */
export const LegLeadTime = z.object({
    hours: z
        .number()
        .describe('hours from the booking before the ride may leave: its longest permit or approval'),
    held_h: z
        .number()
        .describe('how long the ride waited at `from` for them after the cargo was there (within wait_h; 0 when they were in hand by then)'),
    permits: z.array(LegPermit).describe('every permit or approval the ride needs, in flag order'),
});
/** A ride on one service between two of its stops. */
export const RouteLeg = z.object({
    service_id: z.string(),
    service_name: z.string(),
    service_name_zh: z.string().optional(),
    mode: Mode,
    kind: ServiceKind,
    from: TerminalRef,
    to: TerminalRef,
    /** terminals passed on board, in order (excluding from and to) */
    via: z.array(TerminalRef),
    wait_h: z.number().describe('waiting at `from` for this departure'),
    depart: z.string(),
    arrive: z.string(),
    duration_h: z.number(),
    distance_km: z.number(),
    cost_usd: z
        .number()
        .describe("what this ride costs the shipper: line haul, special-cargo surcharges and the parcels' last-mile delivery, less any subsidy on it"),
    line_haul_usd: z
        .number()
        .describe("the carrier's price for the ride (its tariff, or a parcel product's price), before surcharges, delivery and subsidy; in cost_usd"),
    subsidy_usd: z
        .number()
        .optional()
        .describe('the subsidy on this ride (negative), already in cost_usd; absent when none applies'),
    special_cargo_usd: z
        .number()
        .optional()
        .describe("the special-cargo surcharges on this ride (reefer, dangerous goods, lithium batteries, oversize), already in cost_usd; absent when none applies (the answer's notices name the rates)"),
    parcel_delivery_usd: z
        .number()
        .optional()
        .describe("last-mile delivery of the parcels to their doors at the destination, already in cost_usd: on the ride that ends there when it is not a parcel product; absent when none applies (the answer's notices name the rate)"),
    co2e_kg: z.number(),
    /** the emission factors behind co2e_kg, with the km each covered (absent in older answers) */
    co2e_factors: z.array(EmissionFactorUse).optional(),
    /** [lon, lat] points along the leg, for the map */
    path: z.array(z.tuple([z.number(), z.number()])),
    cutoff_h: z
        .number()
        .optional()
        .describe('cargo cut-off: hours before this departure by which the cargo must be at `from`'),
    booking: z
        .enum(['scheduled', 'on_demand'])
        .optional()
        .describe('scheduled: a timetabled departure (train, ship, flight, truck line such as 中欧卡班); on_demand: a truck or service booked for this shipment'),
    crew: z
        .enum(['single', 'double'])
        .optional()
        .describe('trucks whose running time comes from the driving rules: one driver or two'),
    lead_time: LegLeadTime.optional().describe("the permits and approvals the shipment's special cargo needs before this ride; absent when none"),
});
export const TransferEvent = z.object({
    at: TerminalRef,
    from_mode: Mode,
    to_mode: Mode,
    start: z.string(),
    end: z.string(),
    time_h: z.number(),
    cost_usd: z.number(),
    co2e_kg: z
        .number()
        .describe("hub emissions of the handling: the network's hub factor (kg CO2e per tonne handled) × the shipment's tonnes"),
});
export const BorderEvent = z.object({
    border_id: z.string(),
    name: z.string(),
    name_zh: z.string(),
    from: TerminalRef,
    to: TerminalRef,
    start: z.string(),
    end: z.string(),
    dwell_h: z.number().describe('planned (median) dwell'),
    dwell_p90_h: z.number(),
    cost_usd: z.number(),
    gauge_change: z
        .object({
        from_mm: z.number(),
        to_mm: z.number(),
        method: GaugeChangeMethod,
        time_h: z.number(),
        cost_usd: z.number(),
        co2e_kg: z
            .number()
            .describe("hub emissions of the transfer between wagons: the network's hub factor × the shipment's tonnes for a container transfer, 0 for a bogie exchange or variable-gauge axles"),
    })
        .optional(),
    /** set when the cargo stays on a through service across the border */
    service_id: z.string().optional(),
});
export const CustomsEvent = z.object({
    regime: CustomsRegime.describe("China's regime of the shipment; a destination's import clearance says `general` and names its territory"),
    direction: z
        .enum(['export', 'import', 'transit'])
        .describe("`transit`: a transit procedure opened where the route enters the destination's territory (docs/decisions.md DC3); its import clearance follows where the cargo leaves the train or truck"),
    procedure: z
        .enum(['T1', 'TIR', 'CIM/SMGS'])
        .optional()
        .describe('the transit procedure of a `transit` event: T1 (Union transit, NCTS), TIR, CIM/SMGS'),
    at: TerminalRef,
    closes_at: TerminalRef.optional().describe("a `transit` event: the office of destination where the transit is discharged and the import clearance made (the ride's end inside the territory)"),
    declarations: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('a `transit` event: the transit declarations its cost counts, one per container of a container shipment under T1 in NCTS, one for loose cargo and parcels (docs/decisions.md DC5)'),
    start: z.string(),
    end: z.string(),
    time_h: z.number(),
    cost_usd: z.number(),
    territory: z
        .object({ id: z.string(), name: z.string(), name_zh: z.string() })
        .optional()
        .describe("the destination's customs territory (customs union or country) whose import clearance this is, at its point of entry; absent for China's own regimes"),
});
/** One bar of the route's timeline (Gantt): what the cargo is doing from start to end. */
export const TimelineStep = z.object({
    type: z.enum(['wait', 'ride', 'transfer', 'border', 'customs']),
    label: z.string(),
    label_zh: z.string(),
    start: z.string(),
    end: z.string(),
    terminal_id: z.string().optional(),
    service_id: z.string().optional(),
});
export const CostBreakdown = z.object({
    total_usd: z.number(),
    line_haul_usd: z.number(),
    handling_usd: z.number(),
    border_usd: z.number().describe('border fees, inspection and documents (gauge change apart)'),
    gauge_change_usd: z
        .number()
        .default(0)
        .describe('gauge change at borders (container transfer or bogie exchange)'),
    customs_usd: z.number().describe("China's export or import clearance (the shipment's regime)"),
    import_customs_usd: z
        .number()
        .default(0)
        .describe("import clearance at the point of entry into the destination's customs territory (duties and VAT apart); under transit, where the cargo leaves the train or truck"),
    transit_customs_usd: z
        .number()
        .default(0)
        .describe("transit declaration (T1 in NCTS, TIR carnet) from the entry border into the destination's customs territory to the office where it is cleared, with its guarantee (docs/decisions.md DC4)"),
    special_cargo_usd: z
        .number()
        .default(0)
        .describe('special-cargo surcharges (reefer, dangerous goods, lithium batteries, oversize), once per ride of a mode that files one for the cargo'),
    parcel_delivery_usd: z
        .number()
        .default(0)
        .describe("last-mile delivery of a 9610 parcel shipment's pieces to their doors, per piece by the destination country's parcel rate, when the route does not end on a parcel product (which delivers door to door)"),
    subsidy_usd: z.number().describe('negative or zero: subsidies reduce the total'),
});
/**
 * The components' fields, read off the schema: a component added to CostBreakdown is summed, rounded
 * and checked without another list to extend.
 */
export const COST_COMPONENT_KEYS = Object.keys(CostBreakdown.shape).filter((k) => k !== 'total_usd');
/** The total of a cost breakdown: the sum of its components. */
export function sumCostComponents(c) {
    let total = 0;
    for (const k of COST_COMPONENT_KEYS)
        total += c[k];
    return total;
}
/** The corridor of a route: the ordered gateways (border crossings, seaport and airport exits). */
export const Corridor = z.object({
    id: z
        .string()
        .describe('stable key, e.g. "border:erenhot-zamyn-uud-rail>border:brest-malaszewicze-rail"'),
    label: z.string().describe('e.g. "Erenhot–Zamyn-Uud · Brest–Małaszewicze"'),
    label_zh: z.string(),
    gateways: z.array(z.string()),
    group: z
        .string()
        .optional()
        .describe('id of the named corridor (corridors.yaml) the route belongs to, e.g. "erenhot-rail"'),
    short: z.string().optional().describe('the named corridor\'s short name, e.g. "Erenhot rail"'),
    short_zh: z.string().optional(),
});
export const Route = z.object({
    id: z.string(),
    /** one-line text form, e.g. "baotou-rail ~RAIL 765km 1d2h~ erenhot-rail [border 9h] …" */
    summary: z.string(),
    corridor: Corridor,
    from: TerminalRef,
    to: TerminalRef,
    depart: z.string(),
    arrive: z.string().describe('scheduled arrival, no delays'),
    arrive_p50: z.string(),
    arrive_p90: z.string(),
    duration_h: z.number(),
    duration_p50_h: z.number(),
    duration_p90_h: z.number(),
    transit_h: z
        .number()
        .describe('scheduled hours from the first departure (train, truck, ship or flight) to arrival: the transit time a carrier quotes; duration_h adds the wait from cargo ready (`depart`) to that departure'),
    distance_km: z.number(),
    cost: CostBreakdown,
    co2e_kg: z.number(),
    generalized_cost_usd: z.number(),
    transfers: z.number().int(),
    modes: z.array(Mode),
    legs: z.array(RouteLeg),
    transfer_events: z.array(TransferEvent),
    border_events: z.array(BorderEvent),
    customs_events: z.array(CustomsEvent),
    timeline: z.array(TimelineStep),
    /** true when the route is on the Pareto front of the answer (cost, arrival, CO2e) */
    pareto_optimal: z.boolean(),
    missed_departure_risk: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe('chance (Monte Carlo) that delays make the cargo miss a departure it is planned on; P50/P90 include rolling to the next one'),
    capacity: CapacitySplit.optional().describe('present when the shipment is larger than a timetabled departure of the route takes: its split over departures'),
});
export const PlanStatus = z.enum(['ok', 'no_route']);
/**
 * Machine-readable forms of the planner's texts, so a client can word them in its own language.
 * Each code names one kind of message; its value lists the params the English text interpolates.
 * Codes are stable: a client shows the English `text` for a code it does not know.
 */
export const NO_ROUTE_CODES = {
    /** lifting constraints.avoid_countries gives a route */
    AVOID_COUNTRIES: ['countries'],
    AVOID_TERMINALS: ['terminals'],
    AVOID_BORDERS: ['borders'],
    /** no route uses only the allowed modes */
    MODES: ['modes'],
    MAX_TRANSFERS: ['max_transfers'],
    BUDGET: ['budget_usd'],
    DEADLINE: ['deadline'],
    /** routes exist, but every one arrives after the deadline at P50 */
    DEADLINE_P50: ['deadline', 'earliest_p50'],
    /** a route's first departure is in time, but its departures cannot carry the whole shipment by the deadline */
    CAPACITY_DEADLINE: [
        'deadline',
        'shipment',
        'carried',
        'service',
        'shipment_amount',
        'carried_amount',
    ],
    CARGO: ['cargo'],
    REGIME: ['regime'],
    /** the regime needs an overseas warehouse or a bonded zone at the destination, and none is there */
    REGIME_DESTINATION: ['regime', 'need', 'terminals'],
    CONDITIONS: [],
    /** only routes a legality rule forbids (cabotage, sanctions) would reach the destination */
    LEGALITY: ['rules', 'rule_names', 'rule_names_zh', 'forbidden'],
    /** no single constraint explains it: the network has no connection for this shipment */
    NO_CONNECTION: ['from', 'to', 'blocked'],
};
export const NoRouteCode = z.enum(Object.keys(NO_ROUTE_CODES));
export const NOTICE_CODES = {
    /** a CBEC regime on a route that never crosses China's customs border */
    REGIME_DOMESTIC: ['regime'],
    NO_GENERAL_CUSTOMS_RULE: [],
    /** the generalized cost priced time from the network's default cargo value */
    DEFAULT_CARGO_VALUE: ['teu_eq', 'usd_per_teu', 'cargo_value_usd', 'value_of_time_usd_per_h'],
    NO_VALUE_OF_TIME: [],
    PARETO_LABEL_CAP: [],
    PARETO_FOLDED: ['folded'],
    PARETO_CAPPED: ['total', 'shown'],
    CORRIDOR_LABEL_CAP: [],
    /** every route found back-tracks (decisions R17, R30); the reason is the first route's */
    BACKTRACKING_ROUTE: ['reason'],
    LATE_ROUTES_LEFT_OUT: ['count'],
    /**
     * the first route pays a special-cargo surcharge on its rides of a mode (decisions C3); `rates` in
     * English words, `rate_terms` the same rates as numbers (RateTerm) for a client's own wording
     */
    SPECIAL_CARGO_SURCHARGE: ['flag', 'mode', 'rides', 'usd', 'rates', 'rate_terms', 'sources'],
    /** a ride of the first route needs a permit or approval for the shipment's special cargo, asked for at the booking (decisions C14) */
    SPECIAL_CARGO_LEAD_TIME: [
        'flag',
        'mode',
        'permit',
        'permit_zh',
        'country',
        'hours',
        'service',
        'held_h',
        'sources',
    ],
    /** a ride of the first route is priced on a parcel product's tariff, per piece and weight (decisions C4) */
    PARCEL_TARIFF: [
        'service',
        'product',
        'product_zh',
        'basis',
        'first_kg',
        'step_kg',
        'divisor',
        'pieces',
        'chargeable_kg',
        'usd',
        'sources',
    ],
    /** the first route ends on a service that is not a parcel product: it pays the destination's last-mile delivery per piece (decisions C6) */
    PARCEL_DELIVERY: [
        'service',
        'terminal',
        'country',
        'carrier',
        'carrier_zh',
        'pieces',
        'kg_per_piece',
        'up_to_kg',
        'usd_per_piece',
        'usd',
        'sources',
    ],
    /** the first route ends on a service that is not a parcel product, in a country whose parcel delivery the network does not price */
    PARCEL_DELIVERY_NO_RATE: ['service', 'terminal', 'country', 'pieces'],
    /** the first route ends on a service that is not a parcel product, and its pieces are heavier than the country's parcel carrier delivers */
    PARCEL_PIECE_OVER_DELIVERY_LIMIT: [
        'service',
        'terminal',
        'country',
        'carrier',
        'carrier_zh',
        'pieces',
        'kg_per_piece',
        'heaviest_kg',
    ],
    /** the shipment is larger than a departure takes: the first route splits it over departures */
    CAPACITY_SPLIT: [
        'shipment',
        'service',
        'per_departure',
        'departures',
        'last_arrival',
        'shipment_amount',
        'per_departure_amount',
    ],
    /** within the deadline or horizon the first route's departures carry only part of the shipment */
    CAPACITY_SHORT: [
        'shipment',
        'carried',
        'short',
        'service',
        'limit',
        'limit_at',
        'shipment_amount',
        'carried_amount',
        'short_amount',
    ],
    /** a legality rule removed an option that would have ranked first */
    LEGALITY_REMOVED_OPTION: ['rule', 'rule_name', 'rule_name_zh', 'service', 'text'],
    /** the shipment's cargo (flags, DG class, battery UN number) removed an option that would have ranked first */
    CARGO_RESTRICTED_OPTION: ['service', 'service_name', 'service_name_zh', 'cargo', 'reason'],
    /** the query waived legality rules for a what-if */
    LEGALITY_WAIVED: ['rules', 'rule_names', 'rule_names_zh'],
    /** the API returned only the first routes of a longer answer */
    ROUTES_TRUNCATED: ['total', 'shown'],
    /** a city name stood for several terminals: each route starts (or ends) at the one that suits it */
    PLACE_CITY_TERMINALS: ['field', 'place', 'terminals', 'chosen'],
    /** cost objective: route `route` (1-based) costs a little more than the cheapest and arrives much sooner */
    FASTER_FOR_LITTLE_MORE: ['route', 'usd_more', 'days_sooner'],
};
export const NoticeCode = z.enum(Object.keys(NOTICE_CODES));
/**
 * One rate a special-cargo surcharge was priced at (decisions C3, C5, API21): USD per unit, at least
 * `min_usd` a ride when filed, or a share of the ride's line haul (1: the freight again).
 */
export const RateTerm = z.union([
    z.object({
        usd: z.number(),
        unit: TariffUnit.describe('what `usd` is per'),
        min_usd: z.number().optional().describe('least surcharge per ride'),
    }),
    z.object({ share: z.number().describe("share of the ride's line haul") }),
]);
/**
 * An amount of cargo as numbers (the capacity texts' `*_amount` params, decisions API21): FEU and TEU
 * for containers, kg for loose cargo; the English params beside them ("400 FEU") say the same.
 */
export const CargoAmount = z
    .object({ feu: z.number().optional(), teu: z.number().optional(), kg: z.number().optional() })
    .strict();
/** The values a text interpolates, by name: numbers, ids, dates, lists of ids, rates (RateTerm) or amounts. */
export const MessageParams = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.array(RateTerm), CargoAmount]));
/** One warning in structured form; `text` is the same string as the matching entry of `warnings`. */
export const Notice = z.object({ code: NoticeCode, params: MessageParams, text: z.string() }).meta({
    examples: [
        {
            code: 'LATE_ROUTES_LEFT_OUT',
            params: { count: 2 },
            text: '2 route(s) left out: their P50 arrival is after the deadline',
        },
    ],
});
/**
 * Why a named corridor carries no route of a compare answer. Codes are stable; a client words them in
 * its own language from the params and shows `reason` (English) for a code it does not know.
 */
export const CORRIDOR_REASON_CODES = {
    /** the query's allowed modes leave out the corridor's main mode */
    MODE_NOT_ALLOWED: ['mode'],
    /** containers (TEU/FEU) on an air corridor */
    CONTAINERS_DO_NOT_FLY: [],
    /** no service of the corridor takes containers, or none takes loose cargo and parcels */
    CONTAINERS_NOT_CARRIED: [],
    PARCELS_NOT_CARRIED: [],
    /** a cargo flag of the shipment no service of the corridor accepts */
    NO_REEFER_SERVICE: [],
    CARGO_NOT_CARRIED: ['flag'],
    /** dangerous goods: the corridor's services take other classes only (decisions C9) */
    DG_CLASS_NOT_CARRIED: ['dg_class'],
    /** dangerous goods without a class: the corridor's services take some classes only */
    DG_CLASS_NOT_GIVEN: [],
    /** the query avoids a country, border or port the corridor needs */
    AVOIDED: ['avoided'],
    /** nothing rules it out beforehand, but the search found no route through it for this shipment */
    NO_ROUTE_FOUND: [],
    /** its route is a detour over land that another corridor beats on money, arrival and CO2e (`better`, `better_zh`: that corridor's name) */
    DETOUR: ['distance_km', 'direct_km', 'better', 'better_zh'],
};
export const CorridorReasonCode = z.enum(Object.keys(CORRIDOR_REASON_CODES));
/** One row of a corridor comparison: a named corridor, its best route in the answer, or why it has none. */
export const CorridorRow = z
    .object({
    group: z
        .string()
        .describe('corridor id (corridors.yaml), or "other:<gateway ids>" for a route no named corridor takes'),
    short: z.string(),
    short_zh: z.string(),
    name: z.string(),
    name_zh: z.string(),
    mode: Mode,
    possible: z.boolean(),
    route_id: z.string().optional().describe('the best route of this corridor in `routes`'),
    route_ids: z.array(z.string()).describe('every route of `routes` in this corridor, best first'),
    reason: z.string().optional().describe('when not possible: why, in English'),
    reason_code: CorridorReasonCode.optional(),
    reason_params: MessageParams.optional(),
})
    .meta({ id: 'CorridorRow' });
export const PlanResult = z.object({
    status: PlanStatus,
    objective: Objective,
    from: TerminalRef.describe("the origin as resolved: the first route's start when the place is a city of several terminals"),
    to: TerminalRef.describe("the destination as resolved: the first route's end, likewise"),
    routes: z.array(Route),
    /** with status no_route: why (e.g. which constraint removed the last corridor) */
    reason: z.string().optional(),
    /** with status no_route: the kind of reason and the values its text names */
    reason_code: NoRouteCode.optional(),
    reason_params: MessageParams.optional(),
    warnings: z.array(z.string()),
    /** the warnings in structured form, in the same order (absent in answers of older servers) */
    notices: z.array(Notice).default([]),
    stats: z.object({ labels: z.number().int(), elapsed_ms: z.number() }),
    /** compare answers: one row per named corridor that could serve the pair, possible or not */
    corridors: z.array(CorridorRow).optional(),
});
//# sourceMappingURL=route.js.map