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
type Json = null | boolean | number | string | Json[] | {
    [k: string]: Json;
};
type JsonObject = {
    [k: string]: Json;
};
/** A deep copy of `doc` (as @fastify/swagger builds it) with the changes above. */
export declare function clientReadyDocument(doc: object): JsonObject;
export {};
//# sourceMappingURL=openapi-document.d.ts.map