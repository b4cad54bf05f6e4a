/**
 * Per-query context of the searches: the cost models' answers for every service, border and
 * handling rule as typed arrays, the banned terminals/borders, and the customs plan. Built once per
 * query (O(services + terminals)); a change of conditions builds a new context, never a new index.
 */
import {
  borderFeeUsd,
  costModelFor,
  isParcelShipment,
  parcelLastMile,
  parcelTariffUsd,
  customsUsd,
  gaugeChangeUsd,
  handlingUsd,
  hubCo2eKg,
  medianOf,
  perKmRate,
  rideLeadTimes,
  type RideLeadTimes,
  specialCargoRide,
  subsidyUsd,
  transitDeclarations,
  transitUsd,
  type CostContext,
  type ParcelDeliveryCharge,
  type ParcelDeliveryGap,
} from '../costing/index.ts';
import {
  filedServiceId,
  type DestinationCustoms,
  type Mode,
  type RegimeRule,
  type TransitProcedure,
} from '../model/index.ts';
import { legalityFor, type LegalityBan, type ShipmentEnds } from './legality-bans.ts';
import { OUT_SIZE, type HopMemo } from './edge-out.ts';
import { modeCode, MODE_LIST, type RoutingIndex } from './routing-index.ts';
import { TypedArena } from '../lib/typed-arena.ts';

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

/**
 * Import clearance where the route enters the destination's customs territory (decisions DC1): the
 * territory's plan for one shipment, its transit procedures priced (decisions DC5).
 */
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
  customs?: { direction: 'export' | 'import'; rule: RegimeRule } | null;
  /** the destination's customs territory, when the route enters one from outside it */
  importCustoms?: DestinationCustoms | null;
  /**
   * where a parcel shipment is delivered: the destination's country and terminals. A ride that ends at
   * one of them on a service that is not a parcel product pays the country's last-mile delivery per
   * piece (decisions C6)
   */
  parcelDestination?: { country: string; terminals: readonly string[] } | null;
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
  readonly gatewayBans: { count: number };
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

/** What a context reads that depends on the index alone (or on a territory of its network). */
interface IndexShape {
  /** service s's stops and legs start at svcBase[s] in the flattened prefix arrays */
  readonly svcBase: Int32Array;
  readonly total: number;
  /** all zeros, length total: the prefix of a query that bans nothing, adds no dwell; never written */
  readonly zerosI: Int32Array;
  readonly zerosF: Float64Array;
  readonly territories: WeakMap<
    DestinationCustoms,
    { plan: TerritoryPlan; legImportPrefix: Int32Array }
  >;
  /** bytes the arrays of a context need (the most a context has taken): its arena's capacity */
  contextBytes: number;
}
const shapes = new WeakMap<RoutingIndex, IndexShape>();

function shapeOf(index: RoutingIndex): IndexShape {
  let shape = shapes.get(index);
  if (!shape) {
    const svcBase = new Int32Array(index.services.length);
    let total = 0;
    index.services.forEach((si, k) => {
      svcBase[k] = total;
      total += si.stops.length + 1;
    });
    shape = {
      svcBase,
      total,
      zerosI: new Int32Array(total),
      zerosF: new Float64Array(total),
      territories: new WeakMap(),
      contextBytes: 0,
    };
    shapes.set(index, shape);
  }
  return shape;
}

/** Import clearance of a destination territory and its entries on board, once per index and territory. */
function importPlanOf(
  index: RoutingIndex,
  shape: IndexShape,
  territory: DestinationCustoms,
): { plan: TerritoryPlan; legImportPrefix: Int32Array } {
  let got = shape.territories.get(territory);
  if (got) return got;
  const T = index.terminals.length;
  const countriesIn = new Set(territory.countries);
  const inside = new Uint8Array(T);
  for (let i = 0; i < T; i++) if (countriesIn.has(index.terminals[i]!.country)) inside[i] = 1;
  const plan: TerritoryPlan = {
    territory,
    timeH: medianOf(territory.clearance_h),
    usd: territory.cost_usd_per_shipment.value,
    inside,
    transitProcedures: MODE_LIST.map(
      (m) => (territory.transit ?? []).find((t) => t.modes.includes(m)) ?? null,
    ),
  };
  const legImportPrefix = new Int32Array(shape.total);
  index.services.forEach((si, k) => {
    const base = shape.svcBase[k]!;
    for (let i = 0; i < si.legBorder.length; i++) {
      const enters =
        si.legBorder[i]! >= 0 && !inside[si.stops[i]!] && inside[si.stops[i + 1]!] ? 1 : 0;
      legImportPrefix[base + i + 1] = legImportPrefix[base + i]! + enters;
    }
  });
  got = { plan, legImportPrefix };
  shape.territories.set(territory, got);
  return got;
}

