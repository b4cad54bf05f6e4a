/**
 * F22: import clearance at the destination (decisions DC1). A route clears once into the destination's
 * customs territory where it first enters it — the border it crosses into the territory, or where a
 * ship or aircraft discharges it — and transit through another territory clears nothing. Its time is
 * in the arrival and P50/P90, its cost a component of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Network, Route } from '../../src/model/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';
import { costParts } from '../../web/view-model/corridor-table.ts';
import { timelineLayout } from '../../web/view-model/timeline-bars.ts';

const EU = ['PL', 'DE', 'NL'];
function withTerritories(clearance: number | { p50: number; p90: number } = 24): Drawing {
  return {
    ...miniCorridors(),
    destinations: {
      eu: { countries: EU, clearance_h: clearance, usd: 80 },
      eaeu: { countries: ['RU', 'BY', 'KZ'], clearance_h: 30, usd: 150 },
      mn: { countries: ['MN'], clearance_h: 20, usd: 60 },
    },
  };
}
const hours = (iso: string) => Date.parse(iso) / 3_600_000;
const imports = (r: Route) => r.customs_events.filter((c) => c.territory !== undefined);

describe('F22 destination customs on a drawn network', () => {
  const planner = createPlanner(drawNetwork(withTerritories()));
  const without = createPlanner(drawNetwork(miniCorridors()));

  it('a China–Europe train clears into the EU at Małaszewicze, on board; Russia and Belarus are transit', () => {
    const q = query({ from: 'baotou', to: 'duisburg', constraints: { modes: ['rail'] } });
    const r = planner.plan(q).routes[0]!;
    expect(imports(r)).toHaveLength(1);
    const c = imports(r)[0]!;
    expect(c).toMatchObject({ direction: 'import', time_h: 24, cost_usd: 80 });
    expect(c.territory!.id).toBe('eu');
    expect(c.at.id).toBe('malaszewicze');
    // after the Brest–Małaszewicze border, before Duisburg
    const brest = r.border_events.find((b) => b.border_id === 'brest-malaszewicze')!;
    expect(c.start).toBe(brest.end);
    expect(r.summary).toContain('[customs eu import 1d]');
    expect(r.summary).not.toContain('eaeu');
    // its cost is a component of its own, and the breakdown still sums to the total
    expect(r.cost.import_customs_usd).toBe(80);
    const c0 = r.cost;
    const parts =
      c0.line_haul_usd +
      c0.handling_usd +
      c0.border_usd +
      c0.gauge_change_usd +
      c0.customs_usd +
      c0.import_customs_usd +
      c0.subsidy_usd;
    expect(parts).toBeCloseTo(c0.total_usd, 6);
    // the same route without destination customs: a day earlier and USD 80 cheaper
    const base = without.plan(q).routes[0]!;
    expect(hours(r.arrive) - hours(base.arrive)).toBeCloseTo(24, 6);
    expect(r.cost.total_usd - base.cost.total_usd).toBeCloseTo(80, 6);
    expect(base.cost.import_customs_usd).toBe(0);
    // the timeline shows it with a label in both languages
    const step = r.timeline.find((t) => t.type === 'customs' && t.terminal_id === 'malaszewicze');
    expect(step?.label).toBe('Territory eu import clearance at malaszewicze');
    expect(step?.label_zh).toMatch(/进口通关/);
  });

  it('by sea the cargo clears where it is discharged (Rotterdam); the NL–DE border after it clears nothing', () => {
    const r = planner.plan(
      query({ from: 'baotou', to: 'duisburg', constraints: { modes: ['rail', 'sea'] } }),
    );
    const viaSea = r.routes.find((x) => x.modes.includes('sea'))!;
    expect(viaSea, r.routes.map((x) => x.summary).join('\n')).toBeDefined();
    expect(imports(viaSea).map((c) => [c.territory!.id, c.at.id])).toEqual([['eu', 'rotterdam']]);
    const sea = viaSea.legs.find((l) => l.mode === 'sea')!;
    expect(imports(viaSea)[0]!.start).toBe(sea.arrive);
    expect(viaSea.summary).toMatch(/~ rotterdam \[customs eu import 1d\]/);
  });

  it('to Moscow the route clears into the EAEU at its first Russian station', () => {
    const r = planner.compare(query({ from: 'baotou', to: 'moscow' }));
    expect(r.routes.length).toBeGreaterThan(1);
    for (const route of r.routes) {
      const c = imports(route);
      expect(c.map((x) => x.territory!.id)).toEqual(['eaeu']);
      expect(['naushki', 'zabaikalsk']).toContain(c[0]!.at.id);
      expect(route.cost.import_customs_usd).toBe(150);
    }
  });

  it('to Ulaanbaatar the route clears into Mongolia at Zamyn-Uud', () => {
    const r = planner.plan(query({ from: 'baotou', to: 'ulaanbaatar' })).routes[0]!;
    expect(imports(r).map((c) => [c.territory!.id, c.at.id])).toEqual([['mn', 'zamyn-uud']]);
  });

  it('a domestic route, and a route starting inside the territory, clear nothing at destination', () => {
    const domestic = planner.plan(query({ from: 'baotou', to: 'tianjin' })).routes[0]!;
    expect(domestic.customs_events).toEqual([]);
    expect(domestic.cost.import_customs_usd).toBe(0);
    const inside = planner.plan(query({ from: 'zabaikalsk', to: 'moscow' })).routes[0]!;
    expect(imports(inside)).toEqual([]);
  });

  it('an import into China keeps its own rules: no destination territory', () => {
    const r = planner.plan(query({ from: 'moscow', to: 'baotou' }));
    for (const route of r.routes) expect(imports(route)).toEqual([]);
  });

  it('the clearance time is a distribution: a long tail moves P90, not the plan', () => {
    const q = query({ from: 'baotou', to: 'duisburg', constraints: { modes: ['rail'] } });
    const fixed = planner.plan(q, { seed: 3 }).routes[0]!;
    const spread = createPlanner(drawNetwork(withTerritories({ p50: 24, p90: 240 }))).plan(q, {
      seed: 3,
    }).routes[0]!;
    expect(spread.arrive).toBe(fixed.arrive);
    expect(hours(spread.arrive_p90) - hours(fixed.arrive_p90)).toBeGreaterThan(48);
  });

  it('a departure after the clearance is planned with slack for its tail (decisions T4)', () => {
    const wide = createPlanner(drawNetwork(withTerritories({ p50: 24, p90: 240 })));
    const r = wide.plan(
      query({ from: 'baotou', to: 'duisburg', constraints: { modes: ['rail', 'sea'] } }),
    );
    const viaSea = r.routes.find((x) => x.modes.includes('sea'))!;
    const rail = viaSea.legs.at(-1)!;
    expect(rail.from.id).toBe('rotterdam');
    // the train after the Rotterdam clearance is the one the cargo makes 9 times in 10
    expect(viaSea.missed_departure_risk).toBeLessThanOrEqual(0.1);
    expect(rail.wait_h).toBeGreaterThan(24 * 5);
  });
});

describe('F22 destination customs on the built-in network', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });
  const eu = () => network.destinationCustoms!.find((d) => d.id === 'eu')!.countries;

  it('Baotou → Duisburg by rail clears into the EU once, not in Russia or Belarus', () => {
    const r = planner.compare(
      query({ from: 'Baotou', to: 'Duisburg', constraints: { modes: ['rail'] } }),
    );
    expect(r.routes.length).toBeGreaterThan(0);
    for (const route of r.routes) {
      const c = imports(route).filter((x) => x.direction === 'import');
      expect(
        c.map((x) => x.territory!.id),
        route.summary,
      ).toEqual(['eu']);
      expect(eu()).toContain(c[0]!.at.country);
      // a through train enters under transit and clears at Duisburg (decisions DC3)
      expect(c[0]!.at.id).toBe('duisburg');
      expect(route.summary).toContain('[customs eu import');
    }
  });

  it('the web view shows the clearance: a timeline bar in English and Chinese, in the customs cost part', () => {
    const route = planner.plan(
      query({ from: 'Baotou', to: 'Duisburg', constraints: { modes: ['rail'] } }),
    ).routes[0]!;
    const labels = (lang: 'en' | 'zh') =>
      timelineLayout(route, lang, 'utc')
        .bars.filter((b) => b.type === 'customs')
        .map((b) => b.label);
    const at = network.terminals.get('duisburg')!;
    expect(labels('en')).toContain(`European Union customs union import clearance at ${at.name}`);
    expect(labels('zh')).toContain(`欧盟关税同盟 进口通关 ${at.name_zh}`);
    const customs = costParts(route).find((p) => p.part === 'customs')!;
    // with the T1 into the EU (decisions DC4)
    expect(route.cost.transit_customs_usd).toBeGreaterThan(0);
    expect(customs.usd).toBeCloseTo(
      route.cost.customs_usd + route.cost.import_customs_usd + route.cost.transit_customs_usd,
      6,
    );
    expect(costParts(route).some((p) => p.part === 'surcharges')).toBe(false);
  });

  it('every international route to Duisburg, Moscow, Ulaanbaatar, Tokyo or Singapore has its import event; domestic none', () => {
    const cases: [string, string][] = [
      ['Duisburg', 'eu'],
      ['Moscow', 'eaeu'],
      ['Ulaanbaatar', 'mn'],
      ['Tokyo', 'jp'],
      ['Singapore', 'sg'],
    ];
    for (const [to, territory] of cases) {
      const from = to === 'Ulaanbaatar' ? 'Hohhot' : 'Baotou';
      const r = planner.compare(query({ from, to }));
      expect(r.routes.length, to).toBeGreaterThan(0);
      for (const route of r.routes) {
        expect(
          imports(route)
            .filter((c) => c.direction === 'import')
            .map((c) => c.territory!.id),
          route.summary,
        ).toEqual([territory]);
        expect(route.cost.import_customs_usd).toBeGreaterThan(0);
        expect(
          route.timeline.some((t) => t.type === 'customs' && /import clearance/.test(t.label)),
        ).toBe(true);
      }
    }
    const domestic = planner.compare(query({ from: 'Baotou', to: 'Tianjin' }));
    for (const route of domestic.routes) expect(imports(route)).toEqual([]);
  });
});
