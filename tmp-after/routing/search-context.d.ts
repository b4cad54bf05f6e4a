/**
 * Per-query context of the searches: the cost models' answers for every service, border and
 * handling rule as typed arrays, the banned terminals/borders, and the customs plan. Built once per
 * query (O(services + terminals)); a change of conditions builds a new context, never a new index.
 */
import { type RideLeadTimes, type CostContext, type ParcelDeliveryCharge, type ParcelDeliveryGap } from '../costing/index.ts';
import { type DestinationCustoms, type Mode, type RegimeRule, type TransitProcedure } from '../model/index.ts';
import { type LegalityBan, type ShipmentEnds } from './legality-bans.ts';
import { type HopMemo } from './edge-out.ts';
import { type RoutingIndex } from './routing-index.ts';
/** Import clearance where the route enters the destination's customs territory (decisions DC1). */
/** What a destination territory's import clearance is on one index, whatever the shipment. */
interface TerritoryPlan {
    readonly territory: DestinationCustoms;
    /** median clearance hours: what the search plans with; Monte Carlo draws the distribution */
    readonly timeH: number;
    readonly usd: number;
    /** per terminal: 1 when it lies inside the territory */
    readonly inside: Uint8Array;
    /**
     * per mode code: the transit procedure a ride of that mode moves under from the entry border to
     * where it leaves the train or truck inside the territory (decisions DC3), or null
     */
    readonly transitProcedures: readonly (TransitProcedure | null)[];
}
/** The territory's plan for one shipment: its transit procedures priced (decisions DC5). */
interface ImportCustomsPlan extends Omit<TerritoryPlan, 'transitProcedures'> {
    /** per mode code, as TerritoryPlan.transitProcedures, with the shipment's declarations and money */
    readonly transit: readonly (TransitPlan | null)[];
}
/** A transit procedure of the destination's territory, as the search plans with it. */
export interface TransitPlan {
    readonly procedure: TransitProcedure;
    /** median opening hours at the office of entry; Monte Carlo draws the distribution */
    readonly timeH: number;
    /** the shipment's declarations under it: one per container when filed per container (DC5) */
    readonly declarations: number;
    /** what they cost the shipment, USD */
    readonly usd: number;
}
interface CustomsPlan {
    readonly direction: 'export' | 'import';
    readonly rule: RegimeRule;
    readonly timeH: number;
    readonly usd: number;
}
export interface ContextOptions {
    modes?: readonly Mode[] | undefined;
    avoidCountries?: readonly string[];
    avoidTerminals?: readonly string[];
    avoidBorders?: readonly string[];
    customs?: {
        direction: 'export' | 'import';
        rule: RegimeRule;
    } | null;
    /** the destination's customs territory, when the route enters one from outside it */
    importCustoms?: DestinationCustoms | null;
    /**
     * where a parcel shipment is delivered: the destination's country and terminals. A ride that ends at
     * one of them on a service that is not a parcel product pays the country's last-mile delivery per
     * piece (decisions C6)
     */
    parcelDestination?: {
        country: string;
        terminals: readonly string[];
    } | null;
    /** when the shipment is booked (epoch hours): on-demand services count their lead time from it */
    bookedAtH?: number | undefined;
    /**
     * whose special cargo's permits and approvals (decisions C14) the rides wait for; absent: the
     * shipment's own. A comparison as for ordinary cargo keeps the restricted shipment's lead times
     * while the services' refusals are lifted.
     */
    leadTimesOf?: CostContext | undefined;
    /** legality rules (legality.yaml) not applied in this what-if, by id */
    waiveRules?: readonly string[];
    /** whether the shipment starts and ends in China: cabotage exceptions for foreign-trade relays, and no crossing back (docs/decisions.md L2) */
    ends?: ShipmentEnds;
}
export interface SearchContext {
    readonly index: RoutingIndex;
    readonly cost: CostContext;
    readonly modeMask: number;
    readonly serviceAllowed: Uint8Array;
    /** why a service is not allowed (cargo rules, closures), for "no route" answers */
    readonly serviceReason: readonly (string | null)[];
    /** edges forbidden for this query (cabotage rides, crossings back into or out of China); null when none is */
    readonly edgeBanned: Uint8Array | null;
    /** what the legality rules removed for this query: services, and rides of services (cabotage) */
    readonly legalityBans: readonly LegalityBan[];
    /**
     * line haul of each tariff pair of the index for this shipment, conditions applied: NaN until the
     * pair is priced (pricePair), on the first use of a hop that rides it (edge-cost.ts)
     */
    readonly pairUsd: Float64Array;
    /** prices tariff pair k for this shipment (what pairUsd[k] then holds) */
    readonly pricePair: (k: number) => number;
    /** per-km rule of each service for this shipment: USD per km and minimum charge (0 without one) */
    readonly servicePerKmUsd: Float64Array;
    readonly serviceMinUsd: Float64Array;
    readonly serviceExtraH: Float64Array;
    readonly serviceSubsidyUsd: Float64Array;
    /** special-cargo surcharges one ride of each service pays for this shipment (decisions C3) */
    readonly serviceSpecialCargoUsd: Float64Array;
    /** special-cargo surcharge as a share of a ride's line haul (C5), per service */
    readonly serviceSpecialCargoShare: Float64Array;
    /** subsidies limited to boarding terminals: key service × terminalCount + terminal */
    readonly boardSubsidyUsd: ReadonlyMap<number, number>;
    readonly hasBoardSubsidy: Uint8Array;
    readonly terminalBanned: Uint8Array;
    readonly borderBanned: Uint8Array;
    readonly borderFeeUsd: Float64Array;
    readonly borderGaugeUsd: Float64Array;
    /** hub emissions of each border's gauge change: a crane transfer lifts every box (V13) */
    readonly borderGaugeCo2Kg: Float64Array;
    readonly borderExtraH: Float64Array;
    readonly handlingUsd: Float64Array;
    /** per node: money and hours of leaving one service and boarding another of the same mode there */
    readonly reboardUsd: Float64Array;
    readonly reboardH: Float64Array;
    readonly hubCo2Kg: number;
    readonly tonnes: number;
    readonly customs: CustomsPlan | null;
    /** import clearance at the entry into the destination's customs territory, or null */
    readonly importCustoms: ImportCustomsPlan | null;
    /**
     * last-mile delivery (decisions C6) a ride into the destination pays unless its service is a
     * parcel product, or null
     */
    readonly parcelDelivery: ParcelDeliveryCharge | null;
    /** why a parcel shipment's last mile at the destination has no price (then parcelDelivery is null) */
    readonly parcelDeliveryGap: ParcelDeliveryGap | null;
    /**
     * per terminal: 1 where the query's destination is (null: none given). A parcel product's ride ends
     * the route there and nowhere else; another ride ending there pays the parcel delivery.
     */
    readonly atDestination: Uint8Array | null;
    /** over legs 0…k-1 of each service: legs that cross a border into the destination territory */
    readonly legImportPrefix: Int32Array;
    /** terminals where the customs plan's clearance can be done */
    readonly clearAt: Uint8Array;
    /** corridor exploration bans gateways here; searches read them like other bans */
    readonly gatewayBorderBan: Uint8Array;
    readonly gatewayPortBan: Uint8Array;
    /** how many gateways are banned now (0: hops skip the per-leg gateway check) */
    readonly gatewayBans: {
        count: number;
    };
    /**
     * Per-service prefix sums over its stops and legs (flattened; service s starts at svcBase[s]), so a
     * hop i→j checks bans and adds border fees in O(1): value(i→j) = prefix[base + j] − prefix[base + i].
     */
    readonly svcBase: Int32Array;
    /** banned stops among stops 0…k-1 */
    readonly stopBannedPrefix: Int32Array;
    /** over legs 0…k-1: banned borders crossed, border money, extra dwell hours */
    readonly legBannedPrefix: Int32Array;
    readonly legBorderFeePrefix: Float64Array;
    readonly legGaugePrefix: Float64Array;
    readonly legGaugeCo2Prefix: Float64Array;
    readonly legExtraHPrefix: Float64Array;
    readonly isDepartureFull: ((serviceId: string, departMs: number) => boolean) | undefined;
    /** booking time of the shipment (epoch hours); undefined: each on-demand boarding waits its full lead time */
    readonly bookedAtH: number | undefined;
    /** the cost context whose cargo decides the lead times (`ContextOptions.leadTimesOf`) */
    readonly leadCost: CostContext;
    /**
     * per service stop (flattened like the prefixes): hours from the booking until the permits and
     * approvals a ride stopping there needs for this shipment are in hand (decisions C14); null when the
     * shipment needs none. A hop i→j waits for the largest over its stops i…j.
     */
    readonly stopLeadH: Float64Array | null;
    /**
     * each hop's money, hours and CO2e under this context, worked out on its first use (edge-cost.ts
     * hopBase); a copy of the context (`{ ...ctx }`) shares it, which is right while the copy changes
     * nothing a hop's cost reads (it may change isDepartureFull)
     */
    readonly hopMemo: HopMemo;
}
export declare function createSearchContext(index: RoutingIndex, cost: CostContext, opts?: ContextOptions): SearchContext;
/** Hours from the booking until ride i→j of service s may leave (0: no permit or approval needed). */
export declare function hopLeadH(ctx: SearchContext, s: number, i: number, j: number): number;
/**
 * The permits and approvals ride i→j of service s waits for (decisions C14): `rideLeadTimes` over the
 * countries of the stops it touches; its `hours` are `hopLeadH`'s.
 */
export declare function hopLeadTimes(ctx: SearchContext, s: number, i: number, j: number): RideLeadTimes;
export {};
//# sourceMappingURL=search-context.d.ts.map