const NO_TRANSIT: readonly null[] = MODE_LIST.map(() => null);

/** A territory's plan with its transit procedures priced for this shipment (decisions DC5). */
function importPlanFor(plan: TerritoryPlan, cost: CostContext): ImportCustomsPlan {
  const { transitProcedures, ...rest } = plan;
  if (transitProcedures.every((p) => p === null)) return { ...rest, transit: NO_TRANSIT };
  return {
    ...rest,
    transit: transitProcedures.map((procedure) =>
      procedure === null
        ? null
        : {
            procedure,
            timeH: medianOf(procedure.opening_h),
            declarations: transitDeclarations(procedure, cost.units),
            usd: transitUsd(procedure, cost),
          },
    ),
  };
}

const finiteOr0 = (x: number): number => (Number.isFinite(x) && x > 0 ? x : 0);

function keyMatch(
  map: Readonly<Record<string, number>> | undefined,
  id: string,
  kind: string,
): number {
  if (!map) return 0;
  const base = filedServiceId(id);
  const v = map[id] ?? map[base] ?? map[kind] ?? 0;
  return Number.isFinite(v) && v > 0 ? v : 0;
}

export function createSearchContext(
  index: RoutingIndex,
  cost: CostContext,
  opts: ContextOptions = {},
): SearchContext {
  const cond = cost.conditions;
  const T = index.terminals.length;
  const shape = shapeOf(index);
  // the context's arrays are views of one buffer (lib/typed-arena.ts)
  const arena = new TypedArena(shape.contextBytes);
  const modeMask = opts.modes
    ? opts.modes.reduce((m, x) => m | (1 << modeCode(x)), 0)
    : (1 << MODE_LIST.length) - 1;

  const terminalBanned = arena.u8(T);
  const countries = new Set([...(opts.avoidCountries ?? []), ...(cond.closed_countries ?? [])]);
  const bannedIds = new Set([...(opts.avoidTerminals ?? []), ...(cond.closed_terminals ?? [])]);
  index.terminals.forEach((t, i) => {
    if (countries.has(t.country) || bannedIds.has(t.id)) terminalBanned[i] = 1;
  });

  const B = index.borders.length;
  const borderBanned = arena.u8(B);
  const borderFee = arena.f64(B);
  const borderGauge = arena.f64(B);
  const borderGaugeCo2 = arena.f64(B);
  const hubCo2Kg = hubCo2eKg(cost, index.network.hubCo2eKgPerT);
  const borderExtraH = arena.f64(B);
  const bannedBorders = new Set([...(opts.avoidBorders ?? []), ...(cond.closed_borders ?? [])]);
  index.borders.forEach((bi, k) => {
    if (bannedBorders.has(bi.border.id) || terminalBanned[bi.a] || terminalBanned[bi.b])
      borderBanned[k] = 1;
    borderFee[k] = borderFeeUsd(bi.border, cost);
    borderGauge[k] =
      bi.gaugeTimeH > 0 || bi.border.gauge_change ? gaugeChangeUsd(bi.border, cost) : 0;
    // a container transfer lifts each box from one wagon to the other: a hub operation like a
    // transfer between services; a bogie exchange or a variable-gauge axle lifts no box
    borderGaugeCo2[k] =
      bi.border.mode === 'rail' && bi.border.gauge_change?.method === 'container_transfer'
        ? hubCo2Kg
        : 0;
    borderExtraH[k] = cond.extra_dwell_h?.[bi.border.id] ?? 0;
    if (!(borderExtraH[k]! >= 0)) borderExtraH[k] = 0;
  });

  const S = index.services.length;
  const serviceAllowed = arena.u8(S);
  const serviceReason: (string | null)[] = [];
  const servicePerKmUsd = arena.f64(S);
  const serviceMinUsd = arena.f64(S);
  const serviceExtraH = arena.f64(S);
  const serviceSubsidyUsd = arena.f64(S);
  const serviceSpecialCargoUsd = arena.f64(S);
  const serviceSpecialCargoShare = arena.f64(S);
  const specialByMode = new Map<Mode, { usd: number; share: number }>();
  const boardSubsidyUsd = new Map<number, number>();
  const hasBoardSubsidy = arena.u8(S);
  const closedServices = new Set(cond.closed_services ?? []);
  const legality = legalityFor(index, opts.bookedAtH, opts.waiveRules ?? [], opts.ends);
  index.services.forEach((si, k) => {
    const s = si.service;
    const model = costModelFor(s.mode);
    let reason = closedServices.has(s.id)
      ? `${s.id} is closed`
      : (legality.serviceReason[k] ?? model.allowed(s, cost));
    if (!reason && !(modeMask & (1 << si.mode)))
      reason = `${s.id} is ${s.mode}, a mode not allowed`;
    serviceReason.push(reason);
    serviceAllowed[k] = reason ? 0 : 1;
    const rate = perKmRate(s, cost);
    servicePerKmUsd[k] = finiteOr0(rate.usdPerKm);
    serviceMinUsd[k] = finiteOr0(rate.minUsd);
    serviceExtraH[k] = keyMatch(cond.extra_running_h, s.id, s.kind);
    let special = specialByMode.get(s.mode);
    if (special === undefined) {
      const ride = specialCargoRide(s.mode, cost);
      special = { usd: finiteOr0(ride.usd), share: finiteOr0(ride.share) };
      specialByMode.set(s.mode, special);
    }
    serviceSpecialCargoUsd[k] = special.usd;
    serviceSpecialCargoShare[k] = special.share;
    for (const sub of cond.subsidies ?? []) {
      if (sub.service_kinds && !sub.service_kinds.includes(s.kind)) continue;
      if (sub.service_ids && !sub.service_ids.includes(s.id)) continue;
      const usd = subsidyUsd(sub, cost);
      if (!sub.from_terminals) serviceSubsidyUsd[k]! += usd;
      else {
        for (const id of sub.from_terminals) {
          const ti = index.terminalIndex.get(id);
          if (ti === undefined) continue;
          const key = k * T + ti;
          boardSubsidyUsd.set(key, (boardSubsidyUsd.get(key) ?? 0) + usd);
          hasBoardSubsidy[k] = 1;
        }
      }
    }
  });

  // tariff pairs are priced on first use: a hop's cost is worked out once per context (the hop memo
  // of edge-cost.ts), so the check is off the search's hot path, and the pairs of services the
  // shipment cannot take (about a third of them) are never priced (docs/decisions.md R27)
  const pairUsd = arena.f64(index.tariffPairs.length).fill(NaN);
  const pricePair = (k: number): number => {
    const p = index.tariffPairs[k]!;
    const s = index.services[p.service]!.service;
    const usd = finiteOr0(
      p.parcel
        ? parcelTariffUsd(s, p.parcel, cost)
        : costModelFor(s.mode).tariffUsd(s, p.tariffs, cost),
    );
    pairUsd[k] = usd;
    return usd;
  };

  // what depends on the index alone, or on a destination territory of its network, is made once
  // (docs/decisions.md R26); a prefix that is all zeros for this query (no bans, no extra dwell)
  // is the index's one array of zeros, which nothing writes
  const { svcBase, total } = shape;
  const anyTerminalBanned = terminalBanned.includes(1);
  const anyBorderBanned = borderBanned.includes(1);
  const anyExtraH = borderExtraH.some((h) => h !== 0);
  const stopBannedPrefix = anyTerminalBanned ? arena.i32(total) : shape.zerosI;
  const legBannedPrefix = anyBorderBanned ? arena.i32(total) : shape.zerosI;
  const legBorderFeePrefix = arena.f64(total);
  const legGaugePrefix = arena.f64(total);
  const legGaugeCo2Prefix = arena.f64(total);
  const legExtraHPrefix = anyExtraH ? arena.f64(total) : shape.zerosF;
  index.services.forEach((si, k) => {
    const base = svcBase[k]!;
    // a parcel product's price is door to door: its carrier's border crossings and gauge changes are
    // in it, shared over a truck's or container's parcels (decisions C10); their CO2e is not
    const paysCrossings = !si.parcelProduct;
    if (anyTerminalBanned)
      for (let i = 0; i < si.stops.length; i++) {
        stopBannedPrefix[base + i + 1] =
          stopBannedPrefix[base + i]! + (terminalBanned[si.stops[i]!] ? 1 : 0);
      }
    for (let i = 0; i < si.legBorder.length; i++) {
      const b = si.legBorder[i]!;
      if (anyBorderBanned)
        legBannedPrefix[base + i + 1] =
          legBannedPrefix[base + i]! + (b >= 0 && borderBanned[b] ? 1 : 0);
      legBorderFeePrefix[base + i + 1] =
        legBorderFeePrefix[base + i]! + (b >= 0 && paysCrossings ? borderFee[b]! : 0);
      legGaugePrefix[base + i + 1] =
        legGaugePrefix[base + i]! + (b >= 0 && paysCrossings ? borderGauge[b]! : 0);
      legGaugeCo2Prefix[base + i + 1] =
        legGaugeCo2Prefix[base + i]! + (b >= 0 ? borderGaugeCo2[b]! : 0);
      if (anyExtraH)
        legExtraHPrefix[base + i + 1] =
          legExtraHPrefix[base + i]! + (b >= 0 ? borderExtraH[b]! : 0);
    }
  });
  const leadCost = opts.leadTimesOf ?? cost;
  const stopLeadH = leadTimesByStop(index, leadCost, svcBase, total);
  const territoryPlan = opts.importCustoms ? importPlanOf(index, shape, opts.importCustoms) : null;
  const importCustoms = territoryPlan ? importPlanFor(territoryPlan.plan, cost) : null;
  const legImportPrefix = territoryPlan?.legImportPrefix ?? shape.zerosI;
  const dest = opts.parcelDestination;
  // only a parcel shipment asks where its destination is (parcel products and the last mile): other
  // shipments keep null, and their hops skip the check
  let atDestination: Uint8Array | null = null;
  if (dest && isParcelShipment(cost.units, cost.regime)) {
    atDestination = arena.u8(T);
    for (const id of dest.terminals) {
      const ti = index.terminalIndex.get(id);
      if (ti !== undefined) atDestination[ti] = 1;
    }
  }
  const lastMile = dest ? parcelLastMile(cost, dest.country) : { charge: null, gap: null };
  const handlingUsdArr = arena.f64(index.handling.length);
  for (let k = 0; k < handlingUsdArr.length; k++)
    handlingUsdArr[k] = handlingUsd(index.handling[k]!.rule, cost);
  const reboardUsd = arena.f64(index.nodeCount);
  const reboardH = arena.f64(index.nodeCount);
  index.reboardRule.forEach((r, v) => {
    if (r < 0) return;
    const rule = index.reboardRules[r]!;
    reboardUsd[v] = handlingUsd(rule, cost);
    reboardH[v] = rule.time_h.value;
  });
  const clearAt = arena.u8(T);
  let customs: CustomsPlan | null = null;
  if (opts.customs) {
    const { rule, direction } = opts.customs;
    customs = { direction, rule, timeH: medianOf(rule.clearance_h), usd: customsUsd(rule) };
    index.terminals.forEach((t, i) => {
      if (index.terminalHome[i] && t.customs.includes(cost.regime) && !terminalBanned[i])
        clearAt[i] = 1;
    });
  }
  const ctx: SearchContext = {
    index,
    cost,
    modeMask,
    serviceAllowed,
    serviceReason,
    edgeBanned: legality.edgeBanned,
    legalityBans: legality.bans,
    pairUsd,
    pricePair,
    servicePerKmUsd,
    serviceMinUsd,
    serviceExtraH,
    serviceSubsidyUsd,
    serviceSpecialCargoUsd,
    serviceSpecialCargoShare,
    boardSubsidyUsd,
    hasBoardSubsidy,
    terminalBanned,
    borderBanned,
    borderFeeUsd: borderFee,
    borderGaugeUsd: borderGauge,
    borderGaugeCo2Kg: borderGaugeCo2,
    borderExtraH,
    handlingUsd: handlingUsdArr,
    reboardUsd,
    reboardH,
    hubCo2Kg,
    tonnes: cost.units.tonnes,
    customs,
    importCustoms,
    parcelDelivery: lastMile.charge,
    parcelDeliveryGap: lastMile.gap,
    atDestination,
    legImportPrefix,
    clearAt,
    gatewayBorderBan: arena.u8(B),
    gatewayPortBan: arena.u8(T),
    gatewayBans: { count: 0 },
    svcBase,
    stopBannedPrefix,
    legBannedPrefix,
    legBorderFeePrefix,
    legGaugePrefix,
    legGaugeCo2Prefix,
    legExtraHPrefix,
    isDepartureFull: cond.isDepartureFull,
    bookedAtH: opts.bookedAtH,
    leadCost,
    stopLeadH,
    hopMemo: {
      state: arena.u8(index.edgeCount),
      values: arena.f64(index.edgeCount * OUT_SIZE),
    },
  };
  if (arena.bytesTaken > shape.contextBytes) shape.contextBytes = arena.bytesTaken;
  return ctx;
}

