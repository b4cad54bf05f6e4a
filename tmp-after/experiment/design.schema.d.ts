/**
 * An experiment design file: a base scenario, the parameters that vary (each a path into the
 * scenario), how their values combine into cells (an explicit list, a full grid, or a Latin
 * hypercube with a seed), replications per cell and the output folder. Strict: unknown keys are
 * refused (parse-design.ts adds the did-you-mean and the line).
 */
import { z } from 'zod';
export declare const DESIGN_KINDS: readonly ["list", "grid", "lhs"];
export declare const DesignParameter: z.ZodObject<{
    name: z.ZodString;
    path: z.ZodString;
    values: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>>;
    min: z.ZodOptional<z.ZodNumber>;
    max: z.ZodOptional<z.ZodNumber>;
    integer: z.ZodOptional<z.ZodBoolean>;
    assumption: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export type DesignParameter = z.infer<typeof DesignParameter>;
export declare const DesignFile: z.ZodObject<{
    id: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    scenario: z.ZodString;
    design: z.ZodDefault<z.ZodEnum<{
        list: "list";
        grid: "grid";
        lhs: "lhs";
    }>>;
    parameters: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        path: z.ZodString;
        values: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>>;
        min: z.ZodOptional<z.ZodNumber>;
        max: z.ZodOptional<z.ZodNumber>;
        integer: z.ZodOptional<z.ZodBoolean>;
        assumption: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    cells: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean]>>>>;
    samples: z.ZodOptional<z.ZodNumber>;
    design_seed: z.ZodOptional<z.ZodNumber>;
    replications: z.ZodOptional<z.ZodNumber>;
    seed: z.ZodOptional<z.ZodNumber>;
    output: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export type DesignFile = z.infer<typeof DesignFile>;
//# sourceMappingURL=design.schema.d.ts.map