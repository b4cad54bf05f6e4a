/** customs.yaml `destinations`: bad import-clearance data is reported with file, line and field. */
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import type { Issue } from '../../../src/model/index.ts';
import { fixtureTexts, lineOf } from './fixture-texts.ts';

const base = fixtureTexts();
const errors = (files: NetworkFileText[]): Issue[] =>
  parseNetwork(files).issues.filter((i) => i.severity === 'error');

const GOOD = `
destinations:
  - id: eu
    name: European Union customs union
    name_zh: 欧盟关税同盟
    countries: [PL, DE, NL]
    clearance_h: { dist: lognormal, p50: 24, p90: 72, assumption: "figure drawn for tests" }
    cost_usd_per_shipment: { value: 80, assumption: "figure drawn for tests" }
  - id: eaeu
    name: Eurasian Economic Union customs union
    name_zh: 欧亚经济联盟关税同盟
    countries: [RU, BY]
    clearance_h: { dist: lognormal, p50: 24, p90: 96, assumption: "figure drawn for tests" }
    cost_usd_per_shipment: { value: 150, assumption: "figure drawn for tests" }
  - id: mn
    name: Mongolia customs
    name_zh: 蒙古国海关
    countries: [MN]
    clearance_h: { dist: fixed, value: 20, assumption: "figure drawn for tests" }
    cost_usd_per_shipment: { value: 60, assumption: "figure drawn for tests" }
  - id: kr
    name: Korea customs
    name_zh: 韩国海关
    countries: [KR]
    clearance_h: { dist: fixed, value: 24, assumption: "figure drawn for tests" }
    cost_usd_per_shipment: { value: 27, assumption: "figure drawn for tests" }
`;

function withDestinations(yaml: string): NetworkFileText[] {
  return base.map((f) => (f.name === 'customs.yaml' ? { ...f, text: f.text + yaml } : f));
}

describe('customs.yaml destinations', () => {
  it('valid destinations load into the network', () => {
    const { network, issues } = parseNetwork(withDestinations(GOOD));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.destinationCustoms?.map((d) => d.id)).toEqual(['eu', 'eaeu', 'mn', 'kr']);
  });

  it('each transit procedure says how its declarations count (DC5), an error at the field if not', () => {
    const eu = '    cost_usd_per_shipment: { value: 80, assumption: "figure drawn for tests" }\n';
    const T1 = `${eu}    transit:
      - procedure: T1
        name: Union transit
        name_zh: 欧盟过境
        modes: [rail]
        opening_h: { dist: fixed, value: 1, assumption: "figure drawn for tests" }
        cost_usd_per_declaration: { value: 75, assumption: "figure drawn for tests" }
        per: container
`;
    const files = withDestinations(GOOD.replace(eu, T1));
    const ok = parseNetwork(files);
    expect(ok.issues.map(formatIssue)).toEqual([]);
    expect(ok.network?.destinationCustoms?.[0]?.transit?.[0]?.per).toBe('container');
    // left out or misspelt, `per` is an error at its field that names the two bases
    for (const to of ['', '        per: truck\n']) {
      const issue = errors(
        withDestinations(GOOD.replace(eu, T1.replace('        per: container\n', to))),
      ).find((i) => i.path === 'destinations[0].transit[0].per');
      expect(issue, to).toBeDefined();
      expect(issue!.file).toBe('customs.yaml');
      expect(issue!.message).toMatch(/"container"\|"shipment"/);
    }
  });

  it('a country in two territories is an error at its line', () => {
    const files = withDestinations(GOOD.replace('countries: [RU, BY]', 'countries: [RU, PL]'));
    const issue = errors(files).find((i) => i.path === 'destinations[1].countries[1]');
    expect(issue, errors(files).map(formatIssue).join('\n')).toBeDefined();
    expect(issue!.file).toBe('customs.yaml');
    expect(issue!.message).toBe('country PL is already in destination "eu"');
    expect(issue!.line).toBe(lineOf(files, 'customs.yaml', 'countries: [RU, PL]'));
  });

  it('the home country is not a destination: its clearance is the regimes', () => {
    const files = withDestinations(GOOD.replace('countries: [RU, BY]', 'countries: [RU, CN]'));
    const issue = errors(files).find((i) => i.path === 'destinations[1].countries[1]');
    expect(issue?.message).toMatch(/^CN is the network's home country/);
  });

  it('a clearance time without source or assumption, and a missing cost, are reported together', () => {
    const files = withDestinations(
      GOOD.replace(
        'clearance_h: { dist: lognormal, p50: 24, p90: 96, assumption: "figure drawn for tests" }\n    cost_usd_per_shipment: { value: 150, assumption: "figure drawn for tests" }\n',
        'clearance_h: { dist: lognormal, p50: 24, p90: 96 }\n',
      ),
    );
    const issues = errors(files);
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('destinations[1].cost_usd_per_shipment');
    expect(issues.every((i) => i.file === 'customs.yaml')).toBe(true);
    const missing = issues.find((i) => i.path === 'destinations[1].cost_usd_per_shipment')!;
    expect(missing.message).toBe('required field is missing (expected object)');
  });

  it('a country of a terminal that no destination lists is a warning at the terminal', () => {
    const files = withDestinations(GOOD.replace('countries: [MN]', 'countries: [AM]'));
    const { network, issues } = parseNetwork(files);
    expect(network).toBeDefined();
    const ru = issues.filter((i) => i.severity === 'warning' && / MN: /.test(i.message));
    expect(ru, issues.map(formatIssue).join('\n')).toHaveLength(1);
    expect(ru[0]!.file).toBe('terminals.yaml');
    expect(ru[0]!.path).toMatch(/^terminals\[\d+\]\.country$/);
  });

  it('a p90 below the p50 is an error naming the field', () => {
    const files = withDestinations(GOOD.replace('p50: 24, p90: 72', 'p50: 24, p90: 12'));
    const issue = errors(files).find((i) => i.path.startsWith('destinations[0].clearance_h'));
    expect(issue, errors(files).map(formatIssue).join('\n')).toBeDefined();
    expect(issue!.line).toBe(
      lineOf(files, 'customs.yaml', 'p90: 12', lineOf(files, 'customs.yaml', 'destinations:')),
    );
  });
});
