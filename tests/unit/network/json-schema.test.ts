/**
 * The generated JSON Schemas: up to date with the zod schemas, and accepting / rejecting the same
 * files the validator does. ajv comes with fastify (a transitive dependency), used here only to check
 * that an editor using these schemas sees what the validator sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../../src/network/index.ts';
import { networkJsonSchemas, schemaText } from '../../../src/network/json-schema.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';

const NETWORKS = fileURLToPath(new URL('../../../networks/', import.meta.url));
const schemas = networkJsonSchemas();

describe('networks/schema.json and networks/schema/*.schema.json', () => {
  for (const [path, schema] of schemas) {
    it(`${path} is up to date (run \`npm run schema\` after changing src/model/network-file.schema.ts)`, () => {
      expect(readFileSync(NETWORKS + path, 'utf8')).toBe(schemaText(schema));
    });
  }

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validatorFor = (kind: string) => ajv.compile(schemas.get(`schema/${kind}.schema.json`)!);

  it('accepts every file of the fixture, each naming its schema for editors', () => {
    for (const name of readdirSync(FIXTURE_DIR)) {
      const kind = fileKind(name)!;
      const text = readFileSync(FIXTURE_DIR + name, 'utf8');
      expect(text.split('\n')[0]).toBe(
        `# yaml-language-server: $schema=../../../networks/schema/${kind}.schema.json`,
      );
      const validate = validatorFor(kind);
      expect(validate(parse(text)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects a figure with neither source nor assumption, and a misspelt field', () => {
    const validate = validatorFor('emissions');
    const base = {
      version: 'v',
      factors: [
        {
          id: 'f',
          mode: 'rail',
          description: 'd',
          basis: 'WTW',
          co2e_kg_per_tkm: { value: 0.02, source: 'x' },
        },
      ],
    };
    expect(validate(base)).toBe(true);
    expect(
      validate({ ...base, factors: [{ ...base.factors[0], co2e_kg_per_tkm: { value: 0.02 } }] }),
    ).toBe(false);
    expect(
      validate({
        ...base,
        factors: [
          { ...base.factors[0], co2e_kg_per_tkm: { value: 0.02, source: 'x', asumption: 'typo' } },
        ],
      }),
    ).toBe(false);
  });
});
