/**
 * The Chinese page has one word for kilogram: 千克, the statutory name (GB 3100-93), as its labels
 * say it. Checked on the strings table, on notices and problem sentences with kilograms in them, and
 * on the source of every wording table of web/ (a branch no sample reaches still says 千克).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../web/view-model/i18n-strings.ts';
import { messageText } from '../../../web/view-model/notice-text.ts';
import { problemView } from '../../../web/view-model/problem-text.ts';
import type { Problem } from '../../../web/types.ts';

const OTHER_WORD = '公斤';

/** Every .ts file under web/. */
function webSources(dir = 'web'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? webSources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('kilogram in Chinese', () => {
  it('is 千克 in the page strings', () => {
    const zh = Object.values(STRINGS.zh).join('\n');
    expect(zh).not.toContain(OTHER_WORD);
    expect(STRINGS.zh['unit.kg']).toBe('千克');
  });

  it('is 千克 in notices with kilograms and rates per kilogram', () => {
    const short = messageText('zh', {
      code: 'CAPACITY_SHORT',
      params: {
        shipment: '52,000 kg',
        carried: '40,000 kg',
        short: '12,000 kg',
        service: 'hohhot-frankfurt-freighter',
        limit: 'horizon',
        limit_at: '2027-02-28T16:00:00.000Z',
        shipment_amount: { kg: 52000 },
        carried_amount: { kg: 40000 },
        short_amount: { kg: 12000 },
      },
      text: 'the API text',
    });
    expect(short).toContain('52,000 千克');
    const rates = messageText('zh', {
      code: 'SPECIAL_CARGO_SURCHARGE',
      params: {
        flag: 'lithium',
        mode: 'air',
        rides: 1,
        usd: 600,
        rates: ['USD 0.5 per kg, at least USD 100', 'USD 1.2 per chargeable kg'],
        rate_terms: [
          { usd: 0.5, unit: 'kg', min_usd: 100 },
          { usd: 1.2, unit: 'chargeable_kg' },
        ],
        sources: [],
      },
      text: 'the API text',
    });
    expect(rates).toContain('每千克 US$0.50');
    expect(rates).toContain('每计费千克 US$1.20');
    for (const text of [short, rates]) expect(text).not.toContain(OTHER_WORD);
  });

  it('is 千克 in a problem sentence that asks for kilograms', () => {
    const problem = {
      title: 'x',
      status: 422,
      code: 'QUERY_INVALID',
      detail: 'shipment.regime: 9610 (retail export) is for parcels, not full containers',
      issues: [
        {
          path: 'shipment.regime',
          message:
            '9610 (Cross-border e-commerce retail export) is for parcels, not full containers',
          hint: 'give the shipment in kg',
        },
      ],
    } as Problem;
    const text = JSON.stringify(problemView('zh', problem));
    expect(text).toContain('请按千克填写货量');
    expect(text).not.toContain(OTHER_WORD);
  });

  it('is 千克 in every wording table of the web view', () => {
    const sources = webSources();
    expect(sources.length).toBeGreaterThan(20);
    const saying = sources.filter((f) => readFileSync(f, 'utf8').includes(OTHER_WORD));
    expect(saying).toEqual([]);
  });
});
