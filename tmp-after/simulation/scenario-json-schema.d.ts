type Json = Record<string, unknown>;
export declare const SCENARIO_SCHEMA_FILE = "scenario.schema.json";
export declare function scenarioJsonSchema(): Json;
/** The file's text (stable formatting, so the stale-check compares texts). */
export declare const scenarioSchemaText: () => string;
export {};
//# sourceMappingURL=scenario-json-schema.d.ts.map