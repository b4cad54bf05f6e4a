/** F13: the built-in Inner Mongolia network answers the corridor questions the product is for. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Route } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';

let planner: Planner;
beforeAll(async () => {
  const { network, issues } = await loadNetwork(
    new URL('../../networks/inner-mongolia/', import.meta.url).pathname,
  );
  if (!network)
    throw new Error(
      `built-in network invalid: ${issues.filter((i) => i.severity === 'error').length} errors`,
    );
  planner = createPlanner(network);
});
const q = (input: Record<string, unknown>) =>
  RouteQuery.parse({ shipment: { teu: 1 }, depart: '2026-12-01', objective: 'cost', ...input });
const touches = (r: Route, country: string) =>
  r.legs.some((l) => [l.from, l.to, ...l.via].some((t) => t.country === country));

describe('F13 built-in network', () => {
  it('Baotou → Ningbo has a rail-sea route via Tianjin', () => {
    const r = planner.plan(q({ from: 'Baotou', to: 'Ningbo' }));
    const route = r.routes.find((x) => x.modes.join('+') === 'rail+sea')!;
    expect(route).toBeDefined();
    expect(
      route.transfer_events.some(
        (t) => t.at.id.startsWith('tianjin') && t.from_mode === 'rail' && t.to_mode === 'sea',
      ),
    ).toBe(true);
    expect(route.summary).toMatch(
      /^baotou-rail .*~RAIL \d+km [^~]*~ tianjin-port \[transfer rail→sea [^\]]+\].* ~SEA \d+km [^~]*~ ningbo-port \[cost /,
    );
  });

  it('Ordos → Moscow by train runs via Erenhot', () => {
    const r = planner.plan(q({ from: 'Ordos', to: 'Moscow', constraints: { modes: ['rail'] } }));
    expect(r.status).toBe('ok');
    expect(r.routes[0]!.modes).toEqual(['rail']);
    expect(r.routes[0]!.corridor.gateways[0]).toMatch(/^border:erenhot/);
    expect(r.routes[0]!.border_events[0]!.gauge_change).toMatchObject({
      from_mm: 1435,
      to_mm: 1520,
    });
  });

  it('Chifeng → Moscow has a Manzhouli corridor', () => {
    const r = planner.compare(q({ from: 'Chifeng', to: 'Moscow' }));
    expect(
      r.routes.some((x) => x.corridor.gateways.some((g) => g.startsWith('border:manzhouli'))),
    ).toBe(true);
  });

  it('avoiding RU removes the trans-Russia corridors', () => {
    const all = planner.compare(q({ from: 'Baotou', to: 'Duisburg', shipment: { feu: 2 } }));
    expect(all.routes.some((x) => touches(x, 'RU'))).toBe(true);
    const r = planner.compare(
      q({
        from: 'Baotou',
        to: 'Duisburg',
        shipment: { feu: 2 },
        constraints: { avoid_countries: ['RU'] },
      }),
    );
    for (const x of r.routes) expect(touches(x, 'RU')).toBe(false);
    if (r.status === 'no_route') expect(r.reason).toContain('avoid_countries');
  });

  it('2 FEU of cashmere Baotou → Duisburg on 1 December: cheapest, fastest, greenest and the Pareto set', () => {
    const base = { from: 'Baotou', to: 'Duisburg', shipment: { feu: 2, value_usd: 300_000 } };
    const cheap = planner.plan(q({ ...base, objective: 'cost' })).routes[0]!;
    const fast = planner.plan(q({ ...base, objective: 'time' })).routes[0]!;
    const green = planner.plan(q({ ...base, objective: 'co2' })).routes[0]!;
    const front = planner.plan(q({ ...base, objective: 'pareto' })).routes;
    expect(fast.arrive <= cheap.arrive).toBe(true);
    expect(cheap.cost.total_usd <= fast.cost.total_usd).toBe(true);
    expect(green.co2e_kg <= Math.min(cheap.co2e_kg, fast.co2e_kg) + 1e-6).toBe(true);
    expect(front.length).toBeGreaterThanOrEqual(1);
    expect(Math.min(...front.map((r) => r.cost.total_usd))).toBeCloseTo(cheap.cost.total_usd, 6);
    expect(front.some((r) => r.arrive === fast.arrive)).toBe(true);
  });

  it('2 FEU Baotou → Duisburg stays on one China-Europe train: it loads at Baotou and unloads at Duisburg only', () => {
    // by cost the sailing via Rotterdam is cheaper (decisions T18): the train is the rail answer
    for (const [objective, modes] of [
      ['cost', ['rail']],
      ['generalized', undefined],
    ] as const) {
      const r = planner.plan(
        q({
          from: 'Baotou',
          to: 'Duisburg',
          shipment: { feu: 2 },
          objective,
          ...(modes ? { constraints: { modes: [...modes] } } : {}),
        }),
      ).routes[0]!;
      const rail = r.legs.filter((l) => l.mode === 'rail');
      expect(rail).toHaveLength(1);
      expect(rail[0]!.service_id).toBe('baotou-duisburg-train');
      expect(r.transfers).toBe(0);
    }
  });

  it('without a cargo value the generalized cost prices time at the network cargo value per TEU, and says so', () => {
    const r = planner.plan(
      q({ from: 'Baotou', to: 'Duisburg', shipment: { feu: 2 }, objective: 'generalized' }),
    );
    expect(r.warnings.some((w) => w.startsWith('no value of time'))).toBe(false);
    const w = r.warnings.find((x) => x.includes('network default'))!;
    expect(w).toContain('4 TEU × 19737 USD/TEU');
    const route = r.routes[0]!;
    const hours = (Date.parse(route.arrive) - Date.parse(route.depart)) / 3_600_000;
    const money = route.generalized_cost_usd - ((4 * 19_737 * 0.15) / 8760) * hours;
    // both figures are rounded to the cent in the answer (decisions R16), so allow one cent
    expect(money).toBeGreaterThanOrEqual(route.cost.total_usd - 0.01);
  });

  it('2 t of loose cargo Baotou → Duisburg: the Pareto set trades the train against faster air routes', () => {
    const front = planner.plan(
      q({
        from: 'Baotou',
        to: 'Duisburg',
        shipment: { kg: 2000, value_usd: 300_000 },
        objective: 'pareto',
      }),
    ).routes;
    expect(front.length).toBeGreaterThan(1);
    expect(front.some((r) => r.modes.includes('air'))).toBe(true);
    for (const a of front) {
      const dominated = front.some(
        (b) =>
          b !== a &&
          b.cost.total_usd <= a.cost.total_usd &&
          b.arrive <= a.arrive &&
          b.co2e_kg <= a.co2e_kg &&
          (b.cost.total_usd < a.cost.total_usd || b.arrive < a.arrive || b.co2e_kg < a.co2e_kg),
      );
      expect(dominated).toBe(false);
    }
  });
});
