import { describe, expect, it } from 'vitest';
import { dwellIntoText } from '../../../web/view-model/border-sides.ts';
import { nameById, type Lang } from '../../../web/view-model/i18n.ts';

const TERMINALS = [
  { id: 'terespol', name: 'Terespol', name_zh: '特雷斯波尔' },
  { id: 'brest', name: 'Brest', name_zh: '布列斯特' },
];
// the page's namer of terminals (web/main.ts): the network's names in the page's language
const names = (lang: Lang) => (id: string) => nameById(lang, TERMINALS, id);

describe("a border's sides in the details panel", () => {
  it('labels the median dwell by side entered with the terminal names, in either language', () => {
    const into = { terespol: 22.5, brest: 20 };
    expect(dwellIntoText('en', into, names('en'))).toBe('Terespol: 22.5; Brest: 20');
    expect(dwellIntoText('zh', into, names('zh'))).toBe('特雷斯波尔: 22.5；布列斯特: 20');
  });

  it('falls back to the id for a side the network does not name', () => {
    expect(nameById('en', TERMINALS, 'nowhere')).toBe('nowhere');
    expect(dwellIntoText('zh', { nowhere: 3 }, names('zh'))).toBe('nowhere: 3');
    expect(nameById('zh', TERMINALS, 'brest')).toBe('布列斯特');
  });
});
