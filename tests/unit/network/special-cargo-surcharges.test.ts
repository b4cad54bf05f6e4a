/**
 * The loader on network.yaml `special_cargo_surcharges` (docs/decisions.md C3): a well-formed block is
 * read into the manifest; a malformed one is reported with its file, line and field path like every
 * other issue (unknown cargo flag, negative rate, no provenance, two rates for one mode, cargo and unit).
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import type { Issue } from '../../../src/model/index.ts';
import { fixtureTexts, lineOf } from './fixture-texts.ts';

const base = fixtureTexts();
const withBlock = (block: string): NetworkFileText[] =>
  base.map((f) => (f.name === 'network.yaml' ? { name: f.name, text: `${f.text}\n${block}` } : f));
const errors = (files: NetworkFileText[]): Issue[] =>
  parseNetwork(files).issues.filter((i) => i.severity === 'error');
function at(issues: Issue[], path: string): Issue {
  const found = issues.filter((i) => i.path === path);
  expect(found, `no issue at ${path}; got:\n${issues.map(formatIssue).join('\n')}`).toHaveLength(1);
  return found[0]!;
}

const GOOD = `special_cargo_surcharges:
  - mode: rail
    cargo: reefer
    unit: feu
    usd: 1500
    assumption: "a reefer rate for the test fixture"
  - mode: air
    cargo: dangerous_goods
    unit: chargeable_kg
    usd: 0.5
    min_usd: 100
    assumption: "a DG rate for the test fixture"
`;

describe('network.yaml special_cargo_surcharges', () => {
  it('a well-formed block is read into the manifest, with no issue', () => {
    const { network, issues } = parseNetwork(withBlock(GOOD));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.manifest.special_cargo_surcharges).toEqual([
      expect.objectContaining({ mode: 'rail', cargo: 'reefer', unit: 'feu', usd: 1500 }),
      expect.objectContaining({ mode: 'air', cargo: 'dangerous_goods', min_usd: 100 }),
    ]);
  });

  it('an unknown cargo flag and a negative rate: errors at their lines', () => {
    const files = withBlock(
      GOOD.replace('cargo: reefer', 'cargo: frozen').replace('usd: 0.5', 'usd: -0.5'),
    );
    const flag = at(errors(files), 'special_cargo_surcharges[0].cargo');
    expect(flag.file).toBe('network.yaml');
    expect(flag.line).toBe(lineOf(files, 'network.yaml', 'cargo: frozen'));
    expect(flag.message).toMatch(/reefer/);
    const usd = at(errors(files), 'special_cargo_surcharges[1].usd');
    expect(usd.line).toBe(lineOf(files, 'network.yaml', 'usd: -0.5'));
    expect(parseNetwork(files).network).toBeUndefined();
  });

  it('a rate with neither source nor assumption', () => {
    const files = withBlock(
      GOOD.replace('    assumption: "a reefer rate for the test fixture"\n', ''),
    );
    const issue = at(errors(files), 'special_cargo_surcharges[0]');
    expect(issue.message).toMatch(/neither `source`/);
  });

  it('two rates for one mode, cargo and unit', () => {
    const files = withBlock(
      `${GOOD}  - mode: rail\n    cargo: reefer\n    unit: feu\n    usd: 1600\n    assumption: "a second reefer rate"\n`,
    );
    const issue = at(errors(files), 'special_cargo_surcharges[2].unit');
    expect(issue.file).toBe('network.yaml');
    expect(issue.line).toBe(lineOf(files, 'network.yaml', 'usd: 1600') - 1);
    expect(issue.message).toMatch(/a second reefer surcharge per feu for rail/);
  });

  it('a share of the line haul is read; a rate with both forms, or with neither, is an error', () => {
    const share = `  - mode: sea\n    cargo: oversize\n    line_haul_share: 1\n    assumption: "a share for the test fixture"\n`;
    const { network, issues } = parseNetwork(withBlock(GOOD + share));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.manifest.special_cargo_surcharges?.[2]).toMatchObject({
      mode: 'sea',
      cargo: 'oversize',
      line_haul_share: 1,
    });
    const both = withBlock(
      GOOD + share.replace('line_haul_share: 1', 'line_haul_share: 1\n    unit: feu\n    usd: 5'),
    );
    expect(at(errors(both), 'special_cargo_surcharges[2].line_haul_share').message).toMatch(
      /either `unit` with `usd` or a `line_haul_share`/,
    );
    const neither = withBlock(GOOD + share.replace('    line_haul_share: 1\n', ''));
    expect(at(errors(neither), 'special_cargo_surcharges[2].unit').message).toMatch(
      /either `unit` with `usd` or a `line_haul_share`/,
    );
    const noUsd = withBlock(GOOD + share.replace('line_haul_share: 1', 'unit: feu'));
    expect(at(errors(noUsd), 'special_cargo_surcharges[2].usd').message).toMatch(/needs `usd`/);
  });
});
