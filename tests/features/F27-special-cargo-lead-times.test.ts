/**
 * F27: the time special cargo needs before a ride can take it (docs/decisions.md C14): an oversize
 * road permit, a carrier's dangerous-goods acceptance, counted from the booking and paid once before
 * the first ride of its mode. On a drawn network, and on Baotou → Duisburg in the built-in one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type PlanResult } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { messageText } from '../../web/view-model/notice-text.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const hoursOf = (iso: string): number => Date.parse(iso) / 3_600_000;
/** a drawn road permit for oversize cargo in China, of `hours` from the booking */
const chinaOversizePermit = (hours: number) => ({
  mode: 'road' as const,
  cargo: 'oversize' as const,
  country: 'CN',
  name: 'a drawn oversize permit',
  name_zh: '测试超限许可',
  value: hours,
});
const leadNotices = (r: PlanResult) =>
  r.notices.filter((n) => n.code === 'SPECIAL_CARGO_LEAD_TIME');

describe('F27 special-cargo lead times on a drawn network', () => {
  const planner = createPlanner(
    drawNetwork({
      terminals: {
        a: { country: 'CN', at: [109.84, 40.66], modes: ['road', 'rail'] },
        b: { country: 'CN', at: [111.7, 40.8], modes: ['road', 'rail'] },
        d: { country: 'CN', at: [116.4, 39.9], modes: ['road'] },
      },
      services: {
        // trucks booked for the shipment that leave as soon as the cargo is there (no notice of their own)
        truck: {
          mode: 'road',
          stops: ['a', 'b'],
          usd: 500,
          on_demand_h: 0,
          cargo: { oversize: true, dangerous_goods: true },
        },
        onward: {
          mode: 'road',
          stops: ['b', 'd'],
          usd: 500,
          on_demand_h: 0,
          cargo: { oversize: true },
        },
        train: {
          mode: 'rail',
          stops: ['a', 'b'],
          usd: 100,
          weekly: ['Wed 08:00'],
          cargo: { dangerous_goods: true, dangerous_goods_classes: [3] },
        },
      },
      special_cargo_lead_times: [
        chinaOversizePermit(120),
        {
          mode: 'road',
          cargo: 'oversize',
          country: 'DE',
          name: 'a drawn German permit',
          name_zh: '测试德国许可',
          value: 500,
        },
        {
          mode: 'rail',
          cargo: 'dangerous_goods',
          name: 'a drawn DG acceptance',
          name_zh: '测试危险品受理',
          value: 210,
        },
      ],
    }),
  );
  const plan = (to: string, shipment: Record<string, unknown>, modes: string[]) =>
    planner.plan(
      query({
        from: 'a',
        to,
        shipment: { teu: 1, ...shipment } as never,
        alternatives: 1,
        constraints: { modes: modes as never },
      }),
    );

  it('an oversize shipment by road leaves the permit lead time after an ordinary one; the answer names it', () => {
    const ordinary = plan('b', {}, ['road']);
    const oversize = plan('b', { cargo: ['oversize'] }, ['road']);
    expect(ordinary.status).toBe('ok');
    expect(oversize.status).toBe('ok');
    const o = ordinary.routes[0]!.legs[0]!;
    const x = oversize.routes[0]!.legs[0]!;
    expect(o.service_id).toBe('truck');
    expect(x.service_id).toBe('truck');
    // the ordinary truck leaves at the booking; the oversize one when the permit is in hand
    expect(o.wait_h).toBeCloseTo(0, 6);
    expect(hoursOf(x.depart) - hoursOf(o.depart)).toBeCloseTo(120, 6);
    expect(x.wait_h).toBeCloseTo(120, 6);
    expect(hoursOf(oversize.routes[0]!.arrive) - hoursOf(ordinary.routes[0]!.arrive)).toBeCloseTo(
      120,
      6,
    );
    // the ordinary shipment hears of no permit
    expect(leadNotices(ordinary)).toEqual([]);
    // the oversize one: one notice, the CN permit only (the German one is for rides in Germany)
    const notices = leadNotices(oversize);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({
      flag: 'oversize',
      mode: 'road',
      permit: 'a drawn oversize permit',
      permit_zh: '测试超限许可',
      country: 'CN',
      hours: 120,
      service: 'truck',
      held_h: 120,
      sources: ['drawn'],
    });
    // the timeline shows the wait for the permit, from the booking to the permit
    const wait = oversize.routes[0]!.timeline.find(
      (t) => t.type === 'wait' && t.label.includes('a drawn oversize permit'),
    );
    expect(wait).toBeDefined();
    expect(hoursOf(wait!.end) - hoursOf(wait!.start)).toBeCloseTo(120, 6);
    expect(wait!.label_zh).toContain('测试超限许可');
    // P50 and P90 see the permit too (the Monte Carlo replays the planned departure)
    expect(hoursOf(oversize.routes[0]!.arrive_p50)).toBeGreaterThanOrEqual(
      hoursOf(x.depart) - 1e-6,
    );
  });

  it('the permit is paid once: a second road ride leaves when the cargo is there', () => {
    const two = plan('d', { cargo: ['oversize'] }, ['road']);
    const legs = two.routes[0]!.legs;
    expect(legs.map((l) => l.service_id)).toEqual(['truck', 'onward']);
    expect(legs[0]!.wait_h).toBeCloseTo(120, 6);
    expect(legs[1]!.wait_h).toBeLessThan(1e-6 + 24); // only the handling/lift at b, never the permit again
    expect(hoursOf(legs[1]!.depart) - hoursOf(legs[0]!.arrive)).toBeLessThan(120);
    expect(leadNotices(two)).toHaveLength(1);
  });

  it('a DG acceptance on a weekly train takes the first departure after it', () => {
    const dry = plan('b', {}, ['rail']);
    const dg = plan('b', { cargo: ['dangerous_goods'], dg_class: 3 }, ['rail']);
    const d0 = dry.routes[0]!.legs[0]!;
    const d1 = dg.routes[0]!.legs[0]!;
    expect(d0.service_id).toBe('train');
    expect(d1.service_id).toBe('train');
    // booked Tue 2026-12-01 00:00 local: the dry box makes Wednesday's train; 210 h later is
    // Wednesday 2026-12-09 18:00 local, after that day's train, so the one of Wednesday 16 December
    const booked = hoursOf(dry.routes[0]!.depart);
    expect(hoursOf(d1.depart)).toBeGreaterThanOrEqual(booked + 210);
    expect(hoursOf(d1.depart) - hoursOf(d0.depart)).toBeCloseTo(2 * 168, 6);
    expect(leadNotices(dg)[0]!.params).toMatchObject({ mode: 'rail', hours: 210, country: '' });
    expect(leadNotices(dry)).toEqual([]);
  });
});

