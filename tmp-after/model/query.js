/**
 * A route query: what a user asks the planner. The same schema validates CLI arguments, HTTP bodies
 * (contract/ wraps it) and simulation bookings. Defaults are applied by the schema, so the planner
 * always sees a complete query.
 */
import { z } from 'zod';
import { CargoFlag, CountryCode, CustomsRegime, DgClass, LithiumUn, Mode } from "./vocabulary.js";
/** A place: a terminal id, an English or Chinese name, a city name, or a position. */
export const PlaceRef = z.union([
    z.string().trim().min(1).max(120),
    z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
]);
export const Objective = z.enum(['cost', 'time', 'co2', 'generalized', 'pareto']);
/** When to leave: an ISO date (00:00 local time at the origin) or an ISO date-time with offset. */
export const DepartTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const Shipment = z
    .object({
    teu: z.number().positive().max(10_000).optional().describe('20-foot containers'),
    feu: z.number().positive().max(5_000).optional().describe('40-foot containers'),
    kg: z
        .number()
        .positive()
        .max(10_000_000)
        .optional()
        .describe('gross weight; with no containers: LCL or parcels'),
    m3: z
        .number()
        .positive()
        .max(100_000)
        .optional()
        .describe('volume, for chargeable weight on air'),
    pieces: z
        .number()
        .int()
        .positive()
        .max(10_000_000)
        .optional()
        .describe('parcels, for per-piece subsidies and 9610'),
    cargo: z.array(CargoFlag).max(4).default([]),
    dg_class: DgClass.optional().describe('the dangerous-goods class (1–9) when cargo lists dangerous_goods; absent: only services that take every class'),
    lithium_un: LithiumUn.optional().describe('UN3480 (batteries on their own) or UN3481 (in or with equipment) when cargo lists lithium_batteries; absent: UN3480, the stricter'),
    regime: CustomsRegime.default('general'),
    value_usd: z
        .number()
        .positive()
        .max(1e10)
        .optional()
        .describe('declared value; drives the value of time'),
})
    .refine((s) => s.teu !== undefined || s.feu !== undefined || s.kg !== undefined, {
    message: 'give a quantity: teu, feu or kg',
    path: ['teu'],
});
export const Constraints = z.object({
    modes: z.array(Mode).min(1).max(4).optional().describe('allowed modes; all when absent'),
    avoid_countries: z.array(CountryCode).max(50).default([]),
    avoid_terminals: z.array(z.string().min(1)).max(200).default([]),
    avoid_borders: z.array(z.string().min(1)).max(50).default([]),
    max_transfers: z.number().int().min(0).max(20).optional(),
    deadline: DepartTime.optional().describe('latest P50 arrival'),
    budget_usd: z.number().positive().optional(),
});
/**
 * A preference, not a figure (docs/decisions.md R28): ranked by time, a route with one more change of
 * service must arrive this many hours sooner. Without it the fastest answer trucks cargo through two
 * transfers to board a truck 300 km down its road, four hours sooner than loading it at the origin.
 */
export const DEFAULT_TRANSFER_PENALTY_H = 6;
export const RouteQuery = z.object({
    from: PlaceRef,
    to: PlaceRef,
    depart: DepartTime.optional().describe('default: the time of the query'),
    shipment: Shipment,
    objective: Objective.default('generalized'),
    constraints: Constraints.default({ avoid_countries: [], avoid_terminals: [], avoid_borders: [] }),
    alternatives: z
        .number()
        .int()
        .min(1)
        .max(20)
        .default(3)
        .describe('routes to return (diverse corridors first)'),
    value_of_time_usd_per_h: z
        .number()
        .nonnegative()
        .max(1e6)
        .optional()
        .describe('default: from value_usd'),
    carbon_price_usd_per_t: z.number().nonnegative().max(10_000).default(0),
    transfer_penalty_h: z
        .number()
        .nonnegative()
        .max(240)
        .default(DEFAULT_TRANSFER_PENALTY_H)
        .describe('hours each change of service counts for when ranking by time (objective "time"); answers keep their real times'),
    waive_rules: z
        .array(z.string().min(1).max(80))
        .max(20)
        .default([])
        .describe("legality rules (ids in the network's legality.yaml) not applied, for a what-if; the answer says so"),
});
//# sourceMappingURL=query.js.map