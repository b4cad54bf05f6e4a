/**
 * JSON Schema of scenario files, generated from the zod schema (the single source), so an editor
 * checks a scenario as it is typed (`# yaml-language-server: $schema=./scenario.schema.json`). Unknown
 * fields are flagged, as the parser flags them. The file beside the shipped scenarios is written by
 * `writeScenarioJsonSchema` (src/index.ts); tests/unit/simulation/scenario-json-schema.test.ts fails when it is stale.
 */
import { z } from 'zod';
import { ScenarioFile } from "./scenario.schema.js";
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Closes objects (additionalProperties: false) everywhere in a generated schema, in place. */
function close(node) {
    if (Array.isArray(node))
        return node.forEach(close);
    if (!isObject(node))
        return;
    for (const value of Object.values(node))
        close(value);
    if (node['type'] === 'object' &&
        isObject(node['properties']) &&
        node['additionalProperties'] === undefined)
        node['additionalProperties'] = false;
}
export const SCENARIO_SCHEMA_FILE = 'scenario.schema.json';
export function scenarioJsonSchema() {
    const schema = z.toJSONSchema(ScenarioFile, { io: 'input', target: 'draft-2020-12' });
    close(schema);
    const { $schema, ...rest } = schema;
    return {
        $schema,
        $id: `https://corridor-planner.example/networks/scenarios/${SCENARIO_SCHEMA_FILE}`,
        title: 'corridor-planner scenario file: horizon, demand, choice model, events and policies (see docs/scripting.md)',
        ...rest,
    };
}
/** The file's text (stable formatting, so the stale-check compares texts). */
export const scenarioSchemaText = () => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
//# sourceMappingURL=scenario-json-schema.js.map