import { describe, expect, it } from 'vitest';
import { dwellIntoText, sideLabel } from '../../../web/view-model/border-sides.ts';

const TERMINALS = new Map([
  ['terespol', { name: 'Terespol', name_zh: '特雷斯波尔' }],
  ['brest', { name: 'Brest', name_zh: '布列斯特' }],
]);
const names = (id: string) => TERMINALS.get(id);

describe("a border's sides in the details panel", () => {
  it('labels the median dwell by side entered with the terminal names, in either language', () => {
    const into = { terespol: 22.5, brest: 20 };
    expect(dwellIntoText('en', into, names)).toBe('Terespol: 22.5; Brest: 20');
    expect(dwellIntoText('zh', into, names)).toBe('特雷斯波尔: 22.5；布列斯特: 20');
  });

  it('falls back to the id for a side the network does not name', () => {
    expect(sideLabel('en', 'nowhere', names)).toBe('nowhere');
    expect(dwellIntoText('zh', { nowhere: 3 }, names)).toBe('nowhere: 3');
    expect(sideLabel('zh', 'brest', names)).toBe('布列斯特');
  });
});
