/**
 * The validation file (networks/<id>/validation.yaml): published end-to-end figures the planner's
 * answers are measured against. Each case is a query, one measure of the answer, the published range
 * with its source, year and reference period, and a note on how the range was read from the source.
 * Strict: an unknown field is an error, so a misspelt key never silently drops a case.
 */
import { z } from 'zod';
import { CargoFlag, CustomsRegime, Mode, Objective } from "../model/index.js";
/**
 * What is measured on the chosen route of the answer.
 * - cost_usd: cost.total_usd; cost_usd_per_kg: total / shipment kg; cost_usd_per_km: total / route km
 * - transit_days: scheduled (no delays) arrival less the handover; transit_days_p50: the same to the
 *   P50 arrival. Published transit times run from the departure the shipper booked, so the waits that
 *   the query's date decides are not counted: the wait for the first departure, the lead-time waits of
 *   on-demand pre-carriage and the wait for the first timetabled departure beyond its cut-off
 *   (docs/decisions.md V4, run-validation.ts handoverMs).
 * - distance_km: route distance; speed_kmh: route km / scheduled transit hours (waits at transfers
 *   and borders included)
 * - co2e_kg: route CO2e; co2e_g_per_tkm: CO2e / (cargo tonnes × route km)
 * - border_dwell_h: planned dwell summed over the border events of `border`
 */
export const Measure = z.enum([
    'cost_usd',
    'cost_usd_per_kg',
    'cost_usd_per_km',
    'transit_days',
    'transit_days_p50',
    'distance_km',
    'speed_kmh',
    'co2e_kg',
    'co2e_g_per_tkm',
    'border_dwell_h',
]);
const CaseShipment = z.strictObject({
    teu: z.number().positive().optional(),
    feu: z.number().positive().optional(),
    kg: z.number().positive().optional(),
    m3: z.number().positive().optional(),
    pieces: z.number().int().positive().optional(),
    cargo: z.array(CargoFlag).optional(),
    regime: CustomsRegime.optional(),
});
const CaseQuery = z.strictObject({
    from: z.string().min(1),
    to: z.string().min(1),
    shipment: CaseShipment,
    modes: z.array(Mode).min(1).optional().describe('allowed modes; all when absent'),
    objective: Objective.exclude(['pareto']).default('cost'),
    depart: z.iso.date().optional().describe("default: the file's `depart`"),
});
export const ValidationCase = z
    .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    title: z.string().min(1),
    /** rail, road, sea, air or multimodal: how the report groups the case */
    group: z.enum(['rail', 'road', 'sea', 'air', 'multimodal']),
    query: CaseQuery,
    measure: Measure,
    /** border id for border_dwell_h */
    border: z.string().min(1).optional(),
    published: z
        .tuple([z.number(), z.number()])
        .refine(([low, high]) => low <= high, 'low must not exceed high'),
    unit: z.string().min(1).describe('unit of `published`, for the reader (e.g. "USD per FEU")'),
    /**
     * the source id, or the ids when the figure is read from several publications (a rate from one,
     * a fee added to it from another); the case is independent only if the model cites none of them
     */
    source: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    year: z.number().int().min(1990).max(2100),
    /** when the published figure holds, e.g. "Q1 2025" or "2021-08 (first train)" */
    period: z.string().min(1),
    /** how the range was read from the source, and how comparable the case is */
    reading: z.string().min(1),
})
    .superRefine((c, ctx) => {
    if (c.measure === 'border_dwell_h' && c.border === undefined)
        ctx.addIssue({ code: 'custom', path: ['border'], message: 'border_dwell_h needs `border`' });
    if (c.measure !== 'border_dwell_h' && c.border !== undefined)
        ctx.addIssue({
            code: 'custom',
            path: ['border'],
            message: 'only border_dwell_h takes `border`',
        });
    const s = c.query.shipment;
    if (s.teu === undefined && s.feu === undefined && s.kg === undefined)
        ctx.addIssue({
            code: 'custom',
            path: ['query', 'shipment'],
            message: 'give a quantity: teu, feu or kg',
        });
    if (c.measure === 'cost_usd_per_kg' && s.kg === undefined)
        ctx.addIssue({
            code: 'custom',
            path: ['query', 'shipment', 'kg'],
            message: 'cost_usd_per_kg needs shipment.kg',
        });
});
export const ValidationFile = z.strictObject({
    /** default departure date of every query (one date, so the answers are comparable run to run) */
    depart: z.iso.date(),
    cases: z.array(ValidationCase).min(1),
});
/** The case's source ids, one or several. */
export const caseSources = (c) => typeof c.source === 'string' ? [c.source] : c.source;
//# sourceMappingURL=validation-file.schema.js.map