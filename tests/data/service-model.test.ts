/**
 * The built-in network answers as a forwarder books (issue 11 items 2, 3, 7): cargo boards only at
 * cargo stops, rides are priced by their own stop-to-stop tariffs, and the border towns Erenhot and
 * Manzhouli load trains like the other hubs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { countFigures, loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { RETURN_SUFFIX, type RouteQueryInput } from '../../src/model/index.ts';
import { query } from '../support/route-query.ts';

const DIR = fileURLToPath(new URL('../../networks/inner-mongolia', import.meta.url));
let planner: Planner;

beforeAll(async () => {
  const result = await loadNetwork(DIR);
  planner = createPlanner(result.network!);
});

/** The first route for 1 FEU booked 2025-03-03, by `objective`, with `extra` query fields. */
const firstRoute = (
  from: string,
  to: string,
  objective: 'cost' | 'time' | 'generalized',
  extra: Partial<RouteQueryInput> = {},
) =>
  planner.plan(query({ from, to, depart: '2025-03-03', objective, shipment: { feu: 1 }, ...extra }))
    .routes[0]!;
const cheapest = (from: string, to: string, extra: Partial<RouteQueryInput> = {}) =>
  firstRoute(from, to, 'cost', extra);
const roadOnly = { constraints: { modes: ['road' as const] } };

