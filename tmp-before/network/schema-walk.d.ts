/**
 * Walks parsed data alongside its zod schema to find what the shape check alone cannot say:
 * every figure (an object whose schema extends Provenance: Figure, Distribution, Location, Tariff,
 * Capacity, Schedule, Waypoints, Closure …) and every field the schema does not know (a typo that
 * zod would silently strip, e.g. `asumption`). Reads zod 4 schema definitions (`_zod.def`).
 */
import type { z } from 'zod';
import type { PathSegment } from './path.ts';
export interface WalkVisitor {
    /** an object whose schema carries `source` and `assumption` */
    figure(value: Record<string, unknown>, path: PathSegment[]): void;
    /** a key the schema does not define; `known` lists the keys it does */
    unknownKey(path: PathSegment[], known: string[]): void;
}
export declare function walkSchema(schema: z.ZodType, data: unknown, path: PathSegment[], visitor: WalkVisitor): void;
//# sourceMappingURL=schema-walk.d.ts.map