/**
 * The network file format, defined once. A network is a folder of YAML (or JSON) files:
 * network.yaml, sources.yaml, terminals.yaml, services.yaml, borders.yaml, emissions.yaml, customs.yaml.
 * Types of the parsed files come from these schemas (z.infer); networks/schema.json is generated from them.
 * Field names carry their units (`distance_km`, `duration_h`, `cost_usd_per_teu`).
 */
import { z } from 'zod';
import { Distribution, Location, NonNegativeFigure, Provenance } from './figure.ts';
import {
  CargoFlag,
  CountryCode,
  CustomsRegime,
  DgClass,
  DocumentsRegime,
  Gauge,
  GaugeChangeMethod,
  Id,
  LithiumUn,
  Mode,
  ServiceKind,
  TariffUnit,
  TerminalKind,
  Weekday,
} from './vocabulary.ts';

// ---------------------------------------------------------------- network.yaml

export const HandlingRule = z.object({
  modes: z
    .tuple([Mode, Mode])
    .describe('the two modes the cargo moves between; a rule applies both ways'),
  time_h: NonNegativeFigure,
  cost_usd_per_teu: NonNegativeFigure,
  cost_usd_per_kg: NonNegativeFigure.optional().describe(
    'for parcels and air cargo; defaults to the per-TEU cost pro rata',
  ),
});
export type HandlingRule = z.infer<typeof HandlingRule>;

/** Drivers' hours rules of one jurisdiction: how long a truck may be driven before a break or rest. */
export const DrivingRuleSet = z.object({
  id: Id,
  name: z.string().min(1),
  countries: z
    .array(CountryCode)
    .default([])
    .describe(
      'countries where these rules apply; an empty list makes the set the default elsewhere',
    ),
  continuous_h: NonNegativeFigure.describe('longest driving before a break'),
  break_h: NonNegativeFigure.describe('break after continuous driving (single driver)'),
  daily_h: NonNegativeFigure.describe('driving per driver between two daily rests'),
  extended_daily_h: NonNegativeFigure.optional().describe(
    'longer daily driving allowed on a few days a week',
  ),
  extended_days_per_week: NonNegativeFigure.optional().describe(
    'on how many days a week the extended daily driving is allowed',
  ),
  daily_rest_h: NonNegativeFigure.describe('daily rest of a single driver'),
  weekly_h: NonNegativeFigure.describe('driving per driver in a week'),
  weekly_rest_h: NonNegativeFigure.describe('weekly rest once the weekly driving is used'),
  reduced_weekly_rest_h: NonNegativeFigure.optional().describe(
    'shorter weekly rest a crew may take away from base, at most every second week: a trip takes it first and alternates it with the regular one',
  ),
  crew_daily_rest_h: NonNegativeFigure.describe(
    'daily rest of a two-driver crew (the truck stands still)',
  ),
  crew_daily_h: NonNegativeFigure.optional().describe(
    'driving of a two-driver crew between two daily rests, where the rules set it apart from twice daily_h',
  ),
});
export type DrivingRuleSet = z.infer<typeof DrivingRuleSet>;

/** Average moving speed of a loaded truck in a country (or the default where no country is given). */
export const RoadSpeed = Provenance.extend({
  country: CountryCode.optional(),
  value: z.number().finite().positive(),
});
export type RoadSpeed = z.infer<typeof RoadSpeed>;

/** Driving rules and road speeds: trucks with a `driving` crew (on-demand or truck lines) get their running times from these. */
export const DrivingRules = z.object({
  rules: z.array(DrivingRuleSet).min(1),
  speeds_kmh: z.array(RoadSpeed).min(1),
});
export type DrivingRules = z.infer<typeof DrivingRules>;

/**
 * How loose cargo rides the container services of one mode (docs/decisions.md C2): billed per
 * weight-or-measure (W/M: the greater of tonnes-equivalent and m³) at the service's FEU rate divided by
 * the W/M a consolidator sells per FEU, never less than `min_wm`, plus consolidation (CFS) charges at
 * the origin and the destination.
 */
export const LclRule = z.object({
  mode: Mode,
  wm_kg_per_m3: NonNegativeFigure.describe('kg that count as one m³ (1 W/M): 1,000 for sea'),
  min_wm: NonNegativeFigure.describe('smallest W/M billed'),
  wm_per_feu: NonNegativeFigure.describe(
    'W/M a consolidator sells out of one FEU: the FEU rate divided by it gives the rate per W/M',
  ),
  cfs_usd_per_wm: NonNegativeFigure.describe('consolidation (CFS) charge per W/M at each end'),
  cfs_min_usd: NonNegativeFigure.describe('least CFS charge per shipment at each end'),
});
export type LclRule = z.infer<typeof LclRule>;

