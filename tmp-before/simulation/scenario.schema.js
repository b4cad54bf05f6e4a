/**
 * The scenario file format (YAML), defined once: horizon, seed, demand, choice model, events and
 * policies. Events and policies are data; each flow, event and policy says where its numbers come
 * from (a source id of the network, or an assumption), as network files do.
 */
import { z } from 'zod';
import { CargoFlag, CountryCode, CustomsRegime, Id, Mode, ServiceKind } from "../model/index.js";
/** A calendar date: 2024-02-30 is refused, not read as 1 March. */
const IsoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .refine((d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === d;
}, 'not a date of the calendar (YYYY-MM-DD)');
/** Provenance of the numbers of one flow, event or policy. */
const Provenance = {
    source: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    assumption: z.string().min(10).optional(),
    note: z.string().optional(),
};
/** When an event or policy is active: from a date, for `days` or until a date (exclusive); open-ended otherwise. */
const Window = {
    from: IsoDate.optional().describe('first day (00:00 UTC); the horizon start when absent'),
    until: IsoDate.optional().describe('first day no longer affected'),
    days: z.number().positive().max(3660).optional(),
};
const Weekdays = z.array(z.number().nonnegative()).length(7).describe('relative weights Mon..Sun');
export const DemandFlow = z.strictObject({
    id: Id,
    from: z.string().min(1).describe('origin terminal id'),
    to: z.string().min(1).describe('destination terminal id'),
    teu_per_week: z.number().positive().optional(),
    parcels_per_week: z.number().positive().optional(),
    shipment: z
        .object({
        teu: z.number().positive().max(1000).optional(),
        kg: z.number().positive().max(1e6).optional(),
        pieces: z.number().int().positive().optional(),
    })
        .describe('the size of one booking: teu for containers; kg and pieces for a batch of parcels'),
    cargo: z.array(CargoFlag).default([]),
    regime: CustomsRegime.default('general'),
    value_usd: z.number().positive().describe('declared value of one shipment'),
    weekday: Weekdays.optional(),
    constraints: z
        .object({
        modes: z.array(Mode).min(1).optional(),
        max_transfers: z.number().int().min(0).max(20).optional(),
        avoid_countries: z.array(CountryCode).optional(),
    })
        .optional()
        .describe("the shipper's constraints, passed to the planner with every query for this flow"),
    ...Provenance,
});
/**
 * How total demand per flow answers a change in its generalized cost: bookings × (GC / GC_ref)^value,
 * GC the flow's expected generalized cost per TEU (logit logsum) under the epoch's conditions and
 * GC_ref the same without the scenario's events and policies. 0 (or absent) keeps demand fixed.
 */
