/**
 * An experiment design file: a base scenario, the parameters that vary (each a path into the
 * scenario), how their values combine into cells (an explicit list, a full grid, or a Latin
 * hypercube with a seed), replications per cell and the output folder. Strict: unknown keys are
 * refused (parse-design.ts adds the did-you-mean and the line).
 */
import { z } from 'zod';
export const DESIGN_KINDS = ['list', 'grid', 'lhs'];
const Scalar = z.union([z.number(), z.string(), z.boolean()]);
export const DesignParameter = z.strictObject({
    name: z
        .string()
        .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _, starting with a letter')
        .describe('the column name of this parameter in the results'),
    path: z
        .string()
        .min(1)
        .describe('where the value goes in the scenario: dotted keys, [id] to pick a list item by id, [n] by index, e.g. policies[im-tir-truck-trip].amount_usd'),
    values: z.array(Scalar).min(1).optional().describe('the values (grid designs)'),
    min: z.number().optional().describe('lower bound (Latin hypercube designs)'),
    max: z.number().optional().describe('upper bound (Latin hypercube designs)'),
    integer: z.boolean().optional().describe('round Latin hypercube values to integers'),
    assumption: z.string().optional(),
});
export const DesignFile = z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and -'),
    description: z.string().optional(),
    scenario: z.string().min(1).describe('the base scenario file, relative to the design file'),
    design: z.enum(DESIGN_KINDS).default('grid'),
    parameters: z.array(DesignParameter).min(1),
    /** list designs: one object per cell, parameter name → value */
    cells: z.array(z.record(z.string(), Scalar)).min(1).optional(),
    /** Latin hypercube designs: the number of cells */
    samples: z.number().int().min(1).max(100_000).optional(),
    /** seed of the Latin hypercube draw (not of the simulation) */
    design_seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 32 - 1)
        .optional(),
    replications: z.number().int().min(1).max(100_000).optional(),
    seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 32 - 1)
        .optional()
        .describe('the simulation seed of every cell (default: the scenario seed); same in all cells'),
    output: z.string().min(1).optional().describe('output folder, relative to the design file'),
});
//# sourceMappingURL=design.schema.js.map