describe('the service model of the built-in network', () => {
  it('Ordos → Moscow cheapest is the direct Ordos–Moscow train, not a detour via Tianjin and Chifeng', () => {
    const r = cheapest('Ordos', 'Moscow');
    expect(r.legs.map((l) => l.service_id)).toEqual(['ordos-moscow-train']);
    expect(r.cost.line_haul_usd).toBe(6000);
  });

  it('no cheapest answer boards or leaves a China-Europe train at a border stop', () => {
    const borderStops = new Set([
      'erenhot-rail',
      'zamyn-uud-rail',
      'manzhouli-rail',
      'zabaikalsk-rail',
      'brest',
      'malaszewicze',
    ]);
    for (const [from, to] of [
      ['Baotou', 'Duisburg'],
      ['Chifeng', 'Moscow'],
      ['Hohhot', 'Warsaw'],
      ['Ulanqab', 'Moscow'],
    ] as const) {
      for (const leg of cheapest(from, to).legs.filter((l) => l.kind === 'china_europe_train')) {
        expect(borderStops.has(leg.from.id), `${from}→${to} boards at ${leg.from.id}`).toBe(false);
        expect(borderStops.has(leg.to.id), `${from}→${to} leaves at ${leg.to.id}`).toBe(false);
      }
    }
  });

  it('Chifeng → Moscow rides the Chifeng train at its filed Moscow rate', () => {
    const r = cheapest('Chifeng', 'Moscow');
    expect(r.legs.map((l) => l.service_id)).toContain('chifeng-manzhouli-europe-train');
    expect(r.cost.line_haul_usd).toBeGreaterThanOrEqual(6000);
  });

  it('truck lines (卡班) run on the driving rules with two drivers, both ways', () => {
    const lines = [...planner.network.services.values()].filter((s) => s.kind === 'tir_truck');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines.filter((s) => s.schedule.type !== 'on_demand')) {
      expect(line.driving?.crew, line.id).toBe('double');
      for (const leg of line.legs) expect(leg.duration_h.note ?? '', line.id).toMatch(/^derived: /);
    }
    // Hohhot–Moscow, 7,361 km: two drivers under AETR at 60 km/h in Russia need 8 to 9 days,
    // no longer the 10.6 days of a flat 28.3 km/h
    const hm = planner.network.services.get('hohhot-moscow-tir')!;
    const hours = hm.legs.reduce((sum, l) => sum + l.duration_h.value, 0);
    expect(hours / 24).toBeGreaterThan(7.5);
    expect(hours / 24).toBeLessThan(9);
  });

  it('Erenhot loads a train to Ulaanbaatar (rail only)', () => {
    const r = cheapest('erenhot-rail', 'Ulaanbaatar', { constraints: { modes: ['rail'] } });
    expect(r.legs.map((l) => l.service_id)).toEqual(['erenhot-ulaanbaatar-train']);
  });

  it('Erenhot → Ulaanbaatar by road books a truck at Erenhot, not a wait of days for the line', () => {
    const r = cheapest('erenhot-road', 'Ulaanbaatar', roadOnly);
    expect(r.legs.map((l) => l.service_id)).toEqual(['ftl-erenhot-ulaanbaatar']);
    const leg = r.legs[0]!;
    expect(leg.booking).toBe('on_demand');
    // booked at departure with a day's notice; the twice-weekly line made this query wait 84 h
    expect(leg.wait_h).toBeLessThanOrEqual(24);
    expect(r.border_events.map((b) => b.border_id)).toEqual(['erenhot-zamyn-uud-road']);
    // CAREC 2022 Mongolian road cost, USD 2.91 per truck-km over 678 km (10 + 668)
    expect(r.cost.line_haul_usd).toBe(1973);
    // the scheduled line still sells the same pair, at the same rate
    const line = planner.network.services.get('erenhot-ulan-ude-tir')!;
    const fare = line.tariffs.find(
      (t) => t.from === 'erenhot-road' && t.to === 'ulaanbaatar' && t.unit === 'truck',
    );
    expect(fare?.usd).toBe(1973);
  });

  it('Hohhot → Moscow by road offers the on-demand full truck of a Chinese carrier, not days of waiting', () => {
    const best = planner.plan(
      query({
        from: 'hohhot-bonded',
        to: 'Moscow',
        depart: '2025-03-03',
        shipment: { feu: 1 },
        constraints: { modes: ['road'] },
      }),
    ).routes[0]!;
    expect(best.legs.map((l) => l.service_id)).toEqual(['ftl-baotou-moscow-via-mongolia']);
    const leg = best.legs[0]!;
    expect(leg.booking).toBe('on_demand');
    // two days' notice for permits and the TIR carnet; the twice-weekly line made this query wait 84 h
    expect(leg.wait_h).toBeLessThanOrEqual(48);
    expect(best.border_events.map((b) => b.border_id)).toEqual([
      'erenhot-zamyn-uud-road',
      'altanbulag-kyakhta-road',
    ]);
    // China → central Russia, USD 10,000–12,500 per 20-t truck (2024)
    expect(best.cost.line_haul_usd).toBeGreaterThanOrEqual(10000);
    expect(best.cost.line_haul_usd).toBeLessThanOrEqual(12500);
    const truck = planner.network.services.get('ftl-baotou-moscow-via-mongolia')!;
    expect(truck.carrier?.country).toBe('CN');
    expect(truck.driving?.crew).toBe('double');
    // and back: Moscow loads for Baotou and Hohhot
    const back = cheapest('moscow', 'hohhot-bonded', roadOnly);
    expect(back.legs.map((l) => l.service_id)).toEqual(['ftl-baotou-moscow-via-mongolia-return']);
  });

  it('Manzhouli loads a train to Europe', () => {
    const r = cheapest('manzhouli-rail', 'Duisburg', { constraints: { modes: ['rail'] } });
    expect(r.legs.map((l) => l.service_id)).toEqual(['manzhouli-europe-train']);
  });

  it('Erenhot loads a train to Moscow and Europe: no truck back south to Ulanqab (decisions T16)', () => {
    const filed = (service: string, to: string) =>
      planner.network.services
        .get(service)!
        .tariffs.find((t) => t.to === to && t.unit === 'feu' && !t.from.startsWith(to))!.usd;
    // the hub trains' rates, nothing taken off for the shorter Chinese section (an assumption)
    const rides = [
      ['Moscow', 'erenhot-moscow-train', filed('ordos-moscow-train', 'moscow')],
      ['Duisburg', 'erenhot-europe-train', filed('baotou-duisburg-train', 'duisburg')],
      ['Warsaw', 'erenhot-europe-train', filed('baotou-duisburg-train', 'warsaw')],
    ] as const;
    // by cost (by time the road port's TIR trucks now answer, decisions T17)
    for (const [to, train, usd] of rides)
      for (const objective of ['cost', 'generalized'] as const) {
        const r = planner.plan(
          query({ from: 'Erenhot', to, depart: '2025-03-03', objective, shipment: { feu: 1 } }),
        ).routes[0]!;
        const at = `Erenhot → ${to} by ${objective}`;
        expect(
          r.legs.map((l) => l.service_id),
          at,
        ).toEqual([train]);
        expect(r.legs[0]!.from.id, at).toBe('erenhot-rail');
        expect(
          r.legs.flatMap((l) => [l.from.id, l.to.id]),
          at,
        ).not.toContain('ulanqab-rail');
        expect(r.cost.line_haul_usd, at).toBe(usd);
      }
    // and back: boxes from Europe leave the train at Erenhot
    const back = cheapest('Duisburg', 'erenhot-rail', { constraints: { modes: ['rail'] } });
    expect(back.legs.map((l) => l.service_id)).toEqual(['erenhot-europe-train' + RETURN_SUFFIX]);
  });

  it("Erenhot's trains leave when the hub trains pass, so no hub's box is trucked to the border to overtake its train", () => {
    // the hubs whose own trains pass Erenhot (Chifeng's run via Manzhouli: a Chifeng box trucked to
    // Erenhot for a train there overtakes no train of its own, and may be its fastest way)
    for (const from of ['Baotou', 'Hohhot', 'Ulanqab', 'Ordos'])
      for (const to of ['Moscow', 'Duisburg', 'Warsaw'])
        for (const cargo of [[], ['reefer' as const]]) {
          const r = planner.plan(
            query({
              from,
              to,
              depart: '2025-03-03',
              objective: 'time',
              shipment: { feu: 1, cargo },
            }),
          ).routes[0]!;
          const rides = r.legs.map((l) => l.service_id);
          expect(
            rides.filter((id) => id.startsWith('erenhot-') && id.endsWith('-train')),
            `${from} → ${to} ${cargo.join()}: ${rides.join(' + ')}`,
          ).toEqual([]);
        }
  });
});

