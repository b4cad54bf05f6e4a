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
import type { RouteQueryInput } from '../../src/model/index.ts';
import { query } from '../support/route-query.ts';

const DIR = fileURLToPath(new URL('../../networks/inner-mongolia', import.meta.url));
let planner: Planner;

beforeAll(async () => {
  const result = await loadNetwork(DIR);
  planner = createPlanner(result.network!);
});

const cheapest = (from: string, to: string, extra: Partial<RouteQueryInput> = {}) =>
  planner.plan(
    query({ from, to, depart: '2025-03-03', objective: 'cost', shipment: { feu: 1 }, ...extra }),
  ).routes[0]!;

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
    const r = cheapest('erenhot-road', 'Ulaanbaatar', { constraints: { modes: ['road'] } });
    expect(r.legs.map((l) => l.service_id)).toEqual(['ftl-erenhot-ulaanbaatar']);
    const leg = r.legs[0]!;
    expect(leg.booking).toBe('on_demand');
    // booked at departure with a day's notice; the twice-weekly line made this query wait 84 h
    expect(leg.wait_h).toBeLessThanOrEqual(24);
    expect(r.border_events.map((b) => b.border_id)).toEqual(['erenhot-zamyn-uud-road']);
    // CAREC 2022 Mongolian road cost, USD 2.91 per truck-km over 690 km
    expect(r.cost.line_haul_usd).toBe(2008);
    // the scheduled line still sells the same pair, at the same rate
    const line = planner.network.services.get('erenhot-ulan-ude-tir')!;
    const fare = line.tariffs.find(
      (t) => t.from === 'erenhot-road' && t.to === 'ulaanbaatar' && t.unit === 'truck',
    );
    expect(fare?.usd).toBe(2008);
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
    const back = cheapest('moscow', 'hohhot-bonded', { constraints: { modes: ['road'] } });
    expect(back.legs.map((l) => l.service_id)).toEqual(['ftl-baotou-moscow-via-mongolia-return']);
  });

  it('Manzhouli loads a train to Europe', () => {
    const r = cheapest('manzhouli-rail', 'Duisburg', { constraints: { modes: ['rail'] } });
    expect(r.legs.map((l) => l.service_id)).toEqual(['manzhouli-europe-train']);
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