/**
 * Per service stop, the lead time (decisions C14, `rideLeadTimes`) a ride of the service needs for
 * this shipment when that stop is the only one it touches. Null when no stop needs one. The entries
 * applying to a ride are those of each of its stops' countries together, so the longest of them is
 * the longest of its stops' values: `hopLeadH` reads the search's lead from this table and gives
 * what `hopLeadTimes` gives, without building the sets.
 */
function leadTimesByStop(
  index: RoutingIndex,
  cost: CostContext,
  svcBase: Int32Array,
  total: number,
): Float64Array | null {
  if (!cost.manifest.special_cargo_lead_times?.length || cost.cargo.size === 0) return null;
  const byModeCountry = new Map<string, number>();
  const leadOf = (mode: Mode, country: string): number => {
    const key = `${mode} ${country}`;
    let h = byModeCountry.get(key);
    if (h === undefined) {
      h = rideLeadTimes(mode, cost, [country]).hours;
      byModeCountry.set(key, h);
    }
    return h;
  };
  const out = new Float64Array(total);
  let any = false;
  index.services.forEach((si, k) => {
    const base = svcBase[k]!;
    for (let i = 0; i < si.stops.length; i++) {
      const h = leadOf(si.service.mode, index.terminals[si.stops[i]!]!.country);
      out[base + i] = h;
      if (h > 0) any = true;
    }
  });
  return any ? out : null;
}

/** Hours from the booking until ride i→j of service s may leave (0: no permit or approval needed). */
export function hopLeadH(ctx: SearchContext, s: number, i: number, j: number): number {
  const lead = ctx.stopLeadH;
  if (lead === null) return 0;
  const base = ctx.svcBase[s]!;
  let h = 0;
  for (let k = i; k <= j; k++) if (lead[base + k]! > h) h = lead[base + k]!;
  return h;
}

/**
 * The permits and approvals ride i→j of service s waits for (decisions C14): `rideLeadTimes` over the
 * countries of the stops it touches; its `hours` are `hopLeadH`'s.
 */
export function hopLeadTimes(ctx: SearchContext, s: number, i: number, j: number): RideLeadTimes {
  const si = ctx.index.services[s]!;
  const countries = si.stops.slice(i, j + 1).map((t) => ctx.index.terminals[t]!.country);
  return rideLeadTimes(si.service.mode, ctx.leadCost, countries);
}
