/**
 * Figures with provenance. Every number in a network file is a Figure or a Distribution: it carries
 * the id of a source from sources.yaml, or an explicit `assumption` that says why the value was chosen.
 */
import { z } from 'zod';
const SourceRef = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
/** Where a number comes from: a source id (or several), or an assumption; `note` adds context. */
export const Provenance = z.object({
    source: SourceRef.optional().describe('id(s) of entries in sources.yaml'),
    assumption: z
        .string()
        .min(10)
        .optional()
        .describe('why this value was assumed where no source gives it'),
    note: z.string().optional(),
});
/** A number with its provenance. Whether it has a source or an assumption is checked by the validator (all issues at once). */
export const Figure = Provenance.extend({ value: z.number().finite() });
/** A non-negative figure (distances, times, costs, capacities). */
export const NonNegativeFigure = Provenance.extend({ value: z.number().finite().nonnegative() });
/**
 * A random quantity (delay, dwell), in the unit its field name says.
 * - fixed: always `value`;
 * - triangular: min ≤ mode ≤ max;
 * - lognormal: given by its median (p50) and 90th percentile (p90 ≥ p50).
 */
export const Distribution = z.discriminatedUnion('dist', [
    Provenance.extend({ dist: z.literal('fixed'), value: z.number().finite().nonnegative() }),
    Provenance.extend({
        dist: z.literal('triangular'),
        min: z.number().finite().nonnegative(),
        mode: z.number().finite().nonnegative(),
        max: z.number().finite().nonnegative(),
    }),
    Provenance.extend({
        dist: z.literal('lognormal'),
        p50: z.number().finite().positive(),
        p90: z.number().finite().positive(),
    }),
]);
/** A position in WGS 84 degrees with its provenance. */
export const Location = Provenance.extend({
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
});
//# sourceMappingURL=figure.js.map