describe('Erenhot books TIR trucks to Moscow and Europe at its road port (decisions T17)', () => {
  const plan = (
    from: string,
    to: string,
    objective: 'cost' | 'time' | 'generalized',
    modes?: 'road',
  ) => firstRoute(from, to, objective, modes ? roadOnly : {});
  const rate = (service: string, from: string, to: string) =>
    planner.network.services
      .get(service)!
      .tariffs.find((t) => t.from === from && t.to === to && t.unit === 'truck')!.usd;
  /** km along a service's legs between two of its stops */
  const kmBetween = (service: string, from: string, to: string) => {
    const legs = planner.network.services.get(service)!.legs;
    const a = legs.findIndex((l) => l.from === from);
    const b = legs.findIndex((l) => l.to === to);
    return legs.slice(a, b + 1).reduce((sum, l) => sum + l.distance_km.value, 0);
  };

  it('by time, a box at Erenhot leaves on one truck from the road port, not on the weekly train', () => {
    const moscow = rate('ftl-baotou-moscow-via-mongolia', 'baotou-bonded', 'moscow');
    const rides = [
      ['Moscow', 'moscow', 'ftl-erenhot-moscow', moscow],
      [
        'Duisburg',
        'duisburg',
        'ftl-erenhot-duisburg',
        rate('ftl-baotou-duisburg-via-mongolia', 'baotou-bonded', 'duisburg'),
      ],
      // unloaded on its way, not driven on to Duisburg and trucked back
      [
        'Warsaw',
        'warsaw',
        'ftl-erenhot-duisburg',
        Math.round((moscow + 2 * kmBetween('ftl-erenhot-duisburg', 'moscow', 'warsaw')) / 10) * 10,
      ],
    ] as const;
    for (const [to, terminal, truck, usd] of rides) {
      const r = plan('Erenhot', to, 'time');
      const at = `Erenhot → ${to} by time`;
      expect(
        r.legs.map((l) => l.service_id),
        at,
      ).toEqual([truck]);
      expect(r.legs[0]!.from.id, at).toBe('erenhot-road');
      expect(r.legs[0]!.to.id, at).toBe(terminal);
      expect(r.legs[0]!.booking, at).toBe('on_demand');
      expect(r.legs[0]!.crew, at).toBe('double');
      // one price China → central Russia (T11), the Baotou truck's European part per km beyond Moscow
      expect(r.cost.line_haul_usd, at).toBe(usd);
      // the driving rules' transit of a two-driver crew, not the train's three weeks and more
      expect(r.transit_h / 24, at).toBeGreaterThan(8);
      expect(r.transit_h / 24, at).toBeLessThan(14);
      // by cost the weekly train stays the answer
      expect(plan('Erenhot', to, 'cost').legs[0]!.mode, `Erenhot → ${to} by cost`).toBe('rail');
    }
  });

  it("the trucks drive the hub trucks' legs beyond Erenhot, by a Chinese carrier, and back", () => {
    for (const [truck, hubTruck] of [
      ['ftl-erenhot-moscow', 'ftl-baotou-moscow-via-mongolia'],
      ['ftl-erenhot-duisburg', 'ftl-baotou-duisburg-via-mongolia'],
    ] as const) {
      const legs = (id: string) =>
        planner.network.services.get(id)!.legs.map((l) => [l.from, l.to, l.distance_km.value]);
      const hub = legs(hubTruck);
      expect(legs(truck)).toEqual(hub.slice(hub.findIndex(([from]) => from === 'erenhot-road')));
      const s = planner.network.services.get(truck)!;
      expect(s.carrier?.country).toBe('CN');
      expect(s.cargo.reefer).toBe(false);
      expect(s.cargo.dangerous_goods).toBe(false);
    }
    const back = plan('Moscow', 'erenhot-road', 'time', 'road');
    expect(back.legs.map((l) => l.service_id)).toEqual(['ftl-erenhot-moscow' + RETURN_SUFFIX]);
  });

  it('the Baotou truck unloads at Warsaw on its way too, so Baotou and Hohhot need no change at Erenhot', () => {
    for (const from of ['Baotou', 'Hohhot']) {
      const r = plan(from, 'Warsaw', 'time');
      expect(
        r.legs.map((l) => [l.service_id, l.to.id]),
        from,
      ).toEqual([['ftl-baotou-duisburg-via-mongolia', 'warsaw']]);
      expect(r.cost.line_haul_usd, from).toBe(
        rate('ftl-erenhot-duisburg', 'erenhot-road', 'warsaw'),
      );
    }
  });

  it('no other origin trucks back to Erenhot, and Hohhot does not change trucks there to save money', () => {
    for (const from of ['Baotou', 'Hohhot', 'Ordos', 'Ulanqab', 'Chifeng', 'Manzhouli'])
      for (const to of ['Moscow', 'Duisburg', 'Warsaw'])
        for (const objective of ['cost', 'time', 'generalized'] as const) {
          const r = plan(from, to, objective);
          const at = `${from} → ${to} by ${objective}: ${r.summary}`;
          // the cities the box is in, one after the other (a hub's terminals are one city)
          const places = [...r.legs.map((l) => l.from.id), r.to.id]
            .map((id) => id.split('-')[0])
            .filter((p, i, all) => p !== all[i - 1]);
          expect(new Set(places).size, at).toBe(places.length);
          if (from === 'Manzhouli')
            expect(
              r.legs.some((l) => l.to.id.startsWith('erenhot')),
              at,
            ).toBe(false);
        }
    // the Erenhot truck is priced as the Hohhot truck: a domestic truck to Erenhot and a change there
    // is dearer than the Hohhot truck all the way (it was not, at a price per km from Erenhot)
    const road = plan('hohhot-bonded', 'Moscow', 'cost', 'road');
    expect(road.legs.map((l) => l.service_id)).toEqual(['ftl-baotou-moscow-via-mongolia']);
  });
});

