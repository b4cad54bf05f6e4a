/**
 * The web's wording tables for the planner's codes: every code the planner can emit (the code lists of
 * src/model/route.ts) has an English and a Chinese entry worded for a planner (no field path, no
 * snake_case name), every declared code is produced somewhere in the planner or the API, and a code or
 * params the page cannot read fall back to the API's text with its field paths taken out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORRIDOR_REASON_CODES,
  NO_ROUTE_CODES,
  NOTICE_CODES,
  type MessageParams,
} from '../../../src/contract/index.ts';
import { MESSAGE_TEXT, messageText, plainText } from '../../../web/view-model/notice-text.ts';

const CODES = { ...NO_ROUTE_CODES, ...NOTICE_CODES, ...CORRIDOR_REASON_CODES };
/** what a planner should never read: a field path or a snake_case name */
const DEVELOPER = /\b[a-z]+(_[a-z0-9]+)*\.[a-z_]+\b|\b[a-z]+_[a-z0-9_]+\b/;
const ALL = Object.keys(CODES).sort();
const CJK = /[\u4e00-\u9fff]/;

/** A plausible value per param name; a new param name fails here until it is given one. */
const SAMPLE: Record<string, MessageParams[string]> = {
  countries: ['RU', 'BY'],
  terminals: ['duisburg-rail'],
  borders: ['erenhot-zamyn-uud-rail'],
  modes: ['rail', 'road'],
  cargo: ['reefer'],
  max_transfers: 2,
  budget_usd: 5000,
  deadline: '2026-12-20',
  earliest_p50: '2026-12-24T10:00:00.000Z',
  regime: '9810',
  need: 'overseas_warehouse',
  from: 'baotou-rail',
  to: ['duisburg-rail'],
  blocked: ['service x: closed'],
  teu_eq: 2,
  usd_per_teu: 19737,
  cargo_value_usd: 39474,
  value_of_time_usd_per_h: 0.68,
  folded: 3,
  total: 34,
  shown: 30,
  count: 2,
  mode: 'air',
  flag: 'dangerous_goods',
  dg_class: 1,
  avoided: ['MN', 'erenhot-zamyn-uud-rail'],
  rules: ['cn-cabotage'],
  rule_names: ['Chinese cabotage (domestic waterborne carriage reserved for Chinese carriers)'],
  rule_names_zh: ['中国沿海运输权（国内水路运输限于中国承运人）'],
  rule_name: 'No air service between Russia or Belarus and the EU',
  rule_name_zh: '俄罗斯、白俄罗斯与欧盟之间无航空货运',
  forbidden: ['a foreign loop may not carry cargo from tianjin-port to shanghai-port'],
  rule: 'eu-russia-belarus-air',
  service: 'tianjin-north-europe-loop',
  reason: 'baotou-duisburg-train takes no oversize cargo',
  service_name: 'Baotou–Duisburg China-Europe train',
  service_name_zh: '包头—杜伊斯堡中欧班列',
  text: 'a better-ranked option is not offered',
  shipment: '400 FEU',
  carried: '165 FEU',
  short: '235 FEU',
  per_departure: '55 FEU',
  shipment_amount: { feu: 400 },
  carried_amount: { feu: 165 },
  short_amount: { feu: 235 },
  per_departure_amount: { feu: 55 },
  departures: 8,
  last_arrival: '2027-02-14T23:30:00.000Z',
  limit: 'horizon',
  limit_at: '2027-02-28T16:00:00.000Z',
  field: 'from',
  place: 'Hohhot',
  chosen: ['hohhot-bonded'],
  route: 2,
  usd_more: 135,
  days_sooner: 7,
  distance_km: 2988,
  direct_km: 1129,
  better: 'Erenhot road',
  better_zh: '二连浩特公路',
  rides: 1,
  usd: 1500,
  rates: ['USD 1,500 per FEU'],
  rate_terms: [{ usd: 1500, unit: 'feu' }],
  sources: ['fwdnews-rail-reefer-power', 'assumption'],
  product: 'China Post EMS (international express mail)',
  product_zh: '中国邮政国际特快专递（EMS）',
  basis: 'steps',
  first_kg: 0.5,
  step_kg: 0.5,
  divisor: 8000,
  pieces: 1,
  chargeable_kg: 2,
  terminal: 'duisburg',
  country: 'DE',
  carrier: 'DHL Paket',
  carrier_zh: '德国 DHL 包裹',
  kg_per_piece: 2,
  up_to_kg: 2,
  heaviest_kg: 31.5,
  usd_per_piece: 5.93,
  permit: 'a heavy and oversize transport permit (VEMAGS)',
  permit_zh: '德国超限运输许可（VEMAGS）',
  hours: 336,
  held_h: 120,
};
const paramsFor = (names: readonly string[]): MessageParams =>
  Object.fromEntries(
    names.map((n) => {
      expect(SAMPLE, `a sample value for param "${n}"`).toHaveProperty(n);
      return [n, SAMPLE[n]!];
    }),
  );