/**
 * A surcharge special cargo pays on every ride of a mode (docs/decisions.md C3): reefer power and
 * equipment, dangerous-goods handling and documents, lithium batteries, oversize. Priced like a
 * tariff entry (`unit`, `usd`, `min_usd`): a (mode, cargo) pair may file a TEU and an FEU rate, and
 * each kind of box pays its own; loose cargo pays a per-kg rate or a per-shipment minimum. Or priced
 * as a share of the ride's line haul (`line_haul_share`), for charges carriers set as a multiple of
 * the freight, such as the slots an out-of-gauge box takes from others (C5).
 */
export const SpecialCargoSurcharge = Provenance.extend({
  mode: Mode,
  cargo: CargoFlag.describe('the cargo flag of the shipment that pays it'),
  unit: TariffUnit.optional().describe('what `usd` is per; with `usd`'),
  usd: z.number().finite().nonnegative().optional().describe('USD per `unit`'),
  line_haul_share: z
    .number()
    .finite()
    .nonnegative()
    .optional()
    .describe(
      "surcharge as a share of the ride's line haul (1: the freight again, e.g. one slot lost beside an out-of-gauge box); instead of `unit` and `usd`",
    ),
  min_usd: z
    .number()
    .finite()
    .nonnegative()
    .optional()
    .describe('least surcharge per ride (e.g. a dangerous-goods check per air waybill)'),
});
export type SpecialCargoSurcharge = z.infer<typeof SpecialCargoSurcharge>;

/**
 * The time special cargo needs before a ride of a mode can take it (docs/decisions.md C14): an
 * oversize road permit, a carrier's dangerous-goods acceptance. Asked for when the shipment is booked
 * and counted from the booking, like an on-demand truck's notice (T2): no ride of the mode leaves
 * before it has passed. With `country`, only rides that stop in that country need it (road permits
 * are national); without, every ride of the mode does.
 */
export const SpecialCargoLeadTime = Provenance.extend({
  mode: Mode,
  cargo: CargoFlag.describe('the cargo flag of the shipment that needs it'),
  country: CountryCode.optional().describe(
    'the country that issues it: only rides with a stop there need it; none: every ride of the mode',
  ),
  name: z.string().min(1).describe('the permit or approval, as a forwarder names it'),
  name_zh: z.string().min(1),
  value: z
    .number()
    .finite()
    .nonnegative()
    .describe('hours from the booking until the permit or approval is in hand'),
});
export type SpecialCargoLeadTime = z.infer<typeof SpecialCargoLeadTime>;

/** One weight band of a destination's parcel delivery: a piece up to `up_to_kg` (actual weight) pays `usd_per_piece`. */
export const ParcelDeliveryBand = Provenance.extend({
  up_to_kg: z.number().finite().positive(),
  usd_per_piece: z.number().finite().nonnegative(),
});
export type ParcelDeliveryBand = z.infer<typeof ParcelDeliveryBand>;

/**
 * The last mile of a parcel in one destination country (docs/decisions.md C6): what a business sender
 * pays a domestic parcel carrier to take one piece to the recipient's door, by weight band (rising).
 * A 9610 shipment with pieces whose route does not end on a parcel product pays it per piece.
 */
export const ParcelDelivery = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. DE'),
  carrier: z.string().min(1).describe('the delivery product read, e.g. "DHL Paket"'),
  carrier_zh: z.string().min(1).describe('the same in Chinese, e.g. "DHL 包裹（DHL Paket）"'),
  bands: z.array(ParcelDeliveryBand).min(1),
});
export type ParcelDelivery = z.infer<typeof ParcelDelivery>;

const specialCargoKey = (r: SpecialCargoSurcharge) =>
  `${r.mode} ${r.cargo} ${r.unit ?? 'line_haul_share'}`;

