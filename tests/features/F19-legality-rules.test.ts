/**
 * F19: legality rules as data (legality.yaml, docs/decisions.md L1). Cabotage: a foreign carrier
 * never carries cargo between two ports of China, except under a filed, dated exception; sanctions:
 * no flight between Russia and the EU from 2022-02-28, no Russian or Belarusian haulier in the EU.
 * Each illegal answer is gone, the legal alternative is offered, the answer names the rule, and a
 * query can waive a rule for a what-if.
 */
import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../../src/model/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { drawIssues, drawNetwork } from '../support/draw-network.ts';
import { legalityDrawing } from '../support/legality-drawing.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(drawNetwork(legalityDrawing));
const services = (r: PlanResult) => r.routes.map((x) => x.legs.map((l) => l.service_id).join('+'));
const codes = (r: PlanResult) => r.notices.map((n) => n.code);

describe('F19 cabotage', () => {
  it('Tianjin → Shanghai rides the Chinese coastal service, not the cheaper foreign loop', () => {
    const r = planner.plan(query({ from: 'tianjin', to: 'shanghai', alternatives: 3 }));
    expect(services(r)).toEqual(['coastal']);
    const notice = r.notices.find((n) => n.code === 'LEGALITY_REMOVED_OPTION');
    // the rule by id and by name in both languages, for a client's own wording
    expect(notice?.params).toMatchObject({
      rule: 'cn-cabotage',
      rule_name: 'Chinese cabotage',
      rule_name_zh: '中国沿海运输权',
      service: 'loop',
    });
    expect(notice?.text).toContain('tianjin to shanghai, both in CN');
  });
  it('the foreign loop still carries Tianjin → Rotterdam (international carriage)', () => {
    expect(services(planner.plan(query({ from: 'tianjin', to: 'rotterdam' })))).toEqual(['loop']);
  });
  it('with the coastal service closed, no route, and the reason names the rule', () => {
    const r = planner.plan(query({ from: 'tianjin', to: 'shanghai' }), {
      conditions: { closed_services: ['coastal'] },
    });
    expect(r.status).toBe('no_route');
    expect(r.reason_code).toBe('LEGALITY');
    expect(r.reason_params).toMatchObject({
      rules: ['cn-cabotage'],
      rule_names: ['Chinese cabotage'],
      rule_names_zh: ['中国沿海运输权'],
    });
    expect(r.reason).toContain('cn-cabotage');
  });
  it('a what-if may waive the rule, and the answer says so', () => {
    const r = planner.plan(
      query({ from: 'tianjin', to: 'shanghai', waive_rules: ['cn-cabotage'], alternatives: 1 }),
    );
    expect(services(r)).toEqual(['loop']);
    expect(codes(r)).toContain('LEGALITY_WAIVED');
    expect(r.notices.find((n) => n.code === 'LEGALITY_WAIVED')?.params).toEqual({
      rules: ['cn-cabotage'],
      rule_names: ['Chinese cabotage'],
      rule_names_zh: ['中国沿海运输权'],
    });
  });
  it('the dated relay exception admits a foreign-trade box Tianjin → Shanghai while it ran, not after', () => {
    const during = planner.plan(
      query({ from: 'tianjin', to: 'busan', depart: '2023-06-01', alternatives: 1 }),
    );
    expect(services(during)).toEqual(['loop+shanghai-busan']);
    const after = planner.plan(
      query({ from: 'tianjin', to: 'busan', depart: '2026-12-01', alternatives: 1 }),
    );
    expect(services(after)).toEqual(['coastal+shanghai-busan']);
    // domestic cargo was never admitted
    const domestic = planner.plan(
      query({ from: 'tianjin', to: 'shanghai', depart: '2023-06-01', alternatives: 1 }),
    );
    expect(services(domestic)).toEqual(['coastal']);
  });
  it('an unknown rule in waive_rules is a query error naming the field', () => {
    expect(() =>
      planner.plan(query({ from: 'tianjin', to: 'shanghai', waive_rules: ['cabotage'] })),
    ).toThrow(/waive_rules\[0\]: unknown legality rule "cabotage"/);
  });
});

describe('F19 sanctions', () => {
  const air = (depart: string) =>
    planner.plan(
      query({
        from: 'baotou-apt',
        to: 'amsterdam-apt',
        depart,
        shipment: { kg: 500 },
        alternatives: 1,
      }),
    );
  it('no flight via Moscow into the EU since 2022-02-28: the direct flight is offered', () => {
    const r = air('2026-12-01');
    expect(services(r)).toEqual(['direct']);
    expect(r.notices.find((n) => n.code === 'LEGALITY_REMOVED_OPTION')?.params).toMatchObject({
      rule: 'eu-ru-air',
      rule_name: 'No Russia–EU flights',
      // a rule filed without a Chinese name is named by its id, not by its English name
      rule_name_zh: 'eu-ru-air',
      service: 'via-moscow',
    });
  });
  it('before the ban the cheaper Moscow routing was legal', () => {
    expect(services(air('2021-06-01'))).toEqual(['via-moscow']);
  });
  it('a Belarusian haulier does not drive into Poland: the Polish truck is offered', () => {
    const r = planner.plan(query({ from: 'brest', to: 'warsaw', alternatives: 1 }));
    expect(services(r)).toEqual(['pl-truck']);
    expect(r.notices.find((n) => n.code === 'LEGALITY_REMOVED_OPTION')?.params).toMatchObject({
      rule: 'eu-ru-by-hauliers',
      service: 'by-truck',
    });
  });
});

