type Json = Record<string, unknown>;
/**
 * Every generated file, by path relative to networks/: one schema per file kind under schema/, and
 * schema.json bundling them as `$defs` (for tools that take one schema and a pointer).
 */
export declare function networkJsonSchemas(): Map<string, Json>;
/** The text written for a schema file (stable formatting, so a stale-check can compare texts). */
export declare const schemaText: (schema: Json) => string;
export {};
//# sourceMappingURL=json-schema.d.ts.map