export const NetworkManifest = z.object({
  id: Id,
  name: z.string().min(1),
  name_zh: z.string().min(1),
  description: z.string().optional(),
  reference_year: z.number().int().min(2000).max(2100),
  home_country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. CN')
    .default('CN')
    .describe(
      'the country whose customs regimes customs.yaml files: cargo leaving it is export, entering it import',
    ),
  rates_period: z
    .string()
    .min(4)
    .optional()
    .describe(
      'the one period the tariffs are quoted for, so rail, sea and air prices are comparable (e.g. "2024")',
    ),
  cny_per_usd: NonNegativeFigure.describe('exchange rate used to show CNY figures'),
  cargo_t_per_teu: NonNegativeFigure.describe(
    'cargo mass per TEU when a shipment gives none (emissions, weight limits)',
  ),
  volumetric_kg_per_m3: NonNegativeFigure.describe(
    'air freight volumetric factor (chargeable weight)',
  ),
  cargo_value_usd_per_teu: NonNegativeFigure.optional().describe(
    'value of the cargo in one TEU when a shipment declares none; gives the default value of time',
  ),
  default_handling: z
    .array(HandlingRule)
    .default([])
    .describe('handling between modes where a terminal gives no rule of its own'),

  cutoffs_h: z
    .array(Provenance.extend({ mode: Mode, value: z.number().finite().nonnegative() }))
    .optional()
    .describe(
      'cargo cut-off per mode: hours before a scheduled departure by which the cargo must be at the boarding terminal (rail and road lines: in the terminal with documents; sea: container yard and documents; air: acceptance)',
    ),
  lcl: z
    .array(LclRule)
    .optional()
    .describe(
      'loose cargo (LCL) on container services of a mode: priced per weight-or-measure with a minimum, plus CFS charges at both ends (docs/decisions.md C2)',
    ),
  driving: DrivingRules.optional().describe(
    "drivers' hours rules and road speeds that give on-demand trucks their running times",
  ),
  special_cargo_surcharges: z
    .array(SpecialCargoSurcharge)
    .optional()
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      (rules ?? []).forEach((r, i) => {
        const perUnit = r.unit !== undefined || r.usd !== undefined;
        if (perUnit === (r.line_haul_share !== undefined) || (perUnit && r.unit === undefined))
          ctx.addIssue({
            code: 'custom',
            path: [i, r.unit === undefined ? 'unit' : 'line_haul_share'],
            message: `a ${r.cargo} surcharge for ${r.mode} is either \`unit\` with \`usd\` or a \`line_haul_share\`, one of the two`,
          });
        else if (perUnit && r.usd === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'usd'],
            message: `a ${r.cargo} surcharge per ${r.unit} for ${r.mode} needs \`usd\``,
          });
        const key = specialCargoKey(r);
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: [i, r.unit === undefined ? 'line_haul_share' : 'unit'],
            message: `a second ${r.cargo} surcharge ${r.unit === undefined ? 'as a line-haul share' : `per ${r.unit}`} for ${r.mode}; give one rate per mode, cargo and unit`,
          });
        seen.add(key);
      });
    })
    .describe(
      'surcharges of special cargo (reefer, dangerous goods, lithium batteries, oversize) per mode, paid once per ride (docs/decisions.md C3)',
    ),
  special_cargo_lead_times: z
    .array(SpecialCargoLeadTime)
    .optional()
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      (rules ?? []).forEach((r, i) => {
        const key = `${r.mode} ${r.cargo} ${r.country ?? '*'}`;
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'cargo'],
            message: `a second ${r.cargo} lead time for ${r.mode}${r.country ? ` in ${r.country}` : ''}; give one per mode, cargo and country`,
          });
        seen.add(key);
      });
    })
    .describe(
      'permits and approvals special cargo needs before a ride of a mode (oversize road permits, dangerous-goods acceptance): hours from the booking (docs/decisions.md C14)',
    ),
  parcel_delivery: z
    .array(ParcelDelivery)
    .optional()
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      (rules ?? []).forEach((r, i) => {
        if (seen.has(r.country))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'country'],
            message: `a second parcel delivery for ${r.country}; give one per country`,
          });
        seen.add(r.country);
        r.bands.forEach((b, k) => {
          if (k > 0 && !(b.up_to_kg > r.bands[k - 1]!.up_to_kg))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'bands', k, 'up_to_kg'],
              message: `parcel delivery bands for ${r.country} must rise: ${b.up_to_kg} kg after ${r.bands[k - 1]!.up_to_kg} kg`,
            });
        });
      });
    })
    .describe(
      'last-mile parcel delivery per destination country, per piece by weight band: paid by a 9610 parcel shipment whose route does not end on a parcel product (docs/decisions.md C6)',
    ),
});
export type NetworkManifest = z.infer<typeof NetworkManifest>;

// ---------------------------------------------------------------- sources.yaml