describe('F19 the validator names what a rule forbids', () => {
  const issues = drawIssues(legalityDrawing);
  const warning = (service: string) =>
    issues.filter((i) => i.severity === 'warning' && i.message.includes(service));
  it('warns about the foreign loop selling a domestic ride, the Moscow flight and the Belarusian truck', () => {
    expect(
      warning('sells tianjin → shanghai')
        .map((i) => i.message)
        .join(),
    ).toContain('legality rule "cn-cabotage"');
    expect(
      warning('via-moscow flies moscow-apt → amsterdam-apt')
        .map((i) => i.message)
        .join(),
    ).toContain('legality rule "eu-ru-air"');
    expect(
      warning("by-truck is a BY haulier's truck")
        .map((i) => i.message)
        .join(),
    ).toContain('legality rule "eu-ru-by-hauliers"');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  it('warns about a ship calling at two Chinese ports with no carrier filed', () => {
    const noCarrier = structuredClone(legalityDrawing);
    delete noCarrier.services!['coastal']!.carrier;
    const msgs = drawIssues(noCarrier).map((i) => i.message);
    expect(msgs.some((m) => m.includes('files no carrier') && m.includes('cn-cabotage'))).toBe(
      true,
    );
  });
  it('rejects an exception naming an unknown port', () => {
    const bad = structuredClone(legalityDrawing);
    (bad.legality![0]!['exceptions'] as { ports: string[] }[])[0]!.ports = ['shanghia'];
    const errors = drawIssues(bad).filter((i) => i.severity === 'error');
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'rules[0].exceptions[0].ports[0]: unknown terminal "shanghia"',
    ]);
  });
});

describe('F19 an export never re-enters China; domestic cargo never leaves it (L2)', () => {
  // the cheap chains leave China for Mongolia and come back; the lawful options stay on one side
  const round = createPlanner(
    drawNetwork({
      terminals: {
        erlian: { country: 'CN', at: [111.0, 43.0], modes: ['road'], customs: ['general'] },
        zamyn: { country: 'MN', at: [111.9, 43.7], modes: ['road'] },
        jining: { country: 'CN', at: [112.0, 43.0], modes: ['road'], customs: ['general'] },
        ulanude: { country: 'RU', at: [113.0, 50.0], modes: ['road'] },
      },
      services: {
        ab: { mode: 'road', stops: ['erlian', 'zamyn'], usd: 100, on_demand_h: 2 },
        bc: { mode: 'road', stops: ['zamyn', 'jining'], usd: 100, on_demand_h: 2 },
        cd: { mode: 'road', stops: ['jining', 'ulanude'], usd: 100, on_demand_h: 2 },
        ac: {
          mode: 'road',
          stops: ['erlian', 'jining'],
          usd: 500,
          on_demand_h: 2,
          both_directions: true,
        },
      },
      borders: {
        'erlian-zamyn': { mode: 'road', sides: ['erlian', 'zamyn'], dwell_h: 2 },
        'zamyn-jining': { mode: 'road', sides: ['zamyn', 'jining'], dwell_h: 2 },
        'jining-ulanude': { mode: 'road', sides: ['jining', 'ulanude'], dwell_h: 2 },
      },
    }),
  );
  const COUNTRY: Record<string, string> = {
    erlian: 'CN',
    zamyn: 'MN',
    jining: 'CN',
    ulanude: 'RU',
  };
  /** the countries a route passes, in order: the terminals of its summary (bracketed events left out) */
  const path = (r: PlanResult) =>
    r.routes.map((x) =>
      (x.summary.replace(/\[[^\]]*\]/g, '').match(/\b(erlian|zamyn|jining|ulanude)\b/g) ?? [])
        .map((t) => COUNTRY[t])
        .filter((c, k, all) => k === 0 || all[k - 1] !== c)
        .join('>'),
    );
  it('an export does not leave for Mongolia and come back', () => {
    const r = round.plan(query({ from: 'erlian', to: 'ulanude', alternatives: 3 }));
    expect(r.status).toBe('ok');
    expect(path(r)).toEqual(r.routes.map(() => 'CN>RU'));
  });
  it('domestic cargo stays in China: the domestic truck, not the cheaper loop through Mongolia', () => {
    const r = round.plan(query({ from: 'erlian', to: 'jining', alternatives: 3 }));
    expect(services(r)).toEqual(['ac']);
    expect(path(r)).toEqual(['CN']);
  });
  it('an import does not leave China again', () => {
    const r = round.plan(query({ from: 'ulanude', to: 'erlian', alternatives: 3 }));
    expect(r.status).toBe('ok');
    expect(path(r)).toEqual(r.routes.map(() => 'RU>CN'));
  });
});
