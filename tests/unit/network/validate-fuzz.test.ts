/** Random damage to the fixture never crashes the validator, and every issue it reports says where. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../../src/network/index.ts';
import { fixtureTexts } from './fixture-texts.ts';

const base = fixtureTexts();

const damage = fc.record({
  file: fc.integer({ min: 0, max: base.length - 1 }),
  line: fc.nat(),
  how: fc.constantFrom('delete', 'duplicate', 'blank-value', 'indent', 'char'),
  char: fc.constantFrom('x', ':', '-', '[', '"', '0', ' '),
  at: fc.nat(),
});

describe('parseNetwork under random damage', () => {
  it('never throws; each issue names a file and a path; a returned network means no errors', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (edits) => {
        const files = base.map((f) => ({ ...f }));
        for (const e of edits) {
          const f = files[e.file]!;
          const lines = f.text.split('\n');
          const i = e.line % lines.length;
          const line = lines[i]!;
          if (e.how === 'delete') lines.splice(i, 1);
          else if (e.how === 'duplicate') lines.splice(i, 0, line);
          else if (e.how === 'blank-value') lines[i] = line.replace(/:\s.*$/, ':');
          else if (e.how === 'indent') lines[i] = ` ${line}`;
          else {
            const p = line.length === 0 ? 0 : e.at % line.length;
            lines[i] = line.slice(0, p) + e.char + line.slice(p + 1);
          }
          f.text = lines.join('\n');
        }
        const { network, issues } = parseNetwork(files);
        for (const issue of issues) {
          expect(issue.file).toMatch(/\.(yaml|yml|json)$/);
          expect(issue.path.length).toBeGreaterThan(0);
          if (issue.path === '(syntax)') expect(issue.line).toBeGreaterThan(0);
        }
        expect(network === undefined).toBe(issues.some((i) => i.severity === 'error'));
      }),
      { numRuns: 100, seed: 20261122 },
    );
  });
});