describe('F27 two lead times on one sea ride', () => {
  // a weekly ship; dangerous goods need the line's acceptance, lithium batteries (class 9 DG) a
  // longer one of their own: only the longer holds the ride
  const planner = createPlanner(
    drawNetwork({
      terminals: {
        p: { country: 'CN', at: [121.5, 31.2], modes: ['sea'], customs: ['general'] },
        q: { country: 'NL', at: [4.4, 51.9], modes: ['sea'], customs: ['general'] },
      },
      services: {
        ship: {
          mode: 'sea',
          stops: ['p', 'q'],
          usd: 1000,
          weekly: ['Thu 12:00'],
          cargo: {
            dangerous_goods: true,
            lithium_batteries: true,
            dangerous_goods_classes: [3, 9],
          },
        },
      },
      special_cargo_lead_times: [
        {
          mode: 'sea',
          cargo: 'dangerous_goods',
          name: 'a drawn DG booking approval',
          name_zh: '测试危险品订舱审批',
          value: 72,
        },
        {
          mode: 'sea',
          cargo: 'lithium_batteries',
          name: 'a drawn battery acceptance',
          name_zh: '测试电池受理',
          value: 240,
        },
      ],
    }),
  );

  it('reports the wait only for the lead that holds the ride; the shorter one is named without it', () => {
    const r = planner.plan(
      query({
        from: 'p',
        to: 'q',
        shipment: { teu: 1, cargo: ['dangerous_goods', 'lithium_batteries'], dg_class: 3 } as never,
        alternatives: 1,
      }),
    );
    expect(r.status).toBe('ok');
    const leg = r.routes[0]!.legs[0]!;
    expect(leg.service_id).toBe('ship');
    const booked = hoursOf(r.routes[0]!.depart); // the route leaves its origin at the booking
    expect(hoursOf(leg.depart)).toBeGreaterThanOrEqual(booked + 240 - 1e-6);
    const notices = leadNotices(r);
    expect(notices.map((n) => n.params['flag'])).toEqual(['dangerous_goods', 'lithium_batteries']);
    const [dg, li] = notices;
    expect(li!.params['held_h']).toBeGreaterThan(0);
    expect(dg!.params['held_h']).toBe(0);
    // the waits the notices report add up to the ride's wait for permits, never more
    const permitWait = r.routes[0]!.timeline.filter(
      (t) => t.type === 'wait' && t.label.startsWith('wait for a drawn'),
    );
    expect(permitWait).toHaveLength(1);
    expect(permitWait[0]!.label).toContain('a drawn battery acceptance');
    expect(permitWait[0]!.label).not.toContain('DG booking approval');
    const waited = hoursOf(permitWait[0]!.end) - hoursOf(permitWait[0]!.start);
    expect(Number(dg!.params['held_h']) + Number(li!.params['held_h'])).toBeCloseTo(waited, 1);
    expect(dg!.text).toMatch(
      /waits for the longer a drawn battery acceptance \(240 h\), not for it/,
    );
    expect(li!.text).toMatch(/waits [\d.]+ h for it/);
    // the page's wording in both languages: the wait is told once, with the battery acceptance
    for (const lang of ['en', 'zh'] as const) {
      const [dgText, liText] = [dg!, li!].map((n) => messageText(lang, n));
      const waits = lang === 'en' ? /waits/ : /等待/;
      expect(dgText, lang).not.toMatch(waits);
      expect(liText, lang).toMatch(waits);
      expect(liText, lang).toContain(String(li!.params['held_h']));
    }
  });
});