export const Source = z.object({
  id: Id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  url: z.string().url().optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.object({ sources: z.array(Source) });

// ---------------------------------------------------------------- terminals.yaml

export const Terminal = z.object({
  id: Id,
  name: z.string().min(1),
  name_zh: z.string().min(1),
  aliases: z
    .array(z.string())
    .default([])
    .describe('other spellings users type (ASCII forms, old names)'),
  city: z.string().min(1),
  city_zh: z.string().min(1),
  country: CountryCode,
  timezone: z
    .string()
    .min(1)
    .describe('IANA time zone of local schedule times, e.g. Asia/Shanghai'),
  kinds: z.array(TerminalKind).min(1),
  modes: z.array(Mode).min(1),
  gauge_mm: Gauge.optional().describe('rail gauge at this terminal; required when it serves rail'),
  location: Location,
  codes: z
    .object({ unlocode: z.string().optional(), iata: z.string().length(3).optional() })
    .default({}),
  customs: z
    .array(CustomsRegime)
    .default([])
    .describe(
      'regimes whose clearance this terminal can perform (Chinese side) or accept (foreign side)',
    ),
  overseas_warehouse: z
    .boolean()
    .default(false)
    .describe('an overseas warehouse is here (required at the end of a 9810 route)'),
  handling: z
    .array(HandlingRule)
    .default([])
    .describe('transfer between modes inside the terminal'),
});
export type Terminal = z.infer<typeof Terminal>;
export const TerminalsFile = z.object({ terminals: z.array(Terminal) });

// ---------------------------------------------------------------- services.yaml

export const Departure = z.object({
  day: Weekday,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24 h'),
});

/** When a service departs from its first stop: fixed weekly times, a frequency, or on demand. */
export const Schedule = z.discriminatedUnion('type', [
  Provenance.extend({ type: z.literal('weekly'), departures: z.array(Departure).min(1) }),
  Provenance.extend({
    type: z.literal('frequency'),
    per_week: z
      .number()
      .positive()
      .max(7 * 24),
    first_time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .default('08:00'),
  }),
  Provenance.extend({ type: z.literal('on_demand'), lead_h: z.number().nonnegative() }),
]);
export type Schedule = z.infer<typeof Schedule>;

export const Waypoints = Provenance.extend({
  points: z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(1),
});

/** What an omitted leg duration_h parses to; the loader derives it for trucks with `driving` and reports it on any other service. */
export const DERIVED_DURATION_TEXT =
  'not filed: derived from the driving rules of network.yaml for trucks with `driving`';
const DERIVED_DURATION = { value: 0, assumption: DERIVED_DURATION_TEXT };

/** One leg between two consecutive stops of a service. */
export const ServiceLeg = z.object({
  from: Id,
  to: Id,
  distance_km: NonNegativeFigure,
  duration_h: NonNegativeFigure.default(DERIVED_DURATION).describe(
    'running time, without border dwell (that comes from borders.yaml); omitted only on trucks with `driving`, whose running time the driving rules give',
  ),
  stop_h: NonNegativeFigure.optional().describe(
    'scheduled stop at `to` before the service goes on',
  ),
  emission_factor: Id.optional().describe(
    'overrides the service factor on this leg (e.g. diesel traction)',
  ),
  mode: Mode.optional().describe(
    "the mode this leg runs by when it is not the service's: only on a parcel product (a service that files parcel_tariffs only), for its collection or delivery leg inside one country; the service's mode stays its trunk mode (docs/decisions.md C4)",
  ),
  waypoints: Waypoints.optional().describe(
    'intermediate [lon, lat] points so the map draws the real line',
  ),
});
export type ServiceLeg = z.infer<typeof ServiceLeg>;

/** Month or year a figure refers to (YYYY or YYYY-MM), e.g. the week a spot rate was published. */
export const FigureDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'YYYY or YYYY-MM');

/**
 * One entry of a service's tariff table: the price of riding from one cargo stop to a later one, per
 * unit, as filed. The direction follows from the stops: an entry from the last stop to the first
 * prices the return service of a `both_directions` service.
 */
export const Tariff = Provenance.extend({
  from: Id.describe('boarding stop (a loading stop of the service in this direction)'),
  to: Id.describe('alighting stop (a later unloading stop)'),
  unit: TariffUnit,
  usd: z.number().finite().nonnegative(),
  min_usd: z.number().finite().nonnegative().optional().describe('minimum charge per shipment'),
  date: FigureDate.describe('when the figure was quoted (its month, else its year)'),
});
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
export const TariffRule = z.discriminatedUnion('kind', [
  Provenance.extend({
    kind: z.literal('per_km'),
    unit: TariffUnit,
    usd_per_km: z.number().finite().positive(),
    min_usd: z.number().finite().nonnegative().optional(),
    date: FigureDate,
  }),
  Provenance.extend({ kind: z.literal('through_rate') }),
  Provenance.extend({ kind: z.literal('distance_share') }),
]);
export type TariffRule = z.infer<typeof TariffRule>;

/**
 * How a parcel product weighs one piece (docs/decisions.md C4): the greater of its actual weight and,
 * when a divisor is filed and the shipment gives its volume, its volumetric weight (cm³ / divisor),
 * never less than `min_kg`. Pieces are taken as equal: the shipment's kg and m³ over its pieces.
 */
export const ParcelChargeableWeight = Provenance.extend({
  volumetric_divisor_cm3_per_kg: z
    .number()
    .finite()
    .positive()
    .optional()
    .describe('cm³ that weigh 1 kg (e.g. 8,000 or 6,000); absent: actual weight only'),
  min_kg: z
    .number()
    .finite()
    .nonnegative()
    .default(0)
    .describe('least chargeable weight of a piece'),
});
export type ParcelChargeableWeight = z.infer<typeof ParcelChargeableWeight>;

/** One weight band of a per-kg parcel rate: a piece up to `up_to_kg` pays `usd_per_piece` + `usd_per_kg` × its kg. */
export const ParcelBand = Provenance.extend({
  up_to_kg: z.number().finite().positive(),
  usd_per_piece: z.number().finite().nonnegative(),
  usd_per_kg: z.number().finite().nonnegative(),
});
export type ParcelBand = z.infer<typeof ParcelBand>;

/**
 * What a piece pays by its chargeable weight: per kg by weight band (a fee per piece plus a rate per
 * kg, the bands in rising order), or by weight steps (the first `first_kg` for `first_usd`, each
 * further `step_kg` or part of it for `step_usd`, plus an optional fee per piece).
 */
export const ParcelWeightRate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per_kg'), bands: z.array(ParcelBand).min(1) }),
  Provenance.extend({
    kind: z.literal('steps'),
    first_kg: z.number().finite().positive(),
    first_usd: z.number().finite().nonnegative(),
    step_kg: z.number().finite().positive(),
    step_usd: z.number().finite().nonnegative(),
    usd_per_piece: z.number().finite().nonnegative().default(0),
  }),
]);
export type ParcelWeightRate = z.infer<typeof ParcelWeightRate>;

