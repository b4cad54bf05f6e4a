/**
 * The loader on network.yaml `special_cargo_lead_times` (docs/decisions.md C14): a well-formed block is
 * read into the manifest; a malformed one is reported at its field path (unknown flag, negative hours,
 * no name, a second entry for one mode, cargo and country); a dead entry (a country no service of the
 * mode stops in, a cargo flag no such service accepts, a country's entry shorter than the one for every
 * ride of its mode) is warned about.
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
const warnings = (files: NetworkFileText[]): string[] =>
  parseNetwork(files)
    .issues.filter((i) => i.severity === 'warning')
    .map(formatIssue);
/** The fixture with one road service (by id) taking oversize cargo, which none does as filed. */
const withOversizeTruck = (files: NetworkFileText[], id: string): NetworkFileText[] =>
  files.map((f) => {
    if (f.name !== 'services.yaml') return f;
    const at = f.text.indexOf(`  - id: ${id}\n`);
    const end = f.text.indexOf('    both_directions: true', at);
    if (at < 0 || end < 0) throw new Error(`no service ${id} in the fixture`);
    return {
      name: f.name,
      text: `${f.text.slice(0, end)}    cargo: { oversize: true }\n${f.text.slice(end)}`,
    };
  });

const entry = (extra: string, hours = 120) => `  - mode: road
    cargo: oversize
    name: a permit
    name_zh: 许可
    value: ${hours}
    assumption: "a permit time for the test fixture"
${extra}`;

describe('network.yaml special_cargo_lead_times', () => {
  it('a well-formed block is read into the manifest, with no issue', () => {
    const { network, issues } = parseNetwork(
      withOversizeTruck(
        withBlock(
          `special_cargo_lead_times:\n${entry('    country: CN\n')}${entry('    country: MN\n')}`,
        ),
        'erenhot-ulaanbaatar-truck',
      ),
    );
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.manifest.special_cargo_lead_times?.map((r) => [r.country, r.value])).toEqual([
      ['CN', 120],
      ['MN', 120],
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
  it('warns about an entry for a country no service of its mode stops in', () => {
    const found = warnings(
      withOversizeTruck(
        withBlock(`special_cargo_lead_times:\n${entry('    country: DE\n')}`),
        'erenhot-ulaanbaatar-truck',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/special_cargo_lead_times\[0\]\.country/);
    expect(found[0]).toMatch(/no road service stops in DE: this oversize lead time never applies/);
  });
  it('warns about a mode and cargo flag no service accepts', () => {
    // no road service of the fixture takes oversize cargo
    const found = warnings(withBlock(`special_cargo_lead_times:\n${entry('')}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/special_cargo_lead_times\[0\]\.cargo/);
    expect(found[0]).toMatch(/no road service accepts oversize: this lead time never applies/);
  });
  it("warns when the services that take the flag do not stop in the entry's country", () => {
    // baotou-erenhot-truck (CN only) takes oversize; the road services into MN do not
    const files = withOversizeTruck(
      withBlock(
        `special_cargo_lead_times:\n${entry('    country: MN\n')}${entry('    country: CN\n')}`,
      ),
      'baotou-erenhot-truck',
    );
    const found = warnings(files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/no road service stopping in MN accepts oversize/);
  });
  it("warns about a country's entry shorter than its mode's entry for every ride, not a longer one", () => {
    // baotou-erenhot-truck (CN only) takes oversize: every road ride needs 120 h, China's 48 h never binds
    const found = (cnHours: number) =>
      warnings(
        withOversizeTruck(
          withBlock(
            `special_cargo_lead_times:\n${entry('')}${entry('    country: CN\n', cnHours)}`,
          ),
          'baotou-erenhot-truck',
        ),
      );
    const short = found(48);
    expect(short).toHaveLength(1);
    expect(short[0]).toMatch(/special_cargo_lead_times\[1\]\.value/);
    expect(short[0]).toMatch(
      /the oversize lead time of every road ride \(120 h\) is longer: this CN one \(48 h\) never holds a ride/,
    );
    // as long or longer, the country's entry holds (or shares) its rides: nothing to say
    expect(found(120)).toEqual([]);
    expect(found(200)).toEqual([]);
  });
});
