/**
 * The served OpenAPI document, post-processed once from @fastify/swagger's so that clients generate
 * from it cleanly (docs/decisions.md API15):
 * - fixed-length tuples (`prefixItems`, JSON Schema 2020-12 only, e.g. `legs[].path` [lon, lat])
 *   become `items` with `minItems`/`maxItems`, a form draft-07 and OpenAPI 3.0 tools accept;
 * - an operation without an operationId gets one from its method and path, and a response still
 *   described as "Default Response" gets the description of its status;
 * - request bodies are inlined rather than `$ref`s to components: generators (openapi-typescript by
 *   default) make a field with a `default` required in a component, as a response would always carry
 *   it, but optional in a request body, where the server fills it in;
 * - component schemas nothing refers to are left out: the zod provider emits an input and an output
 *   form of every named schema, and the unused forms (e.g. a request's output form, whose defaulted
 *   fields are required and whose examples then fail it) would only mislead a generated client.
 */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `{ prefixItems: [A, A], items: false }` → `{ items: A, minItems: 2, maxItems: 2 }` (A as one schema, or anyOf). */
function untuple(node) {
    if (Array.isArray(node))
        return node.map(untuple);
    if (!isObject(node))
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node))
        out[k] = untuple(v);
    const prefix = out['prefixItems'];
    if (Array.isArray(prefix)) {
        const distinct = [...new Set(prefix.map((p) => JSON.stringify(p)))].map((s) => JSON.parse(s));
        delete out['prefixItems'];
        out['items'] = distinct.length === 1 ? distinct[0] : { anyOf: distinct };
        out['minItems'] = prefix.length;
        out['maxItems'] = prefix.length;
    }
    return out;
}
const STATUS_DESCRIPTIONS = {
    '200': 'the answer',
    '201': 'created',
    '202': 'accepted: the work continues; poll the resource named in the answer',
    '204': 'done, no content',
};
/** "delete /api/v1/simulations/{id}" → "deleteSimulationsById" */
function operationIdOf(method, path) {
    const words = path
        .replace(/^\/api\/v\d+\//, '/')
        .split('/')
        .filter(Boolean)
        .map((seg) => (seg.startsWith('{') ? `by-${seg.slice(1, -1)}` : seg))
        .join('-')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
    return [method, ...words]
        .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1)))
        .join('');
}
const refsIn = (node, into) => {
    if (Array.isArray(node))
        for (const v of node)
            refsIn(v, into);
    else if (isObject(node))
        for (const [k, v] of Object.entries(node)) {
            const name = k === '$ref' && typeof v === 'string'
                ? /^#\/components\/schemas\/(.+)$/.exec(v)?.[1]
                : undefined;
            if (name !== undefined)
                into.add(name);
            else
                refsIn(v, into);
        }
    return into;
};
/** Drops the component schemas that no path refers to, directly or through other components. */
function pruneUnreferenced(doc, schemas) {
    const reached = refsIn({ ...doc, components: { ...doc['components'], schemas: {} } }, new Set());
    const queue = [...reached];
    for (let name = queue.pop(); name !== undefined; name = queue.pop())
        for (const next of refsIn(schemas[name] ?? null, new Set()))
            if (!reached.has(next)) {
                reached.add(next);
                queue.push(next);
            }
    for (const name of Object.keys(schemas))
        if (!reached.has(name))
            delete schemas[name];
}
/** A deep copy of `doc` (as @fastify/swagger builds it) with the changes above. */
export function clientReadyDocument(doc) {
    const out = untuple(JSON.parse(JSON.stringify(doc)));
    const paths = out['paths'];
    if (!isObject(paths))
        return out;
    const components = out['components'];
    const schemas = isObject(components) && isObject(components['schemas']) ? components['schemas'] : {};
    const inline = (schema) => {
        if (!isObject(schema) || typeof schema['$ref'] !== 'string')
            return schema;
        const name = /^#\/components\/schemas\/(.+)$/.exec(schema['$ref'])?.[1];
        const target = name === undefined ? undefined : schemas[name];
        return target === undefined ? schema : JSON.parse(JSON.stringify(target));
    };
    for (const [path, item] of Object.entries(paths)) {
        if (!isObject(item))
            continue;
        for (const [method, op] of Object.entries(item)) {
            if (!isObject(op))
                continue;
            if (typeof op['operationId'] !== 'string')
                op['operationId'] = operationIdOf(method, path);
            const body = op['requestBody'];
            if (isObject(body) && isObject(body['content']))
                for (const media of Object.values(body['content']))
                    if (isObject(media) && media['schema'] !== undefined) {
                        const schema = inline(media['schema']);
                        if (schema !== undefined)
                            media['schema'] = schema;
                    }
            const responses = op['responses'];
            if (!isObject(responses))
                continue;
            for (const [status, res] of Object.entries(responses)) {
                if (isObject(res) && (res['description'] === 'Default Response' || !res['description']))
                    res['description'] = STATUS_DESCRIPTIONS[status] ?? `status ${status}`;
            }
        }
    }
    pruneUnreferenced(out, schemas);
    return out;
}
//# sourceMappingURL=openapi-document.js.map