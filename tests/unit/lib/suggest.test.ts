import { describe, expect, it } from 'vitest';
import {
  didYouMean,
  editDistance,
  foldAscii,
  normalizeName,
  suggest,
} from '../../../src/lib/suggest.ts';

describe('suggest', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('rial', 'rail')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('folds diacritics, including letters NFD does not decompose', () => {
    expect(foldAscii('Małaszewicze')).toBe('malaszewicze');
    expect(foldAscii('Zamyn-Üüd')).toBe('zamyn-uud');
    expect(normalizeName('  Port-of  Tianjin ')).toBe('port of tianjin');
  });
  it('suggests close words only', () => {
    expect(suggest('erenhot-rial', ['erenhot-rail', 'erenhot-road', 'brest'])).toEqual([
      'erenhot-rail',
      'erenhot-road',
    ]);
    expect(suggest('x', ['erenhot-rail'])).toEqual([]);
    expect(didYouMean('malaszewice', ['Małaszewicze', 'Brest'])).toBe(
      'did you mean "Małaszewicze"?',
    );
    expect(didYouMean('qqq', ['Brest'])).toBeUndefined();
  });
});
