/**
 * `npm run examples`: writes src/contract/api-examples.generated.ts, the answer examples of the
 * OpenAPI document, from live answers of the API on the built-in network (trimmed where a list
 * would run to hundreds of KB). Rerun after a change of the network or of what an answer carries;
 * tests/api/openapi-examples.test.ts checks every example against its schema and the route example
 * against a fresh answer to its query.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildApp, loadNetworkRegistry } from '../src/server/index.ts';
import { ROUTE_EXAMPLE_QUERY } from '../src/contract/api-example-queries.ts';

const TARGET = fileURLToPath(new URL('../src/contract/api-examples.generated.ts', import.meta.url));
const NETWORKS = fileURLToPath(new URL('../networks/', import.meta.url));

type Json = Record<string, unknown>;
const registry = await loadNetworkRegistry(NETWORKS);
const app = await buildApp({ networksDir: NETWORKS, registry, rateLimit: false });
await app.ready();
const get = async (url: string): Promise<Json> => {
  const res = await app.inject({ url });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res.json<Json>();
};
const first = <T>(xs: unknown, n: number): T[] => (xs as T[]).slice(0, n);

const routeRes = await app.inject({
  method: 'POST',
  url: '/api/v1/routes',
  payload: ROUTE_EXAMPLE_QUERY,
});
if (routeRes.statusCode !== 200) throw new Error(`route example: ${routeRes.body}`);
const net = '/api/v1/networks/inner-mongolia';
const detail = await get(net);
const terminals = await get(`${net}/terminals`);
const services = await get(`${net}/services`);
const borders = await get(`${net}/borders`);
const geojson = await get(`${net}/geojson`);
const features = geojson['features'] as { properties: { feature_type: string } }[];
await app.close();

const examples: Record<string, unknown> = {
  ROUTE_RESPONSE_EXAMPLE: routeRes.json<Json>(),
  NETWORK_DETAIL_EXAMPLE: { ...detail, sources: first(detail['sources'], 3) },
  TERMINAL_LIST_EXAMPLE: { ...terminals, terminals: first(terminals['terminals'], 2) },
  SERVICE_LIST_EXAMPLE: { ...services, services: first(services['services'], 1) },
  BORDER_LIST_EXAMPLE: { ...borders, borders: first(borders['borders'], 1) },
  NETWORK_GEOJSON_EXAMPLE: {
    ...geojson,
    features: ['terminal', 'service', 'border'].map((kind) =>
      features.find((f) => f.properties.feature_type === kind),
    ),
  },
};
// One line per example: the file is data written by a program, kept out of Prettier (.prettierignore)
// so that the repeated shapes of an answer (legs, events) are not spread over thousands of lines.
const text = [
  '// Written by `npm run examples` (scripts/write-api-examples.ts) from live answers on the',
  '// built-in network; lists trimmed to their first entries (counts stay as answered). Do not edit.',
  ...Object.entries(examples).map(
    ([name, value]) => `export const ${name}: unknown = ${JSON.stringify(value)};`,
  ),
  '',
].join('\n');
await writeFile(TARGET, text);
process.stdout.write(`wrote ${TARGET}\n`);