describe('F27 what restricted the answer, compared with the same permits', () => {
  // an oversize box: the train takes it, the truck does not; a road permit of `permitH` hours
  const planner = (permitH: number) =>
    createPlanner(
      drawNetwork({
        terminals: {
          a: { country: 'CN', at: [109.84, 40.66], modes: ['road', 'rail'] },
          b: { country: 'CN', at: [116.4, 39.9], modes: ['road', 'rail'] },
        },
        services: {
          // booked Tue 2026-12-01 00:00 local: the train leaves Thursday noon (+60 h), arrives +100 h
          train: {
            mode: 'rail',
            stops: ['a', 'b'],
            hours: [40],
            usd: 800,
            weekly: ['Thu 12:00'],
            cargo: { oversize: true },
          },
          truck: {
            mode: 'road',
            stops: ['a', 'b'],
            hours: [20],
            usd: 900,
            on_demand_h: 0,
            cargo: { oversize: false },
          },
        },
        special_cargo_lead_times: [chinaOversizePermit(permitH)],
      }),
    );
  const restrictedOption = (permitH: number) => {
    const r = planner(permitH).plan(
      query({
        from: 'a',
        to: 'b',
        objective: 'time',
        shipment: { teu: 1, cargo: ['oversize'] } as never,
        alternatives: 1,
      }),
    );
    expect(r.status).toBe('ok');
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['train']);
    return r.notices.filter((n) => n.code === 'CARGO_RESTRICTED_OPTION');
  };

  it('blames no refused truck when the permit would have held the truck past the train', () => {
    // a truck with the permit would leave at +120 h and arrive at +140 h, after the train's +100 h:
    // the refusal is not what keeps the box from arriving sooner
    expect(restrictedOption(120)).toEqual([]);
  });

  it('names the refused truck when it is sooner even with the permit', () => {
    // with a 24 h permit the truck would arrive at +44 h, before the train
    const notices = restrictedOption(24);
    expect(notices.map((n) => n.params['service'])).toEqual(['truck']);
  });
});

