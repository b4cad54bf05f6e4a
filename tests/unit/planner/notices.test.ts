/**
 * The structured forms of the planner's texts: a no-route answer carries reason_code + reason_params
 * and every warning a notice (code, params, same text). Params are exactly the names the code declares;
 * the web words them in English and Chinese from the code and params.
 */
import { describe, expect, it } from 'vitest';
import {
  NO_ROUTE_CODES,
  NOTICE_CODES,
  type PlanResult,
  type RouteQueryInput,
} from '../../../src/model/index.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { messageText } from '../../../web/view-model/notice-text.ts';
import { drawNetwork } from '../../support/draw-network.ts';
import { miniCorridors } from '../../support/mini-corridors.ts';
import { query } from '../../support/route-query.ts';

const planner = createPlanner(drawNetwork(miniCorridors()));
const CJK = /[\u4e00-\u9fff]/;
type Input = Partial<RouteQueryInput> & Pick<RouteQueryInput, 'from' | 'to'>;

function checkShapes(r: PlanResult): void {
  expect(r.notices.map((n) => n.text)).toEqual(r.warnings);
  for (const n of r.notices) {
    expect(Object.keys(n.params).sort(), n.code).toEqual([...NOTICE_CODES[n.code]].sort());
    // the page words English itself, without the API text's field paths
    expect(messageText('en', n), n.code).not.toMatch(/\b(shipment|constraints|body)\.[a-z_]+/);
    expect(messageText('zh', n), n.code).toMatch(CJK);
  }
  if (r.status === 'no_route') {
    expect(r.reason_code, r.reason).toBeDefined();
    const reason = { code: r.reason_code, params: r.reason_params, text: r.reason ?? '' };
    expect(Object.keys(r.reason_params ?? {}).sort(), r.reason_code).toEqual(
      [...NO_ROUTE_CODES[r.reason_code!]].sort(),
    );
    expect(messageText('en', reason)).not.toMatch(/\b(shipment|constraints|body)\.[a-z_]+/);
    expect(messageText('zh', reason)).toMatch(CJK);
    expect(messageText('zh', reason)).not.toBe(r.reason);
  } else {
    expect(r.reason_code).toBeUndefined();
    expect(r.reason_params).toBeUndefined();
  }
}

const plan = (input: Input, how: 'plan' | 'compare' = 'plan') => {
  const r = planner[how](query(input));
  checkShapes(r);
  return r;
};

describe('no-route reasons in structured form', () => {
  it('avoided countries: AVOID_COUNTRIES with the countries as given', () => {
    const r = plan({
      from: 'baotou',
      to: 'duisburg',
      constraints: { avoid_countries: ['RU', 'NL'] },
    });
    expect(r.reason_code).toBe('AVOID_COUNTRIES');
    expect(r.reason_params).toEqual({ countries: ['RU', 'NL'] });
    expect(
      messageText('zh', { code: r.reason_code, params: r.reason_params, text: r.reason! }),
    ).toContain('俄罗斯');
  });

  it('a budget nothing meets: BUDGET with the budget in USD', () => {
    const r = plan({ from: 'baotou', to: 'duisburg', constraints: { budget_usd: 1 } });
    expect(r.reason_code).toBe('BUDGET');
    expect(r.reason_params).toEqual({ budget_usd: 1 });
  });

  it('only air where no air service runs: MODES, or the fallback NO_CONNECTION, both with their params', () => {
    const r = plan({ from: 'baotou', to: 'duisburg', constraints: { modes: ['air'] } });
    expect(r.status).toBe('no_route');
    expect(['MODES', 'NO_CONNECTION']).toContain(r.reason_code);
  });

  it('a deadline the day after departure: DEADLINE or DEADLINE_P50 with the deadline as given', () => {
    const r = plan({
      from: 'baotou',
      to: 'duisburg',
      depart: '2026-03-02',
      constraints: { deadline: '2026-03-03' },
    });
    expect(r.status).toBe('no_route');
    expect(['DEADLINE', 'DEADLINE_P50']).toContain(r.reason_code);
    expect(r.reason_params?.['deadline']).toBe('2026-03-03');
  });

  it('no transfers allowed where every route needs one: MAX_TRANSFERS', () => {
    const r = plan({ from: 'baotou', to: 'duisburg', constraints: { max_transfers: 0 } });
    if (r.status === 'no_route') expect(r.reason_code).toBe('MAX_TRANSFERS');
    else expect(r.routes.every((x) => x.transfers === 0)).toBe(true);
  });
});

describe('warnings in structured form', () => {
  it('no cargo value under the generalized objective: NO_VALUE_OF_TIME on a network without a default value', () => {
    // the drawn network files no cargo_value_usd_per_teu; DEFAULT_CARGO_VALUE is checked on the built-in network (tests/api)
    const r = plan({
      from: 'baotou',
      to: 'duisburg',
      objective: 'generalized',
      shipment: { teu: 2 },
    });
    expect(r.notices.map((x) => x.code)).toContain('NO_VALUE_OF_TIME');
  });

  it('a regime on a trip inside China: REGIME_DOMESTIC with the regime', () => {
    const r = plan({
      from: 'baotou',
      to: 'tianjin',
      objective: 'time',
      shipment: { teu: 1, regime: '9810' },
    });
    const n = r.notices.find((x) => x.code === 'REGIME_DOMESTIC');
    expect(n, JSON.stringify(r.notices)).toBeDefined();
    expect(n?.params).toEqual({ regime: '9810' });
    expect(messageText('zh', n!)).toContain('9810 跨境电商出口海外仓');
  });

  it('a Pareto answer and a compare answer keep warnings and notices in step', () => {
    plan({ from: 'baotou', to: 'duisburg', objective: 'pareto' });
    plan({ from: 'baotou', to: 'duisburg' }, 'compare');
  });

  it('an answer without warnings has no notices', () => {
    const r = plan({ from: 'baotou', to: 'duisburg', objective: 'time' });
    expect(r.warnings).toEqual([]);
    expect(r.notices).toEqual([]);
  });
});
