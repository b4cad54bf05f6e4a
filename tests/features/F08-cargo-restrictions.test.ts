/** F08: reefer needs reefer services; batteries and dangerous goods need services that take them; belly holds never take lithium batteries; weight per TEU. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(
  drawNetwork({
    terminals: {
      a: { country: 'CN', at: [109.84, 40.66], modes: ['rail', 'road', 'air'] },
      b: { country: 'CN', at: [116.4, 39.9], modes: ['rail', 'road', 'air'] },
    },
    services: {
      plain: {
        mode: 'rail',
        stops: ['a', 'b'],
        usd: 500,
        weekly: ['Mon 08:00'],
        cargo: { max_gross_t_per_teu: 20 },
      },
      cold: {
        mode: 'rail',
        stops: ['a', 'b'],
        usd: 900,
        weekly: ['Tue 08:00'],
        cargo: { reefer: true },
      },
      hazmat: {
        mode: 'road',
        stops: ['a', 'b'],
        usd: 1500,
        on_demand_h: 4,
        cargo: { dangerous_goods: true, lithium_batteries: true },
      },
      belly: {
        mode: 'air',
        kind: 'air_belly',
        stops: ['a', 'b'],
        unit: 'chargeable_kg',
        usd: 0.5,
        weekly: ['Wed 08:00'],
        cargo: { lithium_batteries: true, accepts_containers: false },
      },
      freighter: {
        mode: 'air',
        kind: 'air_freighter',
        stops: ['a', 'b'],
        unit: 'chargeable_kg',
        usd: 0.9,
        weekly: ['Thu 08:00'],
        cargo: { lithium_batteries: true, accepts_containers: false },
      },
    },
  }),
);
const services = (r: ReturnType<typeof planner.plan>) =>
  r.routes.map((x) => x.legs.map((l) => l.service_id).join('+'));

describe('F08 cargo restrictions', () => {
  it('dry containers take the cheapest train', () => {
    expect(services(planner.plan(query({ from: 'a', to: 'b', alternatives: 1 })))).toEqual([
      'plain',
    ]);
  });
  it('reefer containers only ride reefer-capable services', () => {
    const r = planner.plan(query({ from: 'a', to: 'b', shipment: { teu: 1, cargo: ['reefer'] } }));
    expect(services(r)).toEqual(['cold']);
  });
  it('dangerous goods and lithium batteries in containers go by the hazmat truck', () => {
    expect(
      services(
        planner.plan(
          query({ from: 'a', to: 'b', shipment: { teu: 1, cargo: ['dangerous_goods'] } }),
        ),
      ),
    ).toEqual(['hazmat']);
    expect(
      services(
        planner.plan(
          query({ from: 'a', to: 'b', shipment: { teu: 1, cargo: ['lithium_batteries'] } }),
        ),
      ),
    ).toEqual(['hazmat']);
  });
  it('loose lithium batteries by air never fly in a belly hold, even when its file says yes', () => {
    const r = planner.plan(
      query({
        from: 'a',
        to: 'b',
        shipment: { kg: 300, cargo: ['lithium_batteries'] },
        constraints: { modes: ['air'] },
      }),
    );
    expect(services(r)).toEqual(['freighter']);
    const plain = planner.plan(
      query({ from: 'a', to: 'b', shipment: { kg: 300 }, constraints: { modes: ['air'] } }),
    );
    expect(services(plain)).toEqual(['belly']);
  });
  it('air is billed by chargeable weight (volumetric 167 kg/m³)', () => {
    const r = planner.plan(
      query({ from: 'a', to: 'b', shipment: { kg: 300, m3: 3 }, constraints: { modes: ['air'] } }),
    );
    expect(r.routes[0]!.cost.line_haul_usd).toBeCloseTo(3 * 167 * 0.5, 6);
  });
  it('a service with a weight limit per TEU refuses heavier containers', () => {
    const r = planner.plan(
      query({
        from: 'a',
        to: 'b',
        shipment: { teu: 2, kg: 50_000 },
        constraints: { modes: ['rail'] },
      }),
    );
    expect(services(r)).toEqual(['cold']);
  });
  it('reefer with rail-only and no reefer train left is no_route naming the cargo flag', () => {
    const r = planner.plan(query({ from: 'a', to: 'b', shipment: { teu: 1, cargo: ['reefer'] } }), {
      conditions: { closed_services: ['cold'] },
    });
    expect(r.status).toBe('no_route');
    expect(r.reason).toContain('(shipment.cargo)');
  });
});
