import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../web/view-model/declutter.ts';
import { focusBox } from '../../../web/view-model/route-features.ts';
import { makeRoute, T } from './route-fixture.ts';

describe('estimateTextWidth', () => {
  it('counts CJK glyphs wider than Latin letters', () => {
    expect(estimateTextWidth('二连浩特', 10)).toBeGreaterThan(estimateTextWidth('Eren', 10));
  });
});

describe('focusBox(routes)', () => {
  it('frames every land leg of the routes with a margin', () => {
    const box = focusBox([makeRoute()]);
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
  it('counts a sea leg round the Cape by its ports: the frame stays north of Africa', () => {
    const rail = makeRoute();
    const base = rail.legs[0];
    if (!base) throw new Error('fixture has no leg');
    // Baotou → Tianjin by rail, Tianjin → Duisburg by sea round the Cape of Good Hope
    const sea: typeof rail = {
      ...rail,
      id: 'sea',
      legs: [
        { ...base, to: T.tianjin, path: [] },
        {
          ...base,
          mode: 'sea',
          kind: 'deep_sea',
          from: T.tianjin,
          to: T.duisburg,
          path: [
            [117.7, 38.98],
            [103.8, 1.3],
            [18.5, -34.4], // the Cape of Good Hope
            [-17, 14],
            [6.76, 51.43],
          ],
        },
      ],
    };
    const [[w, s], [e, n]] = focusBox([sea]) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(s).toBeGreaterThan(30);
    expect(w).toBeGreaterThan(-10); // not out to the sailing off West Africa (17° W)
    expect(w).toBeLessThan(T.duisburg.lon);
    expect(e).toBeGreaterThan(T.tianjin.lon);
    expect(n).toBeGreaterThan(T.duisburg.lat);
    // the same route with its sea leg counted whole would reach the Cape: the test can tell
    const wide = focusBox([
      { ...sea, legs: sea.legs.map((l) => ({ ...l, mode: 'rail' as const })) },
    ]);
    expect(wide?.[0][1]).toBeLessThan(-34);
  });
  it('is undefined for no routes', () => {
    expect(focusBox([])).toBeUndefined();
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

describe('wrapToWidth(text, max_px, font_px, maxLines)', () => {
  it('breaks Latin text between words, every line within the width, nothing lost', async () => {
    const { wrapToWidth, estimateTextWidth } = await import('../../../web/view-model/declutter.ts');
    const text = 'Border: Russia – Belarus (rail, Krasnoye – Osinovka)';
    const lines = wrapToWidth(text, 120, 12, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });
  it('breaks Chinese between characters and keeps short labels on one line', async () => {
    const { wrapToWidth, estimateTextWidth } = await import('../../../web/view-model/declutter.ts');
    const text = '边境：二连浩特—扎门乌德（铁路，1435/1520毫米）';
    const lines = wrapToWidth(text, 96, 12, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(96);
    expect(lines.join('')).toBe(text);
    expect(wrapToWidth('Erenhot', 200, 12)).toEqual(['Erenhot']);
    // no line ends on an opening bracket or starts with closing punctuation
    for (const width of [60, 72, 84, 96, 108, 120]) {
      const ls = wrapToWidth(
        '波兰—德国铁路边境（库诺维采—奥得河畔法兰克福）（随车过境）',
        width,
        12,
        10,
      );
      for (const l of ls) {
        expect(l).not.toMatch(/[（【]$/);
        expect(l).not.toMatch(/^[）】，。、]/);
      }
    }
  });
  it('a word wider than the line is split; past maxLines the last line ends with an ellipsis', async () => {
    const { wrapToWidth, estimateTextWidth } = await import('../../../web/view-model/declutter.ts');
    const long = wrapToWidth('Baotou-Duisburg-China-Europe-block-train', 60, 12, 10);
    for (const l of long) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(60);
    expect(long.join('')).toBe('Baotou-Duisburg-China-Europe-block-train');
    const cut = wrapToWidth('one two three four five six seven eight nine ten', 40, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
  });
});
