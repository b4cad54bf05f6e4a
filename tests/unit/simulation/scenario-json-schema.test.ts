import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  NETWORKS_DIR,
  SCENARIO_SCHEMA_FILE,
  scenarioJsonSchema,
  scenarioSchemaText,
} from '../../../src/index.ts';

const DIR = join(NETWORKS_DIR, 'inner-mongolia', 'scenarios');
const scenarios = readdirSync(DIR).filter((n) => n.endsWith('.yaml'));

describe('scenario JSON Schema', () => {
  it('the file beside the shipped scenarios equals the one generated from the zod schema (regenerate with writeScenarioJsonSchema)', () => {
    expect(readFileSync(join(DIR, SCENARIO_SCHEMA_FILE), 'utf8')).toBe(scenarioSchemaText());
  });

  it('every shipped scenario points its editor at that file', () => {
    for (const name of scenarios)
      expect(readFileSync(join(DIR, name), 'utf8').split('\n')[0], name).toBe(
        `# yaml-language-server: $schema=./${SCENARIO_SCHEMA_FILE}`,
      );
  });

  it('accepts every shipped scenario and rejects an unknown field and a wrong type', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(scenarioJsonSchema());
    for (const name of scenarios)
      expect(
        validate(parse(readFileSync(join(DIR, name), 'utf8'))),
        `${name}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
    expect(validate({ id: 'x', horizon: { start: '2024-01-01', days: 7 }, replicatons: 3 })).toBe(
      false,
    );
    expect(validate({ id: 'x', seed: 'one' })).toBe(false);
  });
});