describe('message tables', () => {
  it('have an English and a Chinese entry for exactly the codes the planner declares', () => {
    expect(Object.keys(MESSAGE_TEXT).sort()).toEqual(['en', 'zh']);
    expect(Object.keys(MESSAGE_TEXT.zh).sort()).toEqual(ALL);
    expect(Object.keys(MESSAGE_TEXT.en).sort()).toEqual(ALL);
    // no code in two lists: a reason, a warning and a corridor reason are told apart by code alone
    const lists = [NO_ROUTE_CODES, NOTICE_CODES, CORRIDOR_REASON_CODES].map(Object.keys);
    expect(lists.flat().length).toBe(new Set(lists.flat()).size);
  });

  it('word every code in both languages from its declared params, without field paths', () => {
    for (const [code, names] of Object.entries(CODES)) {
      const m = { code, params: paramsFor(names), text: 'the API text' };
      const zh = messageText('zh', m);
      const en = messageText('en', m);
      expect(zh, code).not.toBe('the API text');
      expect(zh, code).toMatch(CJK);
      expect(en, code).not.toBe('the API text');
      expect(en, code).not.toMatch(CJK);
      expect(zh, code).not.toMatch(DEVELOPER);
      expect(en, code).not.toMatch(DEVELOPER);
    }
  });

  it('quote no English prose from the params in a Chinese text (names, rates, conditions)', () => {
    /** two Latin words in a row: "per FEU", "Erenhot road", "DHL Paket"; not "400 FEU" or an id */
    const PROSE = /[A-Za-z]{2,}[\s,;'’]+[A-Za-z]{2,}/;
    for (const [code, names] of Object.entries(CODES)) {
      const zh = messageText('zh', { code, params: paramsFor(names), text: 'the API text' });
      for (const n of names) {
        const v = SAMPLE[n];
        const texts = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
        for (const t of texts)
          if (typeof t === 'string' && PROSE.test(t)) expect(zh, `${code}: ${n}`).not.toContain(t);
      }
    }
  });

  it('prices time per hour to the cent: a TEU of typical value is not "US$0 per hour"', () => {
    const m = {
      code: 'DEFAULT_CARGO_VALUE',
      params: {
        teu_eq: 1,
        usd_per_teu: 19737,
        cargo_value_usd: 19737,
        value_of_time_usd_per_h: 0.34,
      },
      text: '',
    };
    expect(messageText('en', m)).toContain('US$0.34 per hour');
    expect(messageText('zh', m)).toContain('每小时 US$0.34');
  });

  it("words special-cargo rates from their numbers in each language, not the API's English", () => {
    const surcharge = (rate_terms: MessageParams[string], rates: string[]) => ({
      code: 'SPECIAL_CARGO_SURCHARGE',
      params: { flag: 'reefer', mode: 'road', rides: 2, usd: 600, rates, rate_terms, sources: [] },
      text: 'the API text',
    });
    const truck = surcharge([{ usd: 300, unit: 'truck' }], ['USD 300 per truck']);
    const zh = messageText('zh', truck);
    expect(zh).toContain('冷藏');
    expect(zh).toContain('每车 US$300');
    expect(zh).not.toMatch(/\bper\b|USD|truck/);
    expect(messageText('en', truck)).toContain('(US$300 per truck)');

    const terms = surcharge(
      [
        { usd: 0.5, unit: 'kg', min_usd: 100 },
        { usd: 1.2, unit: 'chargeable_kg' },
        { usd: 1500, unit: 'feu' },
        { usd: 800, unit: 'teu' },
        { share: 1 },
      ],
      ['USD 0.5 per kg, at least USD 100', 'USD 1.2 per chargeable kg', '100 % of the line haul'],
    );
    expect(messageText('zh', terms)).toContain(
      '（每千克 US$0.50，至少 US$100；每计费千克 US$1.20；每FEU US$1,500；每TEU US$800；干线运费的 100%）',
    );
    expect(messageText('en', terms)).toContain(
      '(US$0.50 per kg, at least US$100; US$1.20 per chargeable kg; US$1,500 per FEU; US$800 per TEU; 100% of the line haul)',
    );
    expect(messageText('zh', surcharge([{ share: 0.35 }], []))).toContain('干线运费的 35%');
    // an older server sends no rate_terms, a newer one may send a unit this page does not know: the API text
    expect(messageText('zh', surcharge(undefined as never, ['USD 300 per truck']))).toBe(
      'the API text',
    );
    expect(
      messageText('zh', surcharge([{ usd: 3, unit: 'pallet' }] as never, ['USD 3 per pallet'])),
    ).toBe('the API text');
  });

  it('says the corridor reasons a planner expects', () => {
    expect(messageText('en', { code: 'CONTAINERS_DO_NOT_FLY', params: {}, text: '' })).toBe(
      'containers do not fly',
    );
    expect(messageText('en', { code: 'NO_REEFER_SERVICE', params: {}, text: '' })).toBe(
      'no reefer service',
    );
    expect(messageText('zh', { code: 'AVOIDED', params: { avoided: ['MN'] }, text: '' })).toContain(
      '蒙古',
    );
  });

  it('words amounts of cargo from their numbers: kg as 千克, no box as 0 of them, not "nothing"', () => {
    const short = {
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
    };
    const zh = messageText('zh', short);
    expect(zh).toContain('只能运送 52,000 千克 中的 40,000 千克；其余 12,000 千克 未安排');
    expect(zh).not.toMatch(/\bkg\b/);
    expect(messageText('en', short)).toContain('carry only 40,000 kg of 52,000 kg');
    const none = {
      code: 'CAPACITY_DEADLINE',
      params: {
        deadline: '2027-01-15',
        shipment: '3 FEU + 2 TEU',
        carried: 'nothing',
        service: 'baotou-duisburg-train',
        shipment_amount: { feu: 3, teu: 2 },
        carried_amount: { teu: 0 },
      },
      text: 'the API text',
    };
    expect(messageText('zh', none)).toContain(
      '运完全部 3 FEU + 2 TEU：分批发运，最多能按时运到 0 TEU',
    );
    expect(messageText('zh', none)).not.toContain('nothing');
    expect(messageText('en', none)).toContain('the most that arrives in time is nothing');
    // an older server sends the English amounts only: the API text
    const older = { ...none, params: { ...none.params, carried_amount: 'nothing' } };
    expect(messageText('zh', older)).toBe('the API text');
  });

  it('names legality rules by their names, in Chinese on the Chinese page', () => {
    const removed = {
      code: 'LEGALITY_REMOVED_OPTION',
      params: {
        rule: 'eu-russia-belarus-air',
        rule_name: 'No air service between Russia or Belarus and the EU',
        rule_name_zh: '俄罗斯、白俄罗斯与欧盟之间无航空货运',
        service: 'via-moscow',
        text: 'the API text',
      },
      text: 'the API text',
    };
    expect(messageText('zh', removed)).toContain(
      '法规规则「俄罗斯、白俄罗斯与欧盟之间无航空货运」禁止',
    );
    expect(messageText('zh', removed)).not.toContain('eu-russia-belarus-air');
    expect(messageText('en', removed)).toContain(
      'the legality rule “No air service between Russia or Belarus and the EU” forbids it',
    );
    const blocked = {
      code: 'LEGALITY',
      params: {
        rules: ['cn-cabotage'],
        rule_names: ['Chinese cabotage'],
        rule_names_zh: ['中国沿海运输权'],
        forbidden: [],
      },
      text: 'the API text',
    };
    expect(messageText('zh', blocked)).toContain('违反法规规则「中国沿海运输权」的路线');
    expect(messageText('zh', { ...blocked, code: 'LEGALITY_WAIVED' })).toContain(
      '未适用法规规则「中国沿海运输权」',
    );
    expect(messageText('zh', blocked)).not.toContain('cn-cabotage');
  });

  it('names the parcel carrier in Chinese', () => {
    const m = {
      code: 'PARCEL_DELIVERY',
      params: {
        service: 'ordos-moscow-train',
        terminal: 'moscow',
        country: 'RU',
        carrier:
          "Russian Post parcel (посылка); a forwarder's address delivery (Nord Wheel) above 10 kg",
        carrier_zh: '俄罗斯邮政包裹（посылка）；10 公斤以上由货代送货上门（Nord Wheel）',
        pieces: 10,
        kg_per_piece: 2,
        up_to_kg: 2,
        usd_per_piece: 2.37,
        usd: 23.7,
        sources: [],
      },
      text: 'the API text',
    };
    expect(messageText('zh', m)).toContain('（俄罗斯邮政包裹');
    expect(messageText('zh', m)).not.toMatch(/Russian|above/);
    expect(messageText('en', m)).toContain('(Russian Post parcel');
    const over = {
      code: 'PARCEL_PIECE_OVER_DELIVERY_LIMIT',
      params: { ...m.params, kg_per_piece: 40, heaviest_kg: 30 },
      text: 'the API text',
    };
    expect(messageText('zh', over)).toContain('超过俄罗斯邮政包裹');
    expect(messageText('zh', over)).not.toContain('Russian');
  });

  it('names the corridor that beats a detour by its Chinese name', () => {
    const m = {
      code: 'DETOUR',
      params: {
        distance_km: 2988,
        direct_km: 1129,
        better: 'Erenhot rail',
        better_zh: '二连浩特铁路',
      },
      text: '',
    };
    expect(messageText('zh', m)).toContain('二连浩特铁路更便宜');
    expect(messageText('zh', m)).not.toContain('Erenhot');
    expect(messageText('en', m)).toContain('Erenhot rail is cheaper');
  });

  it('names things in Chinese: modes, countries, regimes, and places through the page namer', () => {
    const namer = {
      terminal: (id: string) => (id === 'duisburg-rail' ? '杜伊斯堡' : id),
      border: (id: string) => `口岸:${id}`,
      service: (id: string) => `班次:${id}`,
    };
    expect(messageText('zh', { code: 'MODES', params: { modes: ['air'] }, text: '' })).toContain(
      '航空',
    );
    expect(
      messageText('zh', { code: 'AVOID_COUNTRIES', params: { countries: ['RU'] }, text: '' }),
    ).toContain('俄罗斯');
    expect(
      messageText(
        'zh',
        {
          code: 'REGIME_DESTINATION',
          params: { regime: '9810', need: 'overseas_warehouse', terminals: ['duisburg-rail'] },
          text: '',
        },
        namer,
      ),
    ).toMatch(/海外仓.*杜伊斯堡/);
    expect(
      messageText('zh', { code: 'AVOID_BORDERS', params: { borders: ['b1'] }, text: '' }, namer),
    ).toContain('口岸:b1');
    // services by their name, countries by theirs
    const noRate = messageText(
      'zh',
      {
        code: 'PARCEL_DELIVERY_NO_RATE',
        params: { service: 'truck-x', terminal: 'duisburg-rail', country: 'MN', pieces: 10 },
        text: '',
      },
      namer,
    );
    expect(noRate).toContain('班次:truck-x');
    expect(noRate).toContain('蒙古');
    expect(noRate).not.toContain('MN');
  });

  it('falls back to the API text, field paths taken out, for an unknown code, a missing code or params that do not fit', () => {
    expect(messageText('zh', { code: 'SOMETHING_NEW', params: { x: 1 }, text: 'as sent' })).toBe(
      'as sent',
    );
    expect(messageText('en', { text: 'older server' })).toBe('older server');
    expect(
      messageText('zh', {
        code: 'LATE_ROUTES_LEFT_OUT',
        params: { count: 'two' },
        text: 'as sent',
      }),
    ).toBe('as sent');
    expect(messageText('zh', { code: 'MODES', params: {}, text: 'as sent' })).toBe('as sent');
    expect(messageText('zh', { code: 'toString', params: {}, text: 'as sent' })).toBe('as sent');
    expect(
      messageText('en', {
        code: 'NEW',
        text: 'no route uses only air (constraints.modes); give shipment.value_usd',
      }),
    ).toBe('no route uses only air; give');
    expect(plainText('body.from: no terminal matches "x"')).toBe(': no terminal matches "x"');
  });
});

describe('the declared codes', () => {
  const sources = [
    ...readdirSync('src/planner')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('src/planner', f)),
    'src/server/plan-task.ts',
  ].map((f) => readFileSync(f, 'utf8'));

  it.each(ALL)('%s is produced by the planner or the API', (code) => {
    expect(sources.some((text) => text.includes(`'${code}'`))).toBe(true);
  });
});