describe('Europe-bound trains via Erenhot cross Russia in transit (decisions T10)', () => {
  const RUSSIA = ['naushki', 'ulan-ude', 'novosibirsk', 'yekaterinburg', 'moscow'];
  /** km/h of each leg of the train from Naushki to Moscow */
  const speeds = (id: string) => {
    const run = planner.network.services
      .get(id)!
      .legs.filter((l) => RUSSIA.includes(l.from) && RUSSIA.includes(l.to));
    expect(run).toHaveLength(RUSSIA.length - 1);
    return run.map((l) => l.distance_km.value / l.duration_h!.value);
  };

  it("run Naushki → Moscow at 900 km a day, the transit container trains' daily run, both ways", () => {
    for (const id of [
      'baotou-duisburg-train',
      'hohhot-hamburg-train',
      'ulanqab-warsaw-train',
      'erenhot-europe-train',
    ])
      for (const s of [...speeds(id), ...speeds(id + RETURN_SUFFIX)])
        expect(s, id).toBeCloseTo(37.5, 0);
  });

  it('while the Moscow-bound train keeps the Ordos–Moscow 15 days (23.3 km/h)', () => {
    for (const id of ['ordos-moscow-train', 'erenhot-moscow-train'])
      for (const s of speeds(id)) expect(s, id).toBeCloseTo(23.3, 0);
  });

  it('so Baotou → Duisburg rides about 15 days and Ordos → Moscow still 15', () => {
    const ride = (from: string, to: string) =>
      planner
        .plan(
          query({
            from,
            to,
            depart: '2025-03-03',
            shipment: { feu: 1 },
            constraints: { modes: ['rail'] },
          }),
        )
        .routes[0]!.legs.map((l) => [l.service_id, Math.round(l.duration_h / 2.4) / 10]);
    // the EU clearance follows the ride at Duisburg (decisions DC3); Moscow's EAEU one is on board
    expect(ride('Baotou', 'Duisburg')).toEqual([['baotou-duisburg-train', 15.3]]);
    expect(ride('Ordos', 'Moscow')).toEqual([['ordos-moscow-train', 16.2]]);
  });
});

