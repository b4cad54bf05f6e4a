/**
 * The loader on network.yaml `special_cargo_lead_times` (docs/decisions.md C14): a well-formed block is
 * read into the manifest; a malformed one is reported at its field path (unknown flag, negative hours,
 * no name, a second entry for one mode, cargo and country).
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import type { Issue } from '../../../src/model/index.ts';
import { fixtureTexts } from './fixture-texts.ts';

const base = fixtureTexts();
const withBlock = (block: string): NetworkFileText[] =>
  base.map((f) => (f.name === 'network.yaml' ? { name: f.name, text: `${f.text}\n${block}` } : f));
const errors = (files: NetworkFileText[]): Issue[] =>
  parseNetwork(files).issues.filter((i) => i.severity === 'error');

const entry = (extra: string) => `  - mode: road
    cargo: oversize
    name: a permit
    name_zh: 许可
    value: 120
    assumption: "a permit time for the test fixture"
${extra}`;

describe('network.yaml special_cargo_lead_times', () => {
  it('a well-formed block is read into the manifest, with no issue', () => {
    const { network, issues } = parseNetwork(
      withBlock(
        `special_cargo_lead_times:\n${entry('    country: CN\n')}${entry('    country: DE\n')}`,
      ),
    );
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.manifest.special_cargo_lead_times?.map((r) => [r.country, r.value])).toEqual([
      ['CN', 120],
      ['DE', 120],
    ]);
  });
  it('a second entry for the same mode, cargo and country is refused at its line', () => {
    const issues = errors(withBlock(`special_cargo_lead_times:\n${entry('')}${entry('')}`));
    expect(issues.map((i) => i.message).join('\n')).toMatch(
      /a second oversize lead time for road; give one per mode, cargo and country/,
    );
  });
  it('negative hours and an unknown flag are refused', () => {
    const bad = `special_cargo_lead_times:
  - mode: road
    cargo: explosive
    name: a permit
    name_zh: 许可
    value: -1
    assumption: "a permit time for the test fixture"
`;
    const paths = errors(withBlock(bad)).map((i) => i.path);
    expect(paths.some((p) => p.endsWith('cargo'))).toBe(true);
    expect(paths.some((p) => p.endsWith('value'))).toBe(true);
  });
});
