/**
 * The customs home country comes from the network file (network.yaml `home_country`, default CN):
 * it decides which trips are export or import and where the regimes of customs.yaml clear.
 */
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../../src/network/index.ts';
import { tradeDirection } from '../../../src/planner/check-query.ts';
import { compileIndex } from '../../../src/routing/compile-index.ts';
import { edit, fixtureTexts } from '../network/fixture-texts.ts';

const networkWith = (line: string) => {
  const files = edit(
    fixtureTexts(),
    'network.yaml',
    'reference_year: 2025\n',
    `reference_year: 2025\n${line}`,
  );
  const { network, issues } = parseNetwork(files);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return network!;
};

describe('the home country of a network', () => {
  it('defaults to CN, and a file may name another', () => {
    expect(networkWith('').manifest.home_country).toBe('CN');
    expect(networkWith('home_country: MN\n').manifest.home_country).toBe('MN');
  });

  it('rejects a code that is not ISO 3166-1 alpha-2, naming the field', () => {
    const files = edit(
      fixtureTexts(),
      'network.yaml',
      'reference_year: 2025\n',
      'reference_year: 2025\nhome_country: China\n',
    );
    const errors = parseNetwork(files).issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ file: 'network.yaml', path: 'home_country' }),
    ]);
  });

  it('makes Baotou → Ulaanbaatar an export from CN and an import into MN', () => {
    for (const [home, expected] of [
      ['CN', 'export'],
      ['MN', 'import'],
      ['KR', null],
    ] as const) {
      const network = networkWith(`home_country: ${home}\n`);
      const from = network.terminals.get('baotou-rail')!;
      const to = network.terminals.get('ulaanbaatar-hub')!;
      expect(tradeDirection(from, to, network.manifest.home_country)).toBe(expected);
    }
  });

  it('marks the terminals of the home country in the routing index', () => {
    for (const home of ['CN', 'MN']) {
      const index = compileIndex(networkWith(`home_country: ${home}\n`));
      const marked = index.terminals.filter((_, i) => index.terminalHome[i] === 1);
      expect(marked.length).toBeGreaterThan(0);
      expect(new Set(marked.map((t) => t.country))).toEqual(new Set([home]));
    }
  });
});
