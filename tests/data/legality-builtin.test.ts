/**
 * The built-in network under its legality rules (networks/inner-mongolia/legality.yaml, docs/decisions.md
 * L1): no answer rides a foreign carrier between two Chinese ports, flies between Russia and the EU,
 * or puts a Russian or Belarusian haulier's truck on EU roads; the legal alternative is offered.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Network, type PlanResult } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  network = (await loadNetwork(new URL('../../networks/inner-mongolia/', import.meta.url).pathname))
    .network!;
  planner = createPlanner(network);
});
const q = (input: Record<string, unknown>) =>
  RouteQuery.parse({ shipment: { teu: 1 }, depart: '2026-12-01', objective: 'cost', ...input });
const EU = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Every leg of every route with the carrier of its service. */
function legsOf(r: PlanResult) {
  return r.routes.flatMap((route) =>
    route.legs.map((l) => ({
      ...l,
      carrier: network.services.get(l.service_id)!.carrier?.country,
    })),
  );
}

describe('legality rules on the built-in network', () => {
  it('files the three rules with sources', () => {
    const rules = network.legalityRules ?? [];
    expect(rules.map((r) => r.id)).toEqual([
      'cn-cabotage',
      'eu-russia-belarus-air',
      'eu-russia-belarus-hauliers',
    ]);
    expect(rules.every((r) => r.source !== undefined)).toBe(true);
  });

  it.each([
    ['tianjin-port', 'shanghai-port'],
    ['tianjin-port', 'ningbo-port'],
    ['shanghai-port', 'tianjin-port'],
    ['ningbo-port', 'tianjin-port'],
    ['Baotou', 'Ningbo'],
  ])(
    '%s → %s: no foreign carrier between two Chinese ports, a Chinese coastal service instead',
    (from, to) => {
      const r = planner.plan(q({ from, to, alternatives: 3 }));
      expect(r.status).toBe('ok');
      const sea = legsOf(r).filter((l) => l.mode === 'sea');
      expect(sea.length).toBeGreaterThan(0);
      for (const l of sea)
        if (l.from.country === 'CN' && l.to.country === 'CN')
          expect(l.carrier, `${l.service_id} ${l.from.id} → ${l.to.id}`).toBe('CN');
    },
  );

  it('the foreign deep-sea loop never sells Tianjin → Shanghai, even when the coastal service is closed', () => {
    const r = planner.plan(
      q({ from: 'tianjin-port', to: 'shanghai-port', constraints: { modes: ['sea'] } }),
      {
        conditions: {
          closed_services: ['china-coastal-north-south', 'china-coastal-north-south-return'],
        },
      },
    );
    for (const l of legsOf(r))
      expect(l.from.country === 'CN' && l.to.country === 'CN', l.service_id).toBe(false);
    // nor does domestic cargo go abroad and come back (L2): without the coastal service there is none
    expect(r.status).toBe('no_route');
  });

  it.each(['Baotou', 'Hohhot', 'Chifeng', 'Ordos'])(
    '%s → Duisburg, Rotterdam, Ningbo: no answer leaves China and comes back (L2)',
    (from) => {
      for (const to of ['Duisburg', 'Rotterdam', 'Ningbo']) {
        const r = planner.compare(q({ from, to }));
        expect(r.status, to).toBe('ok');
        for (const route of r.routes) {
          const seq = [
            route.from.country,
            ...route.legs.flatMap((l) => [...l.via.map((t) => t.country), l.to.country]),
          ];
          const left = seq.findIndex((c) => c !== 'CN');
          const back = left >= 0 && seq.slice(left).includes('CN');
          expect(back, `${to}: ${seq.join('>')}`).toBe(false);
        }
      }
    },
  );

  it('Baotou → Amsterdam by air flies no sector between Russia and the EU', () => {
    for (const objective of ['cost', 'time']) {
      const r = planner.plan(
        q({
          from: 'Baotou',
          to: 'Amsterdam',
          shipment: { kg: 500 },
          objective,
          constraints: { modes: ['air', 'road'] },
        }),
      );
      expect(r.status).toBe('ok');
      for (const l of legsOf(r).filter((x) => x.mode === 'air'))
        expect([l.from.country, l.to.country].sort().join('-'), l.service_id).not.toMatch(
          /NL-RU|DE-RU/,
        );
    }
  });

  it('Baotou → Duisburg by road: no Russian or Belarusian haulier on EU roads', () => {
    const r = planner.compare(
      q({ from: 'Baotou', to: 'Duisburg', shipment: { feu: 1 }, constraints: { modes: ['road'] } }),
    );
    for (const l of legsOf(r).filter((x) => x.mode === 'road')) {
      const inEu = [l.from, ...l.via, l.to].some((t) => EU.has(t.country));
      if (inEu) expect(['RU', 'BY'], l.service_id).not.toContain(l.carrier);
    }
  });
});