describe('direct trucks where a forwarder books them (decisions T6)', () => {
  const services = (r: { legs: readonly { service_id: string }[] }) =>
    r.legs.map((l) => l.service_id);
  const stops = (r: { legs: readonly { from: { id: string }; to: { id: string } }[] }) =>
    r.legs.flatMap((l) => [l.from.id, l.to.id]);
  const fastest = (from: string, to: string) =>
    planner.plan(query({ from, to, depart: '2025-03-03', objective: 'time', shipment: { feu: 1 } }))
      .routes[0]!;

  it('Chifeng → Ulan-Ude no longer goes by Tianjin and back west', () => {
    for (const r of [cheapest('Chifeng', 'Ulan-Ude'), fastest('Chifeng', 'Ulan-Ude')]) {
      expect(stops(r)).not.toContain('tianjin-port');
      // Chifeng – Erenhot – Ulaanbaatar – Ulan-Ude is about 2,050 km, through Manzhouli 2,400 km
      expect(r.distance_km).toBeLessThan(2500);
    }
  });

  it('Chifeng trucks to the Erenhot road port (via Xilinhot), both ways', () => {
    const r = cheapest('chifeng-bonded', 'erenhot-road', roadOnly);
    expect(services(r)).toEqual(['truck-chifeng-erenhot']);
    expect(r.legs[0]!.booking).toBe('on_demand');
    // USD 1.10 per truck-km over 760 km, as the other domestic trucking
    expect(r.cost.line_haul_usd).toBe(836);
    const back = cheapest('erenhot-road', 'chifeng-bonded', roadOnly);
    expect(services(back)).toEqual(['truck-chifeng-erenhot-return']);
  });

  it('Baotou, Hohhot and Ulanqab truck straight to Dalian, and Erenhot through Chifeng, not Tianjin', () => {
    for (const [from, id] of [
      ['Baotou', 'truck-baotou-dalian'],
      ['Hohhot', 'truck-hohhot-dalian'],
      ['Ulanqab', 'truck-ulanqab-dalian'],
    ] as const) {
      expect(services(cheapest(from, 'Dalian')), from).toEqual([id]);
      const f = fastest(from, 'Dalian');
      expect(stops(f), from).not.toContain('tianjin-port');
      expect(stops(f), from).not.toContain('chifeng-bonded');
    }
    const back = cheapest('Dalian', 'baotou-bonded', roadOnly);
    expect(services(back)).toEqual(['truck-baotou-dalian-return']);
    const e = cheapest('Erenhot', 'Dalian');
    expect(services(e)).toEqual(['truck-chifeng-erenhot-return', 'truck-chifeng-dalian']);
    expect(stops(fastest('Erenhot', 'Dalian'))).not.toContain('tianjin-port');
  });

  it('Manzhouli trucks straight into Siberia and to Ulaanbaatar, without going back into China', () => {
    const moscow = planner.network.services.get('ftl-manzhouli-moscow')!;
    const km = (id: string) =>
      planner.network.services.get(id)!.legs.reduce((sum, l) => sum + l.distance_km.value, 0);
    const perKm = moscow.tariffs.find((t) => t.unit === 'truck')!.usd / km('ftl-manzhouli-moscow');
    for (const [to, id] of [
      ['Ulan-Ude', 'ftl-manzhouli-ulan-ude'],
      ['Novosibirsk', 'ftl-manzhouli-novosibirsk'],
      ['Ulaanbaatar', 'ftl-manzhouli-ulaanbaatar'],
    ] as const) {
      for (const r of [cheapest('Manzhouli', to), fastest('Manzhouli', to)]) {
        expect(services(r), to).toEqual([id]);
        expect(r.legs[0]!.booking).toBe('on_demand');
        expect(r.border_events[0]!.border_id).toBe('manzhouli-zabaikalsk-road');
        expect(stops(r).filter((s) => s === 'chifeng-bonded')).toEqual([]);
      }
      const truck = planner.network.services.get(id)!;
      expect(truck.driving?.crew, id).toBe('double');
      // priced per km as the Moscow truck, over its own distance
      const rate = truck.tariffs.find((t) => t.from === 'manzhouli-road' && t.unit === 'truck')!;
      expect(rate.usd / km(id)).toBeCloseTo(perKm, 2);
    }
  });

  it('Seoul by sea lands at Incheon from Dalian, not at Busan with a truck back north', () => {
    for (const from of ['Manzhouli', 'Ulanqab', 'Erenhot']) {
      const r = fastest(from, 'Seoul');
      const sea = r.legs.filter((l) => l.mode === 'sea').map((l) => l.service_id);
      expect(sea, from).toEqual(['dalian-incheon-ferry']);
      expect(r.to.id, from).toBe('incheon-port');
      expect(stops(r), from).not.toContain('busan-port');
    }
    // a passenger ferry takes no dangerous goods: those still go by the container loop through Busan
    const ferry = planner.network.services.get('dalian-incheon-ferry')!;
    expect(ferry.cargo.dangerous_goods).toBe(false);
    expect(ferry.legs[0]!.duration_h.value).toBe(16);
  });

  it('Erenhot → Novosibirsk books a truck through Mongolia, not round by Manzhouli', () => {
    const r = fastest('Erenhot', 'Novosibirsk');
    expect(stops(r)).not.toContain('manzhouli-road');
    expect(r.distance_km).toBeLessThan(4000);
    const best = cheapest('erenhot-road', 'Novosibirsk', roadOnly);
    expect(services(best)).toEqual(['ftl-erenhot-novosibirsk']);
  });
});