export const DemandElasticity = z.strictObject({
    value: z.number().min(-5).max(0).describe('elasticity of bookings to generalized cost (≤ 0)'),
    ...Provenance,
});
const Demand = z.strictObject({
    scale: z
        .number()
        .positive()
        .max(1000)
        .default(1)
        .describe('multiplies every flow (sensitivity runs)'),
    elasticity: DemandElasticity.optional(),
    flows: z.array(DemandFlow).default([]),
    shipments_csv: z
        .string()
        .optional()
        .describe('CSV beside the scenario: day,from,to,teu,kg,pieces,regime,value_usd,cargo'),
});
/** Value of time: a flat USD per hour, or a share of the cargo's value per day (the default, 0.1 %). */
const ValueOfTime = {
    value_of_time_usd_per_h: z
        .number()
        .nonnegative()
        .optional()
        .describe('one value for every shipment; overrides value_of_time_share_per_day'),
    value_of_time_share_per_day: z
        .number()
        .nonnegative()
        .max(0.1)
        .optional()
        .describe('time valued at this share of the declared value per day (default 0.001)'),
};
export const ChoiceModel = z.discriminatedUnion('model', [
    z.strictObject({
        model: z.literal('least_cost'),
        ...ValueOfTime,
        carbon_price_usd_per_t: z.number().nonnegative().default(0),
        ...Provenance,
    }),
    z.strictObject({
        model: z.literal('logit'),
        ...ValueOfTime,
        carbon_price_usd_per_t: z.number().nonnegative().default(0),
        scale_per_usd: z.number().positive().describe('logit scale on generalized cost per TEU, 1/USD'),
        mode_constants_usd: z
            .partialRecord(Mode, z.number())
            .optional()
            .describe('added to the generalized cost per TEU of routes whose main mode it is'),
        corridor_constants_usd: z
            .record(z.string().min(1), z.number())
            .optional()
            .describe('added to the generalized cost per TEU of routes in the named corridor (corridors.yaml group id)'),
        ...Provenance,
    }),
]);
const Target = {
    service: z.string().optional(),
    service_kind: ServiceKind.optional(),
    border: z.string().optional(),
    terminal: z.string().optional(),
    country: CountryCode.optional(),
};
/** One kind of event: its own fields beside an optional id, the target, the window and provenance. */
function eventOf(type, fields) {
    return z.strictObject({
        type: z.literal(type),
        id: z.string().optional(),
        ...fields,
        ...Target,
        ...Window,
        ...Provenance,
    });
}
/** hours added to each dwell or run (negative: saved) */
const ExtraHours = z.number().min(-1000).max(10_000);
export const ScenarioEvent = z.discriminatedUnion('type', [
    eventOf('closure', { reason: z.string().optional() }),
    eventOf('capacity', { factor: z.number().nonnegative().max(100) }),
    eventOf('frequency', { factor: z.number().positive().max(20) }),
    eventOf('rate', { factor: z.number().nonnegative().max(100) }),
    eventOf('dwell', { extra_h: ExtraHours }),
    eventOf('running_time', { extra_h: ExtraHours }),
]);
export const SubsidyPolicy = z.strictObject({
    type: z.literal('subsidy'),
    id: Id,
    service_kinds: z.array(ServiceKind).optional(),
    service_ids: z.array(z.string()).optional(),
    from_terminals: z
        .array(z.string())
        .optional()
        .describe('the region: origin terminals of the subsidised leg'),
    per: z.enum(['teu', 'trip', 'piece', 'kg']),
    amount_usd: z.number().nonnegative(),
    budget_usd: z
        .number()
        .positive()
        .optional()
        .describe('the subsidy stops when this much has been paid'),
    ...Window,
    ...Provenance,
});
export const ScenarioFile = z.strictObject({
    id: Id.optional().describe('default: the file name without .yaml'),
    name: z.string().min(1).optional(),
    name_zh: z.string().min(1).optional().describe('the name in Chinese, for the web view'),
    description: z.string().optional().describe('one sentence on what the scenario shows'),
    description_zh: z.string().optional().describe('the description in Chinese, for the web view'),
    extends: z
        .string()
        .optional()
        .describe('a scenario file beside this one: its fields are overridden; flows, events and policies merge by id'),
    network: Id.optional(),
    horizon: z
        .strictObject({
        start: IsoDate,
        days: z.number().int().positive().max(3660).describe('run length: days simulated'),
        warmup_days: z
            .number()
            .int()
            .nonnegative()
            .max(3659)
            .optional()
            .describe('first days of the run: simulated, their bookings not counted in the KPIs'),
    })
        .refine((h) => (h.warmup_days ?? 0) < h.days, {
        message: 'warmup_days must be shorter than the run (days)',
        path: ['warmup_days'],
    })
        .optional(),
    seed: z
        .number()
        .int()
        .nonnegative()
        .max(2 ** 32 - 1)
        .optional(),
    replications: z.number().int().positive().max(1000).optional(),
    demand: Demand.optional(),
    choice: ChoiceModel.optional(),
    alternatives: z
        .number()
        .int()
        .min(1)
        .max(10)
        .optional()
        .describe('route options asked of the planner per OD'),
    overflow_replan_h: z
        .number()
        .positive()
        .optional()
        .describe('re-choose the route when capacity holds a shipment longer than this'),
    max_live_replans: z
        .number()
        .int()
        .min(0)
        .max(10_000)
        .optional()
        .describe('planner calls with live capacity per replication (default 10)'),
    events: z.array(ScenarioEvent).optional(),
    policies: z.array(SubsidyPolicy).optional(),
    remove: z
        .strictObject({
        flows: z.array(z.string()).optional(),
        events: z.array(z.string()).optional(),
        policies: z.array(z.string()).optional(),
    })
        .optional()
        .describe('ids of flows, events or policies of the file this one extends to leave out'),
});
//# sourceMappingURL=scenario.schema.js.map