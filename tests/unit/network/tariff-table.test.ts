// Feature under test: the validator's checks of tariff tables (stops, direction, duplicates, a price each way).
import { describe, expect, it } from 'vitest';
import { formatIssue, parseNetwork } from '../../../src/network/index.ts';
import { edit, fixtureTexts } from './fixture-texts.ts';

const base = fixtureTexts();
const ENTRY =
  '      - { from: baotou-rail, to: ulaanbaatar-hub, unit: teu, usd: 1800, date: "2024", assumption: "order of magnitude of a China–Mongolia rail rate per TEU, for tests" }\n';
const RETURN =
  '      - { from: ulaanbaatar-hub, to: baotou-rail, unit: teu, usd: 1800, date: "2024", assumption: "order of magnitude of a China–Mongolia rail rate per TEU, for tests" }\n';
const errorsOf = (files: ReturnType<typeof fixtureTexts>) =>
  parseNetwork(files).issues.filter((i) => i.severity === 'error');

describe('tariff tables', () => {
  it('the fixture files both directions and passes', () => {
    expect(errorsOf(base).map(formatIssue)).toEqual([]);
  });

  it('a both-ways service without a return price is reported', () => {
    const issues = errorsOf(edit(base, 'services.yaml', RETURN, ''));
    expect(issues.map((i) => i.path)).toEqual(['services[0].tariffs']);
    expect(issues[0]!.message).toMatch(/no price for the return direction/);
  });

  it('entries on stops that are no stops or no cargo stops, or filed twice, are reported at once', () => {
    const issues = errorsOf(
      edit(
        base,
        'services.yaml',
        RETURN,
        RETURN +
          RETURN +
          '      - { from: erenhot-rail, to: ulaanbaatar-hub, unit: feu, usd: 900, date: "2024", assumption: "a tariff for this test only" }\n' +
          '      - { from: baotou-rail, to: moscow, unit: feu, usd: 900, date: "2024", assumption: "a tariff for this test only" }\n',
      ),
    );
    expect(issues.map((i) => `${i.path} ${i.message}`).sort()).toEqual([
      'services[0].tariffs[2].unit a teu price from "ulaanbaatar-hub" to "baotou-rail" is filed twice',
      'services[0].tariffs[3].from "erenhot-rail" is not a stop where cargo boards this service',
      'services[0].tariffs[4].to "moscow" is not a stop of this service',
    ]);
    expect(issues.every((i) => typeof i.line === 'number')).toBe(true);
  });

  it('a one-way service cannot price the way back', () => {
    const oneWay = edit(
      edit(
        base,
        'services.yaml',
        '    both_directions: true\n    return_schedule:',
        '    return_schedule:',
      ),
      'services.yaml',
      ENTRY + RETURN,
      ENTRY + RETURN,
    );
    const issues = errorsOf(oneWay);
    expect(issues.map((i) => i.path)).toContain('services[0].tariffs[1].from');
  });

  it('a figure needs its date as YYYY or YYYY-MM', () => {
    const issues = errorsOf(
      edit(base, 'services.yaml', RETURN, RETURN.replace('date: "2024"', 'date: "2024-13"')),
    );
    expect(issues.map((i) => i.path)).toEqual(['services[0].tariffs[1].date']);
  });
});
