/**
 * Query-string filters shared by the list endpoints. A filter takes one value or a comma list
 * ("mode=rail,road"), or the key repeated; every value is checked and each unknown one is named.
 */
import { z } from 'zod';
export declare const NetworkParams: z.ZodObject<{
    id: z.ZodString;
}, z.core.$strip>;
export declare const ListFilters: z.ZodObject<{
    mode: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>, z.ZodTransform<("rail" | "road" | "sea" | "air")[], string | string[]>>>;
    country: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>, z.ZodTransform<string[], string | string[]>>>;
}, z.core.$strict>;
export type ListFilters = z.infer<typeof ListFilters>;
//# sourceMappingURL=filters.d.ts.map