/** The validation file's schema: strict, every issue at once, each with file:line. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/model/index.ts';
import { parseValidationFile } from '../../src/validation/index.ts';

const SOURCES = new Set(['src-a', 'src-b']);

const CASE = `  - id: a-b-rail-days
    title: A → B by rail
    group: rail
    query: { from: A, to: B, shipment: { feu: 1 }, modes: [rail] }
    measure: transit_days
    published: [10, 12]
    unit: days
    source: src-a
    year: 2024
    period: "2024"
    reading: range as printed
`;

const parse = (text: string) =>
  parseValidationFile('validation.yaml', text, SOURCES).issues.map(formatIssue);

describe('validation.yaml schema', () => {
  it('accepts a well-formed case and applies the query defaults', () => {
    const r = parseValidationFile(
      'validation.yaml',
      `depart: 2026-12-01\ncases:\n${CASE}`,
      SOURCES,
    );
    expect(r.issues).toEqual([]);
    expect(r.file!.cases[0]!.query.objective).toBe('cost');
  });

  it('names the line of an unknown field, a reversed range and an unknown source, all at once', () => {
    const text = `depart: 2026-12-01\ncases:\n${CASE.replace('unit: days', 'unit: days\n    colour: red').replace('[10, 12]', '[12, 10]')}`;
    const issues = parse(text);
    expect(issues).toEqual([
      expect.stringMatching(/^validation\.yaml:8 cases\[0\]\.published: low must not exceed high$/),
      expect.stringMatching(/^validation\.yaml:3 cases\[0\]: unknown field\(s\): colour$/),
    ]);
    expect(parse(`depart: 2026-12-01\ncases:\n${CASE.replace('src-a', 'src-z')}`)).toEqual([
      'validation.yaml:10 cases[0].source: unknown source "src-z": add it to sources.yaml',
    ]);
  });

  it('takes several sources for one figure and checks each of them', () => {
    const two = CASE.replace('source: src-a', 'source: [src-a, src-b]');
    const r = parseValidationFile('validation.yaml', `depart: 2026-12-01\ncases:\n${two}`, SOURCES);
    expect(r.issues).toEqual([]);
    expect(r.file!.cases[0]!.source).toEqual(['src-a', 'src-b']);
    expect(parse(`depart: 2026-12-01\ncases:\n${two.replace('src-b]', 'src-z]')}`)).toEqual([
      'validation.yaml:10 cases[0].source[1]: unknown source "src-z": add it to sources.yaml',
    ]);
  });

  it('rejects duplicate ids, a border measure without a border, and a per-kg cost without kg', () => {
    const dup = `depart: 2026-12-01\ncases:\n${CASE}${CASE}`;
    expect(parse(dup)).toEqual([
      'validation.yaml:14 cases[1].id: duplicate id "a-b-rail-days" (also cases[0])',
    ]);
    const border = CASE.replace('transit_days', 'border_dwell_h');
    expect(parse(`depart: 2026-12-01\ncases:\n${border}`)).toEqual([
      expect.stringMatching(
        /^validation\.yaml:3 cases\[0\]\.border: border_dwell_h needs `border`$/,
      ),
    ]);
    const perKg = CASE.replace('transit_days', 'cost_usd_per_kg');
    expect(parse(`depart: 2026-12-01\ncases:\n${perKg}`)).toEqual([
      expect.stringMatching(/cases\[0\]\.query\.shipment\.kg: cost_usd_per_kg needs shipment\.kg$/),
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(parse('depart: 2026-12-01\ncases:\n  - id: [\n')).toEqual([
      expect.stringMatching(/^validation\.yaml:\d+ \(syntax\): YAML syntax error/),
    ]);
  });
});