/**
 * A parcel tariff (docs/decisions.md C4): the price of a postal or e-commerce parcel product for a
 * ride from any of `from` to any of `to` on the service, per piece and per weight, door to door as
 * the product is sold. A 9610 shipment with pieces rides it; a service that files parcel tariffs and
 * no other tariff is a parcel product and takes nothing else.
 */
export const ParcelTariff = Provenance.extend({
  product: z.string().min(1).describe('the product as sold, e.g. "China Post EMS"'),
  product_zh: z.string().min(1),
  from: z.array(Id).min(1).describe('stops where the product takes parcels in'),
  to: z.array(Id).min(1).describe('stops the product delivers to, at this price'),
  rate: ParcelWeightRate,
  chargeable: ParcelChargeableWeight,
  max_kg_per_piece: NonNegativeFigure.describe('heaviest piece the product takes'),
  date: FigureDate.describe('when the rate was published (its month, else its year)'),
});
export type ParcelTariff = z.infer<typeof ParcelTariff>;

/** What a departure can carry. */
export const Capacity = Provenance.extend({
  teu: z.number().positive().optional(),
  kg: z.number().positive().optional(),
  through_cargo_share: Provenance.extend({ value: z.number().min(0).lt(1) })
    .optional()
    .describe(
      "share of each departure's room taken by cargo the network does not model as demand (through cargo from other regions), booked before the region's shipments",
    ),
});
export type Capacity = z.infer<typeof Capacity>;

export const CargoRules = z.object({
  accepts_containers: z.boolean().default(true),
  accepts_parcels: z.boolean().default(true),
  reefer: z.boolean().default(false).describe('reefer containers or cold chain available'),
  dangerous_goods: z.boolean().default(false),
  lithium_batteries: z.boolean().default(false),
  oversize: z.boolean().default(false),
  max_gross_t_per_teu: NonNegativeFigure.optional(),
  dangerous_goods_classes: z
    .array(DgClass)
    .optional()
    .describe('the DG classes taken when dangerous_goods is true (absent: every class)'),
  lithium_un: z
    .array(LithiumUn)
    .optional()
    .describe(
      'which lithium batteries when lithium_batteries is true: UN3480 (on their own), UN3481 (in or with equipment); absent: both',
    ),
  basis: Provenance.optional().describe(
    'where these rules come from: a source or an assumption for what the service accepts',
  ),
});
export type CargoRules = z.infer<typeof CargoRules>;

/**
 * Where a service takes and gives cargo, when that is more than its first and last stop: a block
 * train collecting at hubs along its way, a ship loop's ports of call. Border, crew and technical
 * stops are never among them (the validator checks it). Carries its source or assumption.
 */
export const CargoStops = Provenance.extend({
  loads_at: z.array(Id).min(1).describe('stops where cargo may board, the first stop among them'),
  unloads_at: z.array(Id).min(1).describe('stops where cargo may leave, the last stop among them'),
});
export type CargoStops = z.infer<typeof CargoStops>;

/**
 * Whose vehicle it is, as the law sees it: a ship's flag state, the country where a road haulier is
 * established, an airline's state. Legality rules (legality.yaml) read it: cabotage, haulier bans.
 */
export const Carrier = Provenance.extend({ country: CountryCode });
export type Carrier = z.infer<typeof Carrier>;