describe('road answers a forwarder books (decisions T8)', () => {
  const roadRoute = (from: string, to: string, objective: 'cost' | 'time' | 'generalized') =>
    firstRoute(from, to, objective, roadOnly);
  const services = (r: { legs: readonly { service_id: string }[] }) =>
    r.legs.map((l) => l.service_id);

  it('a two-driver truck in China drives round the clock: Hohhot → Dalian is one truck, not a relay', () => {
    const truck = planner.network.services.get('truck-hohhot-dalian')!;
    expect(truck.driving?.crew).toBe('double');
    // 1,315 km at the CAREC 80.5 km/h, with no 8-h stand after 16 h
    expect(truck.legs[0]!.duration_h.value).toBeCloseTo(1315 / 80.5, 1);
    for (const objective of ['time', 'cost', 'generalized'] as const)
      expect(services(roadRoute('Hohhot', 'Dalian', objective)), objective).toEqual([
        'truck-hohhot-dalian',
      ]);
  });

  it('Berlin ↔ Warsaw is one truck, not a run to Małaszewicze and 190 km back (T12)', () => {
    for (const objective of ['cost', 'time', 'generalized'] as const) {
      for (const [from, to] of [
        ['Berlin', 'Warsaw'],
        ['Warsaw', 'Berlin'],
      ] as const) {
        const r = roadRoute(from, to, objective);
        expect(r.legs, `${from} → ${to} ${objective}`).toHaveLength(1);
        expect(r.legs[0]!.via.map((t) => t.id)).not.toContain('malaszewicze');
        expect(r.distance_km).toBeLessThan(600);
      }
    }
  });

  it('Chifeng → Moscow by road is one TIR truck, with no change of truck at Manzhouli', () => {
    // (fastest, the domestic truck's day of notice against the TIR truck's two lets a change at
    // Manzhouli arrive a few hours sooner; decisions T8)
    for (const objective of ['cost', 'generalized'] as const) {
      const r = roadRoute('Chifeng', 'Moscow', objective);
      expect(services(r), objective).toEqual(['ftl-chifeng-moscow']);
      expect(r.legs[0]!.booking).toBe('on_demand');
      expect(r.border_events.map((b) => b.border_id)).toEqual(['manzhouli-zabaikalsk-road']);
    }
    const truck = planner.network.services.get('ftl-chifeng-moscow')!;
    expect(truck.carrier?.country).toBe('CN');
    expect(truck.driving?.crew).toBe('double');
    // priced as the other trucks from China to central Russia (one China-wide range), so neither the
    // change at Manzhouli nor a truck round by Tianjin is cheaper
    const fare = (id: string, from: string, to: string) =>
      planner.network.services
        .get(id)!
        .tariffs.find((t) => t.from === from && t.to === to && t.unit === 'truck')!.usd;
    expect(fare('ftl-chifeng-moscow', 'chifeng-bonded', 'moscow')).toBe(
      fare('ftl-baotou-moscow-via-mongolia', 'baotou-bonded', 'moscow'),
    );
    const back = roadRoute('moscow', 'chifeng-bonded', 'cost');
    expect(services(back)).toEqual(['ftl-chifeng-moscow-return']);
  });

  it('Tianjin → Moscow by road is one TIR truck on Asian Highway 3, with no change at Hohhot (T11)', () => {
    for (const objective of ['cost', 'generalized'] as const) {
      const r = roadRoute('Tianjin', 'Moscow', objective);
      expect(services(r), objective).toEqual(['ftl-tianjin-moscow-via-mongolia']);
      expect(r.border_events.map((b) => b.border_id)).toEqual([
        'erenhot-zamyn-uud-road',
        'altanbulag-kyakhta-road',
      ]);
      // China → central Russia, USD 10,000–12,500 per 20-t truck (2024)
      expect(r.cost.line_haul_usd).toBeGreaterThanOrEqual(10000);
      expect(r.cost.line_haul_usd).toBeLessThanOrEqual(12500);
    }
    const truck = planner.network.services.get('ftl-tianjin-moscow-via-mongolia')!;
    expect(truck.carrier?.country).toBe('CN');
    expect(truck.driving?.crew).toBe('double');
    expect(services(roadRoute('moscow', 'tianjin-port', 'cost'))).toEqual([
      'ftl-tianjin-moscow-via-mongolia-return',
    ]);
  });
});

