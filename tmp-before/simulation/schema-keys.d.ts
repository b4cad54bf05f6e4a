/**
 * The field names a zod schema allows at a path of some data, for "did you mean" on unknown keys:
 * walks objects, arrays, optional/default wrappers and discriminated unions (the option is the one
 * whose discriminator matches the data there).
 */
import type { z } from 'zod';
export declare function keysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[];
//# sourceMappingURL=schema-keys.d.ts.map