describe('F27 Baotou → Duisburg, built-in network', () => {
  let planner: Planner;
  beforeAll(async () => {
    const { network } = await loadNetwork(
      new URL('../../networks/inner-mongolia/', import.meta.url).pathname,
    );
    planner = createPlanner(network!);
  });
  const plan = (shipment: Record<string, unknown>, depart = '2026-12-01') =>
    planner.plan(
      RouteQuery.parse({
        from: 'Baotou',
        to: 'Duisburg',
        depart,
        objective: 'cost',
        shipment: { feu: 1, ...shipment },
      }),
    );
  /** a query of the built-in network between two places, booked `depart` (00:00 at the origin) */
  const planAt = (q: Record<string, unknown>) =>
    planner.plan(RouteQuery.parse({ objective: 'cost', ...q }));
  /** the lead-time notice of `mode` and cargo `flag` in an answer */
  const leadOf = (r: PlanResult, mode: string, flag: string) =>
    leadNotices(r).find((x) => x.params['mode'] === mode && x.params['flag'] === flag);

  it('dangerous goods of class 3 on the train wait for the operator’s DG acceptance, named with its basis', () => {
    // booked Monday 2025-03-03: an ordinary box takes the next Monday's train, the DG box the one
    // after (asked of rail: by cost the sailing via Rotterdam is cheaper, decisions T18)
    const byRail = (shipment: Record<string, unknown>) =>
      planAt({
        from: 'Baotou',
        to: 'Duisburg',
        depart: '2025-03-03',
        shipment: { feu: 1, ...shipment },
        constraints: { modes: ['rail'] },
      });
    const ordinary = byRail({});
    const dg = byRail({ cargo: ['dangerous_goods'], dg_class: 3 });
    expect(dg.status).toBe('ok');
    const leg = dg.routes[0]!.legs.find((l) => l.mode === 'rail')!;
    const n = leadNotices(dg).find((x) => x.params['mode'] === 'rail');
    expect(n).toBeDefined();
    expect(n!.params['hours']).toBe(168);
    expect(n!.params['service']).toBe(leg.service_id);
    // no operator's figure was read: the notice says it is an assumption, never a source
    expect(n!.params['sources']).toEqual(['assumption']);
    // the train leaves no sooner than a week after the booking, and later than an ordinary box's
    const bookedH = hoursOf('2025-03-02T16:00:00Z'); // 2025-03-03 00:00 in Baotou (UTC+8)
    expect(hoursOf(leg.depart)).toBeGreaterThanOrEqual(bookedH + 168);
    const plain = ordinary.routes[0]!.legs.find((l) => l.service_id === leg.service_id)!;
    expect(hoursOf(leg.depart) - hoursOf(plain.depart)).toBeCloseTo(168, 6);
    expect(n!.params['held_h']).toBeGreaterThan(0);
    expect(
      dg.routes[0]!.timeline.some((t) => t.type === 'wait' && t.label.includes('acceptance')),
    ).toBe(true);
    expect(leadNotices(ordinary)).toEqual([]);
  });

  it('1 FEU oversize: the answer names the German VEMAGS permit for the truck from Hamburg, with its sources', () => {
    const r = plan({ cargo: ['oversize'] });
    expect(r.status).toBe('ok');
    const de = leadNotices(r).find((x) => x.params['country'] === 'DE');
    expect(de).toBeDefined();
    expect(de!.params['hours']).toBe(336);
    expect(de!.params['permit']).toMatch(/VEMAGS/);
    expect(de!.params['sources']).toEqual(['hamburg-de-gst-erlaubnis', 'vechta-gst-erlaubnis']);
    expect(de!.text).toMatch(/336 h from booking/);
  });

  it('an oversize box on the rail-sea train to Tianjin waits a week for the railway bureau’s approval', () => {
    // booked Monday 2025-03-03 in Baotou: an ordinary box takes Thursday's train, the flat rack the next one
    const q = { from: 'Baotou', to: 'Tianjin', depart: '2025-03-03', modes: ['rail', 'road'] };
    const ordinary = planAt({ ...q, shipment: { feu: 1 } });
    const oog = planAt({ ...q, shipment: { feu: 1, cargo: ['oversize'] } });
    expect(oog.status).toBe('ok');
    const leg = oog.routes[0]!.legs.find((l) => l.service_id === 'baotou-tianjin-rail-sea')!;
    const plain = ordinary.routes[0]!.legs.find((l) => l.service_id === 'baotou-tianjin-rail-sea')!;
    expect(leg).toBeDefined();
    expect(plain).toBeDefined();
    const bookedH = hoursOf('2025-03-02T16:00:00Z'); // 2025-03-03 00:00 in Baotou (UTC+8)
    expect(hoursOf(leg.depart)).toBeGreaterThanOrEqual(bookedH + 168);
    expect(hoursOf(leg.depart) - hoursOf(plain.depart)).toBeCloseTo(168, 6);
    const n = leadOf(oog, 'rail', 'oversize');
    expect(n).toBeDefined();
    expect(n!.params['country']).toBe('CN');
    expect(n!.params['hours']).toBe(168);
    expect(n!.params['held_h']).toBeGreaterThan(0);
    // the rail rules give the procedure, the road rules the time: said to be an assumption
    expect(n!.params['sources']).toEqual([
      'mor-2012-rail-overlimit-rules',
      'mot-2016-overlimit-transport-rules',
      'assumption',
    ]);
    expect(leadNotices(ordinary)).toEqual([]);
  });

  it('an out-of-gauge box at Tianjin misses the ship its stowage approval is not ready for', () => {
    // booked Thursday 2025-03-06 at the port: an ordinary box sails on Monday's ship, the flat rack on the next
    const q = { from: 'Tianjin', to: 'Rotterdam', depart: '2025-03-06' };
    const ordinary = planAt({ ...q, shipment: { feu: 1 } });
    const oog = planAt({ ...q, shipment: { feu: 1, cargo: ['oversize'] } });
    expect(oog.status).toBe('ok');
    const ship = oog.routes[0]!.legs.find((l) => l.mode === 'sea')!;
    const plain = ordinary.routes[0]!.legs.find((l) => l.service_id === ship.service_id)!;
    expect(plain).toBeDefined();
    const bookedH = hoursOf('2025-03-05T16:00:00Z'); // 2025-03-06 00:00 in Tianjin (UTC+8)
    // the approval, then the sea cut-off on top
    expect(hoursOf(ship.depart)).toBeGreaterThanOrEqual(bookedH + 96 + 24);
    expect(hoursOf(ship.depart) - hoursOf(plain.depart)).toBeCloseTo(168, 6);
    const n = leadOf(oog, 'sea', 'oversize');
    expect(n).toBeDefined();
    expect(n!.params['hours']).toBe(96);
    expect(n!.params['service']).toBe(ship.service_id);
    expect(n!.params['sources']).toEqual(['maersk-2020-oog-misdeclaration-fee', 'assumption']);
  });

  it('lithium batteries by air wait for the airline’s acceptance; on the train, for the operator’s', () => {
    const bookedH = hoursOf('2025-03-02T16:00:00Z'); // 2025-03-03 00:00 in Baotou (UTC+8)
    const air = planAt({
      from: 'Baotou',
      to: 'Seoul',
      depart: '2025-03-03',
      objective: 'time',
      shipment: { kg: 500, cargo: ['lithium_batteries'] },
    });
    expect(air.status).toBe('ok');
    const flight = air.routes[0]!.legs.find((l) => l.mode === 'air')!;
    expect(hoursOf(flight.depart)).toBeGreaterThanOrEqual(bookedH + 48);
    const a = leadOf(air, 'air', 'lithium_batteries');
    expect(a).toBeDefined();
    expect(a!.params['hours']).toBe(48);
    expect(a!.params['service']).toBe(flight.service_id);
    expect(a!.params['held_h']).toBeGreaterThan(0);
    expect(a!.params['sources']).toContain('assumption');

    const rail = plan({ cargo: ['lithium_batteries'], lithium_un: 'UN3481' }, '2025-03-03');
    expect(rail.status).toBe('ok');
    const train = rail.routes[0]!.legs.find((l) => l.mode === 'rail')!;
    const t = leadOf(rail, 'rail', 'lithium_batteries');
    expect(t).toBeDefined();
    expect(t!.params['hours']).toBe(48);
    expect(t!.params['service']).toBe(train.service_id);
    expect(t!.params['sources']).toEqual([
      'nra-2023-rail-lithium-answer',
      'utlc-2023-rail-lithium',
      'hapag-lloyd-dg-booking-confirmation',
      'assumption',
    ]);
    expect(hoursOf(train.depart)).toBeGreaterThanOrEqual(bookedH + 48);
  });
});
