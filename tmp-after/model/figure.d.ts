/**
 * Figures with provenance. Every number in a network file is a Figure or a Distribution: it carries
 * the id of a source from sources.yaml, or an explicit `assumption` that says why the value was chosen.
 */
import { z } from 'zod';
/** Where a number comes from: a source id (or several), or an assumption; `note` adds context. */
export declare const Provenance: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type Provenance = z.infer<typeof Provenance>;
/** A number with its provenance. Whether it has a source or an assumption is checked by the validator (all issues at once). */
export declare const Figure: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    value: z.ZodNumber;
}, z.core.$strip>;
export type Figure = z.infer<typeof Figure>;
/** A non-negative figure (distances, times, costs, capacities). */
export declare const NonNegativeFigure: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    value: z.ZodNumber;
}, z.core.$strip>;
/**
 * A random quantity (delay, dwell), in the unit its field name says.
 * - fixed: always `value`;
 * - triangular: min ≤ mode ≤ max;
 * - lognormal: given by its median (p50) and 90th percentile (p90 ≥ p50).
 */
export declare const Distribution: z.ZodDiscriminatedUnion<[z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    dist: z.ZodLiteral<"fixed">;
    value: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    dist: z.ZodLiteral<"triangular">;
    min: z.ZodNumber;
    mode: z.ZodNumber;
    max: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    dist: z.ZodLiteral<"lognormal">;
    p50: z.ZodNumber;
    p90: z.ZodNumber;
}, z.core.$strip>], "dist">;
export type Distribution = z.infer<typeof Distribution>;
/** A position in WGS 84 degrees with its provenance. */
export declare const Location: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    lon: z.ZodNumber;
    lat: z.ZodNumber;
}, z.core.$strip>;
export type Location = z.infer<typeof Location>;
//# sourceMappingURL=figure.d.ts.map