export const Service = z.object({
  id: Id,
  name: z.string().min(1),
  name_zh: z.string().min(1).optional(),
  mode: Mode,
  kind: ServiceKind,
  operator: z.string().optional(),
  carrier: Carrier.optional().describe(
    "the carrier's country (a ship's flag, a haulier's establishment, an airline's state), for the legality rules; absent: no rule that depends on it applies",
  ),
  legs: z.array(ServiceLeg).min(1),
  schedule: Schedule,
  capacity: Capacity.optional(),
  tariffs: z
    .array(Tariff)
    .default([])
    .describe(
      'the tariff table: (boarding stop, alighting stop, unit) → price, both directions in one list',
    ),
  tariff_rule: TariffRule.optional().describe(
    'how a pair of cargo stops without an entry is priced; absent: such a pair is not sold',
  ),
  parcel_tariffs: z
    .array(ParcelTariff)
    .optional()
    .describe(
      'parcel tariffs (per piece and per weight) of a parcel product; a service with these and no `tariffs` takes 9610 parcels only (docs/decisions.md C4)',
    ),
  emission_factor: Id,
  delay_h: Distribution.optional().describe('delay at arrival, beyond the schedule'),
  // absent: parsed from {}, so every rule takes its field default above
  cargo: CargoRules.prefault({}),
  cargo_stops: CargoStops.optional().describe(
    'where cargo boards and leaves (absent: it boards at the first stop and leaves at the last)',
  ),
  both_directions: z
    .boolean()
    .default(false)
    .describe(
      'the same service runs back; the loader adds "<id>-return" with reversed legs and the same figures',
    ),
  return_schedule: Schedule.optional().describe('schedule of the return service, when it differs'),

  cutoff_h: NonNegativeFigure.optional().describe(
    "this service's cargo cut-off before a scheduled departure; absent: the mode's from network.yaml",
  ),
  trucking_area: Id.optional().describe(
    'set by the loader on the trucks it files for a trucking area (docs/decisions.md T19); never filed',
  ),
  driving: z
    .object({
      crew: z.enum(['single', 'double']).describe('one driver, or two taking turns'),
    })
    .optional()
    .describe(
      'a truck (on-demand or a timetabled truck line) whose running times come from the driving rules of network.yaml (leg duration_h is then derived)',
    ),
});
export type Service = z.infer<typeof Service>;

/**
 * On-demand full trucks between any two of a set of road terminals (docs/decisions.md T19): the
 * loader files one truck for each pair that no on-demand truck of services.yaml joins, over the
 * great-circle distance times `circuity` (through the road borders between their countries), priced
 * by the rates below and timed by the driving rules, with the fields of `service` as filed.
 */
export const TruckingArea = z.object({
  id: Id,
  name: z.string().min(1),
  name_zh: z.string().min(1),
  terminals: z
    .array(Id)
    .min(2)
    .describe(
      'road terminals any two of which a truck joins (a pair already joined keeps its own)',
    ),
  circuity: NonNegativeFigure.describe('road km per great-circle km between two terminals'),
  truck_usd_per_km: NonNegativeFigure.describe('a full truck, per km'),
  truck_min_usd: NonNegativeFigure.describe('least charge of a full truck'),
  kg_usd_per_km: NonNegativeFigure.describe('a part load, per kg and km'),
  kg_min_usd: NonNegativeFigure.describe('least charge of a part load'),
  rates_date: FigureDate.describe('when the rates were quoted (its month, else its year)'),
  service: Service.pick({
    kind: true,
    carrier: true,
    schedule: true,
    capacity: true,
    emission_factor: true,
    cargo: true,
  }).extend({
    driving: z.object({ crew: z.enum(['single', 'double']) }),
  }),
});
export type TruckingArea = z.infer<typeof TruckingArea>;
export const ServicesFile = z.object({
  services: z.array(Service),
  trucking_areas: z
    .array(TruckingArea)
    .optional()
    .describe(
      'on-demand trucks between any two of a set of road terminals, filed by the loader for the pairs no service joins (docs/decisions.md T19)',
    ),
});

// ---------------------------------------------------------------- borders.yaml

export const GaugeChange = z.object({
  method: GaugeChangeMethod,
  time_h: NonNegativeFigure,
  cost_usd_per_teu: NonNegativeFigure,
  capacity_teu_per_day: NonNegativeFigure.optional(),
});

export const Closure = Provenance.extend({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reason: z.string().min(1),
});

