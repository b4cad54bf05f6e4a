/**
 * F20: special cargo by service (docs/decisions.md C1): reefer, dangerous goods by class, lithium
 * batteries by UN number (UN3480 on their own: cargo aircraft only; UN3481 in or with equipment), on a
 * drawn network and on Baotou → Duisburg in the built-in one, where each kind gets a route and the
 * comparison says what restricted the other corridors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type PlanResult } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const services = (r: PlanResult) => r.routes.map((x) => x.legs.map((l) => l.service_id).join('+'));

describe('F20 special cargo on a drawn network', () => {
  const planner = createPlanner(
    drawNetwork({
      terminals: {
        a: { country: 'CN', at: [109.84, 40.66], modes: ['road', 'air'] },
        b: { country: 'CN', at: [116.4, 39.9], modes: ['road', 'air'] },
      },
      services: {
        belly: {
          mode: 'air',
          kind: 'air_belly',
          stops: ['a', 'b'],
          unit: 'chargeable_kg',
          usd: 0.5,
          weekly: ['Wed 08:00'],
          cargo: { lithium_batteries: true, lithium_un: ['UN3481'], accepts_containers: false },
        },
        freighter: {
          mode: 'air',
          kind: 'air_freighter',
          stops: ['a', 'b'],
          unit: 'chargeable_kg',
          usd: 0.9,
          weekly: ['Thu 08:00'],
          cargo: {
            lithium_batteries: true,
            dangerous_goods: true,
            dangerous_goods_classes: [3, 9],
            accepts_containers: false,
          },
        },
        hazmat: {
          mode: 'road',
          stops: ['a', 'b'],
          usd: 3000,
          on_demand_h: 4,
          cargo: { dangerous_goods: true },
        },
      },
    }),
  );
  const loose = (shipment: Record<string, unknown>, modes?: string[]) =>
    planner.plan(
      query({
        from: 'a',
        to: 'b',
        shipment: { kg: 300, ...shipment } as never,
        alternatives: 1,
        ...(modes ? { constraints: { modes: modes as never } } : {}),
      }),
    );
  it('batteries in equipment (UN3481) fly in the belly; batteries on their own (UN3480) only on the freighter', () => {
    expect(
      services(loose({ cargo: ['lithium_batteries'], lithium_un: 'UN3481' }, ['air'])),
    ).toEqual(['belly']);
    expect(
      services(loose({ cargo: ['lithium_batteries'], lithium_un: 'UN3480' }, ['air'])),
    ).toEqual(['freighter']);
    // not saying which: the stricter UN3480 is assumed
    expect(services(loose({ cargo: ['lithium_batteries'] }, ['air']))).toEqual(['freighter']);
  });
  it('dangerous goods by class: class 3 flies on the freighter (classes 3, 9); class 1 does not fly', () => {
    expect(services(loose({ cargo: ['dangerous_goods'], dg_class: 3 }, ['air']))).toEqual([
      'freighter',
    ]);
    expect(loose({ cargo: ['dangerous_goods'], dg_class: 1 }, ['air']).status).toBe('no_route');
    expect(services(loose({ cargo: ['dangerous_goods'], dg_class: 1 }))).toEqual(['hazmat']);
  });
});

describe('F20 Baotou → Duisburg, built-in network', () => {
  let planner: Planner;
  beforeAll(async () => {
    const { network } = await loadNetwork(
      new URL('../../networks/inner-mongolia/', import.meta.url).pathname,
    );
    planner = createPlanner(network!);
  });
  const compare = (shipment: Record<string, unknown>) =>
    planner.compare(
      RouteQuery.parse({
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2026-12-01',
        objective: 'cost',
        shipment: { feu: 1, ...shipment },
      }),
    );
  const modesOf = (r: PlanResult) => r.routes.map((x) => x.modes.join('+'));

  it('reefer: the China-Europe train (diesel-genset reefers) and rail or truck to sea', () => {
    const r = compare({ cargo: ['reefer'] });
    expect(r.status).toBe('ok');
    expect(services(r)[0]).toBe('baotou-duisburg-train');
    expect(modesOf(r)).toContain('road+sea');
  });
  it('dangerous goods of a class the trains take (3) ride the train; class 1 goes by sea and the Erenhot rail row says why (C9)', () => {
    const three = compare({ cargo: ['dangerous_goods'], dg_class: 3 });
    expect(three.status).toBe('ok');
    // offered beside the cheaper sailing via Rotterdam (the train's DG surcharge and week of
    // acceptance against the sea lane's DG surcharge: decisions T18)
    expect(services(three)).toContain('baotou-duisburg-train');
    const one = compare({ cargo: ['dangerous_goods'], dg_class: 1 });
    expect(one.status).toBe('ok');
    for (const m of modesOf(one)) expect(m).toContain('sea');
    const erenhot = one.corridors?.find((c) => c.group === 'erenhot-rail');
    expect(erenhot?.possible).toBe(false);
    expect(erenhot?.reason_code).toBe('DG_CLASS_NOT_CARRIED');
    expect(erenhot?.reason_params).toEqual({ dg_class: 1 });
    expect(erenhot?.reason).toMatch(/dangerous goods of class 1/);
    // without a class the rows say the trains take some classes only
    const unstated = compare({ cargo: ['dangerous_goods'] });
    expect(unstated.corridors?.find((c) => c.group === 'erenhot-rail')?.reason_code).toBe(
      'DG_CLASS_NOT_GIVEN',
    );
    // the TIR trucks take no dangerous goods at all: the flag, not the class, rules them out
    expect(one.corridors?.find((c) => c.group === 'tir-mongolia')?.reason_code).toBe(
      'CARGO_NOT_CARRIED',
    );
    const why = one.notices.find((n) => n.code === 'CARGO_RESTRICTED_OPTION');
    // the cheapest option for ordinary cargo is the rail-sea chain via Tianjin and Rotterdam (T18),
    // whose train to the port takes no dangerous goods at all; the rows above name the class rule
    expect(why?.params['service']).toBe('baotou-tianjin-rail-sea');
    expect(why?.params['reason']).toMatch(/takes no dangerous goods/);
  });
  it('lithium batteries in equipment (UN3481) take the train; on their own (UN3480) they go by sea', () => {
    const inEquipment = compare({ cargo: ['lithium_batteries'], lithium_un: 'UN3481' });
    expect(services(inEquipment)[0]).toBe('baotou-duisburg-train');
    const alone = compare({ cargo: ['lithium_batteries'], lithium_un: 'UN3480' });
    expect(alone.status).toBe('ok');
    for (const m of modesOf(alone)) expect(m).toContain('sea');
  });
});
