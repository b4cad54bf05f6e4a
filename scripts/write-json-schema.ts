/**
 * `npm run schema`: writes networks/schema.json and networks/schema/<file>.schema.json from the zod
 * schemas in src/model/network-file.schema.ts. tests/unit/network/json-schema.test.ts fails when they are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkJsonSchemas, schemaText } from '../src/network/json-schema.ts';

const NETWORKS_DIR = fileURLToPath(new URL('../networks/', import.meta.url));

for (const [path, schema] of networkJsonSchemas()) {
  const target = join(NETWORKS_DIR, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, schemaText(schema));
  process.stdout.write(`wrote networks/${path}\n`);
}
