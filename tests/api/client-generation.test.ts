/**
 * Clients generate from the contract: openapi-typescript turns /openapi.json into types, and the
 * README's request examples (and the contract's own examples) compile against them with tsc --strict,
 * defaulted fields left out; a body missing a required field does not compile. `legs[].path` is in a
 * form draft-07 and OpenAPI 3.0 tools accept (no `prefixItems`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_REQUEST_EXAMPLE, ROUTE_REQUEST_EXAMPLES } from '../../src/contract/index.ts';
import { buildFixtureApp } from './helpers.ts';

let app: FastifyInstance;
let docText: string;
let dir: string;
beforeAll(async () => {
  app = await buildFixtureApp();
  docText = (await app.inject({ url: '/openapi.json' })).body;
  dir = mkdtempSync(join(tmpdir(), 'corridor-client-'));
  const ast = await openapiTS(JSON.parse(docText) as Parameters<typeof openapiTS>[0]);
  writeFileSync(join(dir, 'api.d.ts'), astToString(ast));
}, 60_000);
afterAll(() => app.close());

/** The JSON bodies of the README's curl examples, by API path. */
function readmeExamples(): { path: string; body: string }[] {
  const readme = readFileSync('README.md', 'utf8').replace(/\\\n\s*/g, ' ');
  const out: { path: string; body: string }[] = [];
  for (const m of readme.matchAll(
    /curl [^\n]*?localhost:\d+(\/api\/v1\/[a-z/]+)[^\n]*? -d '(\{[^']*\})'/g,
  ))
    out.push({ path: m[1]!, body: m[2]! });
  return out;
}

const TSC = resolve('node_modules/typescript/bin/tsc');
function tsc(file: string): { ok: boolean; output: string } {
  try {
    execFileSync(
      process.execPath,
      [
        TSC,
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        file,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    return { ok: true, output: '' };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const PRELUDE = `import type { paths } from './api';
type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
`;

describe('a client generated with openapi-typescript', () => {
  it('compiles the README examples and the contract examples with defaulted fields left out', () => {
    const examples = readmeExamples();
    expect(examples.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/api/v1/routes', '/api/v1/matrix']),
    );
    const lines = [PRELUDE];
    examples.forEach((e, i) =>
      lines.push(`export const readme${i}: Body<'${e.path}'> = ${e.body};`),
    );
    ROUTE_REQUEST_EXAMPLES.forEach((e, i) =>
      lines.push(`export const route${i}: Body<'/api/v1/routes'> = ${JSON.stringify(e)};`),
    );
    lines.push(
      `export const matrix: Body<'/api/v1/matrix'> = ${JSON.stringify(MATRIX_REQUEST_EXAMPLE)};`,
    );
    // answers: a leg's path is a list of [lon, lat] numbers; a matrix cell has its figures
    lines.push(`type RouteAnswer = paths['/api/v1/routes']['post']['responses'][200]['content']['application/json'];
export const firstPoint = (a: RouteAnswer): number | undefined => a.routes[0]?.legs[0]?.path[0]?.[0];
type MatrixAnswer = paths['/api/v1/matrix']['post']['responses'][200]['content']['application/json'];
export const cost = (m: MatrixAnswer): number | undefined => m.cells[0]?.cost_usd;
type Geo = paths['/api/v1/networks/{id}/geojson']['get']['responses'][200]['content']['application/geo+json'];
export const featureCount = (g: Geo): number => g.features.length;`);
    writeFileSync(join(dir, 'examples.ts'), lines.join('\n'));
    const result = tsc('examples.ts');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 180_000);

  it('refuses a body without a required field (the check can fail)', () => {
    writeFileSync(
      join(dir, 'wrong.ts'),
      `${PRELUDE}export const wrong: Body<'/api/v1/routes'> = { from: 'Baotou', shipment: { feu: 1 } };\n`,
    );
    const result = tsc('wrong.ts');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/'to' is missing/);
  }, 180_000);
});

describe('the document for older tools', () => {
  it('has no 2020-12-only tuple keyword; legs[].path is an array of two-number arrays', () => {
    expect(docText).not.toContain('prefixItems');
    const doc = JSON.parse(docText) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const route = JSON.stringify(doc.components.schemas['RouteResponse']);
    expect(route).toContain(
      '"path":{"type":"array","items":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}}',
    );
  });

  it('gives every operation an operationId, a summary and described responses, and an example', () => {
    const doc = JSON.parse(docText) as {
      paths: Record<
        string,
        Record<
          string,
          {
            operationId?: string;
            summary?: string;
            responses: Record<string, { description?: string }>;
          }
        >
      >;
    };
    const ids: string[] = [];
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const where = `${method} ${path}`;
        expect(op.operationId, where).toBeTruthy();
        ids.push(op.operationId!);
        expect(op.summary, where).toBeTruthy();
        for (const [status, res] of Object.entries(op.responses))
          expect(res.description, `${where} ${status}`).not.toMatch(/^(Default Response)?$/);
        // an example in the operation: its parameters, its body or its answer
        const own = JSON.stringify(op);
        const refs = [...own.matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) =>
          JSON.stringify(
            (JSON.parse(docText) as { components: { schemas: Record<string, unknown> } }).components
              .schemas[m[1]!],
          ),
        );
        const hasExample = /"examples?"/.test(own) || refs.some((r) => /"examples?"/.test(r));
        if (!path.startsWith('/api/v1/simulations') && !path.startsWith('/api/v1/scenarios'))
          expect(hasExample, `${where} has an example`).toBe(true);
      }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents GeoJSON as application/geo+json and NDJSON matrices beside JSON', () => {
    const doc = JSON.parse(docText) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    expect(
      Object.keys(doc.paths['/api/v1/networks/{id}/geojson']!['get']!.responses['200']!.content!),
    ).toEqual(['application/geo+json']);
    expect(Object.keys(doc.paths['/api/v1/matrix']!['post']!.responses['200']!.content!)).toEqual([
      'application/json',
      'application/x-ndjson',
    ]);
  });
});