export const BorderCrossing = z.object({
  id: Id,
  name: z.string().min(1),
  name_zh: z.string().min(1),
  mode: Mode.describe('rail or road'),
  sides: z.tuple([Id, Id]).describe('the two terminals, one in each country'),
  both_directions: z.boolean().default(true),
  dwell_h: Distribution.describe(
    'time from arrival at one side to release at the other, gauge change excluded; the dwell of a direction that dwell_h_by_direction does not give',
  ),
  dwell_h_by_direction: z
    .record(Id, Distribution)
    .optional()
    .describe(
      'dwell by the direction of travel, keyed by the side entered (one of `sides`): e.g. `terespol` is the dwell of a crossing into Poland; a direction not given takes dwell_h (docs/decisions.md T15)',
    ),
  cost_usd_per_teu: NonNegativeFigure.describe(
    'border fees, inspection, documents per TEU (or per truck for road)',
  ),
  capacity_per_day: Provenance.extend({
    value: z.number().positive(),
    unit: z.enum(['trains', 'trucks', 'teu']),
  }).optional(),
  background_per_day: Provenance.extend({ value: z.number().positive() })
    .optional()
    .describe(
      "other traffic (other regions' trains or trucks) that uses the crossing every day, in the unit of capacity_per_day: it queues with the region's traffic and takes its share of the capacity",
    ),
  gauge_change: GaugeChange.optional(),
  documents: z.array(DocumentsRegime).default([]),
  closures: z.array(Closure).default([]),
});
export type BorderCrossing = z.infer<typeof BorderCrossing>;
export const BordersFile = z.object({ borders: z.array(BorderCrossing) });

// ---------------------------------------------------------------- emissions.yaml

export const EmissionFactor = z.object({
  id: Id,
  mode: Mode,
  description: z.string().min(1),
  basis: z.enum(['WTW', 'TTW']).describe('well-to-wheel or tank-to-wheel'),
  co2e_kg_per_tkm: NonNegativeFigure,
});
export type EmissionFactor = z.infer<typeof EmissionFactor>;
export const EmissionsFile = z.object({
  version: z.string().min(1).describe('the factor set and version, e.g. "DESNZ 2024"'),
  factors: z.array(EmissionFactor),
  hub_co2e_kg_per_t: NonNegativeFigure.optional().describe(
    'emissions per tonne handled at a transfer',
  ),
});

// ---------------------------------------------------------------- customs.yaml

export const RegimeRule = z.object({
  regime: CustomsRegime,
  name: z.string().min(1),
  name_zh: z.string().min(1),
  direction: z.enum(['export', 'import']),
  clearance_h: Distribution,
  cost_usd_per_shipment: NonNegativeFigure,
  requires_at_destination: z
    .enum(['overseas_warehouse', 'bonded_zone'])
    .optional()
    .describe('9810 ends at an overseas warehouse; 1210 imports end in a bonded zone'),
  parcels_only: z
    .boolean()
    .default(false)
    .describe('9610 moves retail parcels, not full containers'),
});
export type RegimeRule = z.infer<typeof RegimeRule>;

/** A transit procedure a ride enters the destination's territory under (docs/decisions.md DC3). */
export const TransitProcedure = z.object({
  procedure: z
    .enum(['T1', 'TIR', 'CIM/SMGS'])
    .describe(
      'T1: Union transit (NCTS); TIR: under a TIR carnet; CIM/SMGS: the rail consignment note',
    ),
  name: z.string().min(1),
  name_zh: z.string().min(1),
  modes: z
    .array(Mode)
    .min(1)
    .describe(
      'a ride of these modes that crosses the entry border on board and goes on inside the territory moves under this procedure',
    ),
  opening_h: Distribution.describe('hours to open the procedure at the office of entry'),
  cost_usd_per_declaration: NonNegativeFigure.describe(
    'one transit declaration with its guarantee, USD; `per` says how many a shipment lodges',
  ),
  per: z
    .enum(['container', 'shipment'])
    .describe(
      'container: one declaration per container of a container shipment (a 2 FEU or 2 TEU shipment lodges two), one for loose cargo and parcels; shipment: one per shipment (docs/decisions.md DC5)',
    ),
});
export type TransitProcedure = z.infer<typeof TransitProcedure>;

/**
 * Import clearance at the destination: one customs union (EU, EAEU) or one country's customs. A route
 * to a country listed here clears once where it first enters this territory (docs/decisions.md DC1);
 * passing through another territory on the way is transit and clears nothing.
 */
export const DestinationCustoms = z.object({
  id: Id,
  name: z.string().min(1).describe('e.g. "European Union customs union"'),
  name_zh: z.string().min(1),
  countries: z
    .array(CountryCode)
    .min(1)
    .describe('the countries of this customs territory: entering any of them enters it'),
  clearance_h: Distribution.describe('import clearance time at the point of entry, hours'),
  cost_usd_per_shipment: NonNegativeFigure.describe(
    'import clearance (declaration and border compliance) per shipment, USD; duties and VAT apart',
  ),
  transit: z
    .array(TransitProcedure)
    .default([])
    .refine(
      (t) => {
        const modes = t.flatMap((p) => p.modes);
        return new Set(modes).size === modes.length;
      },
      { message: 'a mode belongs to one transit procedure' },
    )
    .describe(
      'transit from the entry border to the office of destination (docs/decisions.md DC3): a ride under one clears where it leaves the train or truck inside the territory; none: clears at the entry',
    ),
});
export type DestinationCustoms = z.infer<typeof DestinationCustoms>;
export const CustomsFile = z.object({
  regimes: z.array(RegimeRule),
  destinations: z
    .array(DestinationCustoms)
    .default([])
    .describe('import clearance of the destination customs territories (not the home country)'),
});

