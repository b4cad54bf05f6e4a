import { describe, expect, it } from 'vitest';
import { estimateTextWidth, hiddenLabels } from '../../../web/view-model/declutter.ts';
import { routesBox } from '../../../web/view-model/route-features.ts';
import { makeRoute, T } from './route-fixture.ts';

describe('hiddenLabels(labels)', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width_px: 80, height_px: 15 });
  it('hides a label overlapping one before it, keeps labels apart', () => {
    expect([
      ...hiddenLabels([
        box('origin', 0, 0),
        box('near', 40, 5),
        box('far', 0, 40),
        box('right', 100, 0),
      ]),
    ]).toEqual(['near']);
  });
  it('keeps everything when nothing overlaps', () => {
    expect(hiddenLabels([box('a', 0, 0), box('b', 0, 20)]).size).toBe(0);
  });
  it('estimateTextWidth counts CJK glyphs wider than Latin letters', () => {
    expect(estimateTextWidth('二连浩特', 10)).toBeGreaterThan(estimateTextWidth('Eren', 10));
  });
});

describe('routesBox(routes)', () => {
  it('frames every leg of every route with a margin', () => {
    const box = routesBox([makeRoute()]);
    expect(box).toBeDefined();
    const [[w, s], [e, n]] = box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeLessThan(T.duisburg.lon);
    expect(e).toBeGreaterThan(T.erenhot.lon);
    expect(s).toBeLessThan(T.baotou.lat);
    expect(n).toBeGreaterThan(T.duisburg.lat);
  });
  it('is undefined for no routes', () => {
    expect(routesBox([])).toBeUndefined();
  });
});

describe('shortCorridorLabel(lang, label)', () => {
  it('drops rail details, keeps the mode word of other crossings and names that merely contain parentheses', async () => {
    const { shortCorridorLabel } = await import('../../../web/view-model/corridor-label.ts');
    expect(
      shortCorridorLabel(
        'en',
        'Erenhot – Zamyn-Uud (rail, 1435/1520 mm) · Russia – Belarus (road, Krasnoye – Redki) · Poland – Germany (rail, Kunowice – Frankfurt (Oder))',
      ),
    ).toBe('Erenhot – Zamyn-Uud · Russia – Belarus (road) · Poland – Germany');
    expect(shortCorridorLabel('en', 'Port of Tianjin (Xingang)')).toBe('Port of Tianjin (Xingang)');
    expect(
      shortCorridorLabel('zh', '俄罗斯—白俄罗斯铁路边境（克拉斯诺耶—奥西诺夫卡） · 天津港（新港）'),
    ).toBe('俄罗斯—白俄罗斯铁路边境 · 天津港（新港）');
  });
});

describe('truncateToWidth(text, max_px, font_px)', () => {
  it('keeps short text, cuts long Latin and CJK text to the width with an ellipsis', async () => {
    const { truncateToWidth, estimateTextWidth } =
      await import('../../../web/view-model/declutter.ts');
    expect(truncateToWidth('Erenhot', 200, 11)).toBe('Erenhot');
    const cut = truncateToWidth('二连浩特—扎门乌德铁路口岸（随车过境）', 100, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 11)).toBeLessThanOrEqual(100);
  });
});
