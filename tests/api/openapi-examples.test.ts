/**
 * The OpenAPI document's examples, for client generators and integrators (issue 16): every
 * operation shows an example of what it answers (and of its request body, when it takes one), and
 * every example in the document is valid against the schema it stands in, checked with a JSON Schema
 * 2020-12 validator (the dialect of OpenAPI 3.1) over the served document, $refs resolved.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_EXAMPLE_QUERY } from '../../src/contract/api-example-queries.ts';
import { ROUTE_RESPONSE_EXAMPLE } from '../../src/contract/api-examples.generated.ts';
import { RouteResponse } from '../../src/contract/index.ts';
import { buildApp, loadNetworkRegistry } from '../../src/server/index.ts';
import { BUILTIN_DIR, makeNetworksRoot } from './helpers.ts';

type Json = Record<string, unknown>;
let app: FastifyInstance;
let doc: Json;
beforeAll(async () => {
  const root = makeNetworksRoot({ 'inner-mongolia': BUILTIN_DIR });
  const registry = await loadNetworkRegistry(root);
  app = await buildApp({ networksDir: root, registry, rateLimit: false, timeBudgetMs: 60_000 });
  await app.ready();
  doc = (await app.inject({ url: '/openapi.json' })).json<Json>();
});
afterAll(async () => app.close());

const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const pointer = (path: (string | number)[]) =>
  '#/' + path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** The schema a $ref names (local refs only), or the schema itself. */
function deref(schema: unknown): unknown {
  if (!isObject(schema) || typeof schema['$ref'] !== 'string') return schema;
  let at: unknown = doc;
  for (const part of schema['$ref'].replace(/^#\//, '').split('/'))
    at = isObject(at) ? at[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
  return deref(at);
}

const hasExample = (schema: unknown): boolean => {
  const s = deref(schema);
  return isObject(s) && Array.isArray(s['examples']) && s['examples'].length > 0;
};
/** A media type shows an example in its own `example`/`examples` or in its schema's `examples`. */
const mediaHasExample = (media: unknown): boolean =>
  isObject(media) &&
  (media['example'] !== undefined ||
    (isObject(media['examples']) && Object.keys(media['examples']).length > 0) ||
    hasExample(media['schema']));

function operations(): { name: string; op: Json }[] {
  const out: { name: string; op: Json }[] = [];
  for (const [path, item] of Object.entries(doc['paths'] as Json))
    for (const method of METHODS) {
      const op = (item as Json)[method];
      if (isObject(op)) out.push({ name: `${method.toUpperCase()} ${path}`, op });
    }
  return out;
}

/**
 * Every example in the document with the JSON pointer of the schema it stands in: a schema's
 * `examples` list, and the `example` of a media type or parameter (whose schema sits beside it).
 */
function schemasWithExamples(): { at: string; examples: unknown[] }[] {
  const found: { at: string; examples: unknown[] }[] = [];
  const walk = (x: unknown, path: (string | number)[]) => {
    if (Array.isArray(x)) x.forEach((v, i) => walk(v, [...path, i]));
    if (!isObject(x)) return;
    if (Array.isArray(x['examples']) && path.at(-1) !== 'properties')
      found.push({ at: pointer(path), examples: x['examples'] });
    if (x['example'] !== undefined && isObject(x['schema']))
      found.push({ at: pointer([...path, 'schema']), examples: [x['example']] });
    for (const [k, v] of Object.entries(x)) if (k !== 'examples') walk(v, [...path, k]);
  };
  walk(doc, []);
  return found;
}

describe('OpenAPI examples', () => {
  it('every operation has a summary, an operationId and described responses', () => {
    const missing: string[] = [];
    for (const { name, op } of operations()) {
      if (typeof op['operationId'] !== 'string') missing.push(`${name}: operationId`);
      if (typeof op['summary'] !== 'string') missing.push(`${name}: summary`);
      for (const [status, res] of Object.entries(op['responses'] as Json))
        if (!isObject(res) || !res['description'] || res['description'] === 'Default Response')
          missing.push(`${name}: description of ${status}`);
    }
    expect(missing).toEqual([]);
  });

  it('every operation shows an example of its success answer and of its request body', () => {
    const missing: string[] = [];
    for (const { name, op } of operations()) {
      const responses = op['responses'] as Json;
      const success = Object.entries(responses).filter(([status]) => /^2/.test(status));
      const answered = success.some(([, res]) =>
        Object.values((res as Json)['content'] ?? {}).some(mediaHasExample),
      );
      if (!answered) missing.push(`${name}: answer`);
      const body = op['requestBody'];
      if (isObject(body)) {
        const shown = Object.values((body['content'] ?? {}) as Json).some(mediaHasExample);
        if (!shown) missing.push(`${name}: request body`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every example is valid against the schema it stands in', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(doc, 'openapi');
    const found = schemasWithExamples();
    expect(found.length).toBeGreaterThan(10);
    const invalid: string[] = [];
    for (const { at, examples } of found) {
      const validate = ajv.getSchema(`openapi${at}`);
      if (!validate) {
        invalid.push(`${at}: schema not found`);
        continue;
      }
      examples.forEach((example, i) => {
        if (!validate(example))
          invalid.push(`${at} example ${i}: ${ajv.errorsText(validate.errors).slice(0, 300)}`);
      });
    }
    expect(invalid).toEqual([]);
  });

  it('the route answer example is what the planner answers its query today (else: npm run examples)', async () => {
    const example = RouteResponse.parse(ROUTE_RESPONSE_EXAMPLE);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      payload: ROUTE_EXAMPLE_QUERY,
    });
    const live = RouteResponse.parse(res.json());
    const gist = (r: RouteResponse) =>
      r.routes.map((route) => ({
        corridor: route.corridor?.short,
        services: route.legs.map((l) => l.service_id),
        depart: route.depart,
      }));
    expect(gist(live)).toEqual(gist(example));
    expect(live.status).toBe(example.status);
  });

  it('the simulation examples name a shipped scenario, and the request example starts a run', async () => {
    const doc2 = doc as { paths: Record<string, Record<string, Json>> };
    const post = doc2.paths['/api/v1/simulations']?.['post'] as Json;
    const body = (((post['requestBody'] as Json)['content'] as Json)['application/json'] as Json)[
      'example'
    ] as Json;
    const listed = (await app.inject({ url: '/api/v1/scenarios' })).json<{
      scenarios: { id: string }[];
    }>();
    expect(listed.scenarios.map((x) => x.id)).toContain(body['scenario']);
    const started = await app.inject({ method: 'POST', url: '/api/v1/simulations', payload: body });
    expect(started.statusCode, started.body).toBe(202);
    const { id } = started.json<{ id: string }>();
    const cancelled = await app.inject({ method: 'DELETE', url: `/api/v1/simulations/${id}` });
    expect(cancelled.statusCode).toBe(200);
  });
});
