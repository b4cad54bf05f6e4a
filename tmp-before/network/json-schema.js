/**
 * JSON Schema of each network file, generated from the zod schemas (the single source), so editors
 * can check a YAML file as it is typed (`# yaml-language-server: $schema=../schema/services.schema.json`).
 * Two additions zod cannot express: a figure needs `source` or `assumption`, and unknown fields are
 * flagged (`additionalProperties: false`), matching the validator's error and warning.
 */
import { z } from 'zod';
import { NETWORK_FILES } from "../model/index.js";
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Adds the provenance rule and closes objects, in place, everywhere in a generated schema. */
function tighten(node) {
    if (Array.isArray(node)) {
        node.forEach(tighten);
        return;
    }
    if (!isObject(node))
        return;
    for (const value of Object.values(node))
        tighten(value);
    const props = node['properties'];
    if (node['type'] === 'object' && isObject(props)) {
        if (node['additionalProperties'] === undefined)
            node['additionalProperties'] = false;
        if ('source' in props && 'assumption' in props) {
            const rule = { anyOf: [{ required: ['source'] }, { required: ['assumption'] }] };
            if (node['anyOf'] === undefined)
                Object.assign(node, rule);
            else
                node['allOf'] = [...(node['allOf'] ?? []), rule];
        }
    }
}
const TITLES = {
    network: 'network.yaml: the manifest (id, names, reference year, conversion factors, default handling)',
    sources: 'sources.yaml: every source a figure cites',
    terminals: 'terminals.yaml: rail terminals, ports, airports, border stations, bonded zones, hubs',
    services: 'services.yaml: scheduled and on-demand services with their legs and figures',
    borders: 'borders.yaml: land border crossings, dwell, gauge change, documents, closures',
    corridors: 'corridors.yaml: named corridors (Erenhot rail, air via Beijing…) and how routes are assigned to them',
    emissions: 'emissions.yaml: emission factors per tonne-km',
    legality: 'legality.yaml: dated legality rules (cabotage, air links and road hauliers under sanctions)',
    customs: 'customs.yaml: customs regimes 9610 / 9710 / 9810 / 1210 / general',
};
/** Schema of one file kind. */
function fileJsonSchema(kind) {
    const schema = z.toJSONSchema(NETWORK_FILES[kind], {
        io: 'input',
        target: 'draft-2020-12',
    });
    tighten(schema);
    const { $schema, ...rest } = schema;
    // yaml-language-server comments at the top of a file are not fields; a `$schema` key in JSON files is allowed
    const props = rest['properties'];
    props['$schema'] = {
        type: 'string',
        description: 'path or URL of this JSON Schema (for editors)',
    };
    return {
        $schema,
        $id: `https://corridor-planner.example/networks/schema/${kind}.schema.json`,
        title: TITLES[kind],
        ...rest,
    };
}
/**
 * Every generated file, by path relative to networks/: one schema per file kind under schema/, and
 * schema.json bundling them as `$defs` (for tools that take one schema and a pointer).
 */
export function networkJsonSchemas() {
    const files = new Map();
    const defs = {};
    for (const kind of Object.keys(NETWORK_FILES)) {
        const schema = fileJsonSchema(kind);
        files.set(`schema/${kind}.schema.json`, schema);
        const { $schema: _s, $id: _i, ...def } = schema;
        defs[kind] = def;
    }
    files.set('schema.json', {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://corridor-planner.example/networks/schema.json',
        title: 'corridor-planner network files; validate one file with #/$defs/<file kind>, e.g. #/$defs/services',
        $defs: defs,
    });
    return files;
}
/** The text written for a schema file (stable formatting, so a stale-check can compare texts). */
export const schemaText = (schema) => `${JSON.stringify(schema, null, 2)}\n`;
//# sourceMappingURL=json-schema.js.map