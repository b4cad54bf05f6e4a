/**
 * corridors.yaml is optional, and when present every reference is checked with file, line, path and a
 * did-you-mean: borders must exist and be of the corridor's mode, ports must be terminals of that mode.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork, type NetworkFileText } from '../../../src/network/index.ts';
import { fixtureTexts } from './fixture-texts.ts';

const base = fixtureTexts();
const GOOD = `groups:
  - id: erenhot-rail
    short: Erenhot rail
    short_zh: 二连浩特铁路
    name: Train via Erenhot
    name_zh: 经二连浩特的班列
    mode: rail
    borders: [erenhot-zamyn-uud-rail]
    reaches: [MN]
  - id: sea-tianjin
    short: Sea via Tianjin
    short_zh: 经天津海运
    name: Sea from Tianjin
    name_zh: 天津海运
    mode: sea
    ports: [tianjin-port]
    reaches: [KR]
`;
const withCorridors = (text: string): NetworkFileText[] => [
  ...base,
  { name: 'corridors.yaml', text },
];
const errors = (files: NetworkFileText[]) =>
  parseNetwork(files).issues.filter((i) => i.severity === 'error');

describe('corridors.yaml', () => {
  it('is optional: the fixture without it loads with no corridor groups', () => {
    const { network, issues } = parseNetwork(base);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.corridorGroups).toEqual([]);
  });

  it('loads the groups in file order', () => {
    const { network, issues } = parseNetwork(withCorridors(GOOD));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(network?.corridorGroups?.map((g) => g.id)).toEqual(['erenhot-rail', 'sea-tianjin']);
    expect(network?.corridorGroups?.[1]?.borders).toEqual([]);
  });

  it('names an unknown border with its line and the closest id', () => {
    const issues = errors(
      withCorridors(GOOD.replace('[erenhot-zamyn-uud-rail]', '[erenhot-zamyn-rail]')),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'corridors.yaml',
      line: 8,
      path: 'groups[0].borders[0]',
      message: 'unknown border crossing "erenhot-zamyn-rail"',
    });
    expect(issues[0]!.hint).toContain('erenhot-zamyn-uud-rail');
  });

  it('refuses a border or port of another mode, a rule-less group and a duplicate id, all at once', () => {
    const text = GOOD.replace('[erenhot-zamyn-uud-rail]', '[erenhot-zamyn-uud-road]')
      .replace('ports: [tianjin-port]', 'ports: [baotou-rail]')
      .concat(
        '  - id: sea-tianjin\n    short: x\n    short_zh: x\n    name: x\n    name_zh: x\n    mode: air\n    reaches: [KR]\n',
      );
    const found = errors(withCorridors(text)).map((i) => `${i.path}: ${i.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'groups[0].borders[0]: border crossing "erenhot-zamyn-uud-road" is road, but the corridor\'s mode is rail',
        'groups[1].ports[0]: terminal "baotou-rail" does not serve sea, the corridor\'s mode',
        'groups[2].id: duplicate corridor "sea-tianjin" (first at groups[1])',
        'groups[2]: a corridor needs `borders` or `ports`: without them no route can belong to it',
      ]),
    );
  });

  it('reports shape errors by field (a missing short name, a bad country code)', () => {
    const text = GOOD.replace('    short: Erenhot rail\n', '').replace(
      'reaches: [MN]',
      'reaches: [mongolia]',
    );
    const found = errors(withCorridors(text)).map((i) => `${i.file} ${i.path}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'corridors.yaml groups[0].short',
        'corridors.yaml groups[0].reaches[0]',
      ]),
    );
  });
});