describe('the network README counts its files as they are', () => {
  it('states the sources, terminals, services and legs the data has', async () => {
    const n = planner.network;
    const outbound = [...n.services.values()].filter((s) => !s.id.endsWith(RETURN_SUFFIX));
    const filed = outbound.filter((s) => s.trucking_area === undefined);
    const areaTrucks = outbound.length - filed.length;
    const legs = filed.reduce((sum, s) => sum + s.legs.length, 0);
    const readme = await readFile(join(DIR, 'README.md'), 'utf8');
    for (const row of [
      `| \`sources.yaml\` | ${n.sources.size} sources,`,
      `| \`terminals.yaml\` | ${n.terminals.size} terminals`,
      `| \`services.yaml\` | ${filed.length} services (${n.services.size} with the generated return services and the ${areaTrucks} trucks of the trucking areas), ${legs} legs |`,
      `| \`borders.yaml\` | ${n.borders.size} rail and road border crossings |`,
    ])
      expect(readme, `README.md should hold the row starting ${row}`).toContain(row);
  });
});

describe('the network README counts the figures by provenance', () => {
  it('states the counts the data has', async () => {
    const names = (await readdir(DIR)).filter((n) => /\.(ya?ml|json)$/i.test(n));
    const files = await Promise.all(
      names.map(async (name) => ({ name, text: await readFile(join(DIR, name), 'utf8') })),
    );
    const c = countFigures(files);
    const readme = await readFile(join(DIR, 'README.md'), 'utf8');
    const line = `| ${c.total} | ${c.sourced} | ${c.sourcedWithAssumption} | ${c.assumptions} |`;
    expect(
      readme,
      `README.md should hold the row ${line} (npx tsx scripts/count-figures.ts)`,
    ).toContain(line);
  });
});