// ---------------------------------------------------------------- corridors.yaml

/**
 * A named corridor: the group of routes a planner calls by one name ("Erenhot rail", "air via
 * Beijing"). A route belongs to the first group, in file order, whose rule it meets: its main mode
 * (the mode that carries it furthest) is `mode`, and it crosses one of `borders` or has a leg of that
 * mode starting or ending at one of `ports`.
 */
export const CorridorGroup = z.object({
  id: Id,
  short: z.string().min(1).max(32).describe('the name a planner uses, e.g. "Erenhot rail"'),
  short_zh: z.string().min(1).max(16),
  name: z.string().min(1).describe('one line saying how the corridor runs'),
  name_zh: z.string().min(1),
  mode: Mode.describe('the main mode: the one that carries routes of this corridor furthest'),
  borders: z
    .array(Id)
    .default([])
    .describe('land border crossings (ids in borders.yaml); a route crossing any of them belongs'),
  ports: z
    .array(Id)
    .default([])
    .describe(
      'seaports or airports (terminal ids); a route with a `mode` leg at any of them belongs',
    ),
  reaches: z
    .array(CountryCode)
    .min(1)
    .describe(
      'countries the corridor links with China: it is a candidate for every pair with one end in China and the other in one of them',
    ),
});
export type CorridorGroup = z.infer<typeof CorridorGroup>;
export const CorridorsFile = z.object({ groups: z.array(CorridorGroup) });

// ---------------------------------------------------------------- legality.yaml

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** When a rule applies: from `from` (inclusive) to `to` (inclusive), by the departure date of a query. */
const InForce = {
  from: IsoDate.optional().describe('first day the rule applies (absent: always did)'),
  to: IsoDate.optional().describe('last day the rule applies (absent: still in force)'),
};

/** A filed exception to a cabotage rule: a pilot zone or permit, for foreign-trade cargo between given ports. */
export const CabotageException = Provenance.extend({
  name: z.string().min(1),
  ports: z
    .array(Id)
    .min(1)
    .describe('a ride between one of these ports and one of `with` is allowed'),
  with: z.array(Id).min(1),
  carriers: z
    .array(CountryCode)
    .default([])
    .describe('carrier countries the exception admits (empty: any foreign carrier)'),
  foreign_trade_only: z
    .boolean()
    .default(true)
    .describe(
      'only for shipments whose origin or destination is abroad (a relay of export or import boxes)',
    ),
  ...InForce,
});
export type CabotageException = z.infer<typeof CabotageException>;

const RuleBase = Provenance.extend({
  id: Id,
  name: z.string().min(1),
  name_zh: z.string().min(1).optional(),
  ...InForce,
});

/**
 * A legality rule: what no forwarder may be offered, as dated data. The planner drops what a rule
 * forbids for departures while it is in force and names the rule; the validator warns about services
 * a rule forbids.
 * - cabotage: a carrier of another country may not carry cargo between two ports (or stops) of `country` by `modes`;
 * - air_link_ban: no air leg between a country of `countries_a` and one of `countries_b` (either way);
 * - haulier_ban: road services of carriers from `carrier_countries` may not run in `countries` (transit included).
 */
export const LegalityRule = z.discriminatedUnion('kind', [
  RuleBase.extend({
    kind: z.literal('cabotage'),
    country: CountryCode,
    modes: z.array(Mode).min(1).default(['sea']),
    exceptions: z.array(CabotageException).default([]),
  }),
  RuleBase.extend({
    kind: z.literal('air_link_ban'),
    countries_a: z.array(CountryCode).min(1),
    countries_b: z.array(CountryCode).min(1),
  }),
  RuleBase.extend({
    kind: z.literal('haulier_ban'),
    carrier_countries: z.array(CountryCode).min(1),
    countries: z.array(CountryCode).min(1),
  }),
]);
export type LegalityRule = z.infer<typeof LegalityRule>;
export const LegalityFile = z.object({ rules: z.array(LegalityRule) });

/** The files of a network folder, by base name (each may be .yaml, .yml or .json). */
export const NETWORK_FILES = {
  network: NetworkManifest,
  sources: SourcesFile,
  terminals: TerminalsFile,
  services: ServicesFile,
  borders: BordersFile,
  emissions: EmissionsFile,
  customs: CustomsFile,
  /** optional: without it routes keep their gateway labels and compare answers have no named rows */
  corridors: CorridorsFile,
  /** optional: dated legality rules (cabotage, sanctions); without it the planner applies none */
  legality: LegalityFile,
} as const;
export type NetworkFileName = keyof typeof NETWORK_FILES;
