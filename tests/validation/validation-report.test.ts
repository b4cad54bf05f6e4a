/**
 * The validation report on the built-in network: the share of published figures the planner's
 * answers fall within, held to a ratchet, plus the runner's arithmetic and the command's exit codes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { RouteQuery, type Network, type Route } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import {
  formatReport,
  handoverMs,
  parseValidationFile,
  runCase,
  runValidation,
  type ValidationFile,
} from '../../src/validation/index.ts';

/**
 * RATCHET: the share of validation.yaml cases within their published range may only go up.
 * Measured 2026-12-06 before the freight-realistic service model: 19 of 34 cases (0.559);
 * 20 of 35 (0.571) with the rail-sea CO2e lane case and the GLEC air factors.
 * 19 of 35 (0.542) with cargo stops (decisions R14): a truck line no longer drops cargo at a border
 * stop, so "Ulaanbaatar to the Russian border by road" has no service until on-demand trucks reach
 * the border town (issue 11 item 4); that case was within only through an unbookable ride.
 * The target of issue 11 is 0.90. When a change raises the share, raise this floor to the new
 * measured share (never lower it; if a case is added that fails today, record the new measured
 * share here and in docs/benchmarks.md, Validation).
 * 26 of 35 (0.742) with truck lines on the driving rules, reduced weekly rests on the road, on-demand
 * trucks to the Mongolian–Russian border, sourced border dwells at Zamyn-Uud (rail) and Brest (road),
 * transit measured from a backward-scheduled handover, and two cases that compared a different thing
 * fixed (decisions V4).
 * 27 of 35 (0.771) with the Asia–North Europe loops timed from a published Cape-routed transit and
 * the sea-days case asking the source's port, Shanghai (decisions V5).
 * 28 of 35 (0.800) with the Erenhot–Ulan-Ude truck line priced at CAREC's 2022 road cost (V5).
 * 29 of 36 (0.806) with the LCL case added (C2).
 * 30 of 36 (0.833) with air China → North Europe at the rates period's price (decisions V6).
 * 31 of 36 (0.861) with Russian electric main lines at Russian Railways' own intensity (V6).
 * 28 of 36 with destination import clearance counted into transit, speed and cost (DC1); 31 of 36
 * (0.861) again with those measures taken, like the published transport figures, without it (V7).
 * 30 of 36 (0.833) with a city name standing for all its terminals (R19): Hohhot → Warsaw by truck
 * starts at the bonded zone, without the shuttle and transfer from the rail terminal that had held
 * hohhot-warsaw-road-days inside its range (10.6 days against 10.8–13.2).
 * 29 of 36 (0.806, the threshold now a fraction) with the on-demand full truck Baotou/Hohhot → Moscow (T5): Tianjin → Moscow by
 * road takes it, without the truck line's 12-hour cut-off, at 37.6 km/h against the 29.1–35.5 of a
 * 2019 trial run, while Hohhot → Moscow comes to 8.2 days against the line's published "about 7".
 * Those two cases cannot both be met (7 days over 7,300 km is 43 km/h), so 35 of 36 is the ceiling.
 * 30 of 36 (0.833) with Beijing → Frankfurt air compared with a WorldACD China – Europe average of the
 * network's rates period, June 2024, instead of Freightos figures of January 2020 (V9); the sea legs
 * at published ship speeds take Nansha → Singapore from 4.17 to 4.41 days, still outside.
 * 27 of 36 (0.750) with cases that read back the network's own inputs re-based on independent figures
 * (decisions V11): Ordos/Chifeng → Moscow rail rates against the Center for Price Indices' May 2024
 * rates (USD 5,000–5,674; the planner's 6,520 and 6,327 are above), Tianjin → Rotterdam against the
 * Freightos FBX11 May 2024 figure (USD 4,882 ±10 %; the planner's 4,186 is below). The three cases
 * had been within only because they compared the network's tariffs with their own sources.
 * 27 of 38 (0.711) with two cross-border e-commerce parcel cases added that fail today (decisions
 * V12): one 2 kg parcel Baotou → Duisburg costs USD 101 against China Post EMS's USD 25.5–31.2 to
 * Germany, ten such parcels USD 7.0 per kg against 12.8–15.6; parcels are priced as air cargo with a
 * minimum charge per leg, not per piece and weight step.
 * 27 of 38 (0.711), unchanged, with the Europe-bound trains via Erenhot crossing Russia at transit
 * speed (decisions T10) and the P50 measured with the import clearance at its median (V14):
 * baotou-duisburg-rail-days-p50 comes within (15.5 days), hohhot-hamburg-rail-days falls below (14.6
 * against 18–22); on one set of timings the two cannot both be met.
 * 28 of 38 (0.737) with hohhot-hamburg-rail-days re-based on a train of its own corridor (decisions
 * V16): FESCO's Zhengzhou → Hamburg via Erenhot and Naushki, 13–15 days; the planner's 14.6 is within.
 * 28 of 38 (0.737), unchanged, with the two parcel cases compared with an economy postal product
 * instead of EMS (decisions V17): China Post's registered small packet to Germany, USD 21.4–26.1 per
 * 2 kg parcel and 10.7–13.1 per kg for ten; the economy line's 19.9 and 9.7 are below by 7 and 9 %.
 * 29 of 38 (0.763) with Tianjin → Rotterdam compared with the FBX11 weekly reading of the week of the
 * network's Drewry rate, 13–17 May 2024 (USD 4,603 ±10 %), instead of FBX11's May closing level
 * (decisions V18); the planner's 4,186 is within, 9 % below the point.
 */
const MIN_SHARE = 29 / 38;

const DIR = new URL('../../networks/inner-mongolia/', import.meta.url).pathname;
let network: Network;
let planner: Planner;
let file: ValidationFile;

beforeAll(async () => {
  const loaded = await loadNetwork(DIR);
  if (!loaded.network) throw new Error('built-in network invalid');
  network = loaded.network;
  planner = createPlanner(network);
  const parsed = parseValidationFile(
    'validation.yaml',
    readFileSync(`${DIR}validation.yaml`, 'utf8'),
    new Set(network.sources.keys()),
  );
  if (!parsed.file) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  file = parsed.file;
});

describe('validation report (built-in network)', () => {
  it('has at least 30 cases over rail, road, sea and air, costs, times and CO2e', () => {
    expect(file.cases.length).toBeGreaterThanOrEqual(30);
    const groups = new Set(file.cases.map((c) => c.group));
    for (const g of ['rail', 'road', 'sea', 'air']) expect(groups).toContain(g);
    const measures = new Set(file.cases.map((c) => c.measure));
    for (const m of ['cost_usd', 'transit_days', 'co2e_g_per_tkm']) expect(measures).toContain(m);
  });

  it(`keeps the share within the published ranges at or above ${MIN_SHARE} (ratchet)`, () => {
    const report = runValidation(planner, file);
    expect(report.total).toBe(file.cases.length);
    expect(report.share, formatReport(report)).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  it('measures transport figures without the destination import clearance (V7)', () => {
    // Chifeng → Moscow by rail enters the EAEU at Zabaikalsk and clears there on board
    const c = file.cases.find((x) => x.id === 'chifeng-moscow-rail-days')!;
    const route = planner.plan(
      RouteQuery.parse({
        from: c.query.from,
        to: c.query.to,
        depart: c.query.depart ?? file.depart,
        shipment: c.query.shipment,
        alternatives: 1,
        ...(c.query.objective ? { objective: c.query.objective } : {}),
        ...(c.query.modes ? { constraints: { modes: c.query.modes } } : {}),
      }),
    ).routes[0]!;
    const clearance = route.customs_events.filter((e) => e.direction === 'import' && e.territory);
    expect(clearance.map((e) => e.territory?.id)).toEqual(['eaeu']);
    const clearanceH = clearance[0]!.time_h;
    expect(clearanceH).toBeGreaterThan(0);
    const doorToDoorDays = (Date.parse(route.arrive) - handoverMs(route)) / 86_400_000;
    const measured = runCase(planner, c, file.depart).value!;
    expect(measured).toBeCloseTo(doorToDoorDays - clearanceH / 24, 1);
  });

  it('measures a P50 with the destination import clearance at its median, not drawn (V14)', () => {
    // Baotou → Duisburg by rail clears into the EU on board at Brest–Małaszewicze
    const c = file.cases.find((x) => x.id === 'baotou-duisburg-rail-days-p50')!;
    const q = RouteQuery.parse({
      from: c.query.from,
      to: c.query.to,
      depart: c.query.depart ?? file.depart,
      shipment: c.query.shipment,
      alternatives: 1,
      ...(c.query.modes ? { constraints: { modes: c.query.modes } } : {}),
    });
    const held = planner.plan(q, { draws: { importClearance: 'median' } }).routes[0]!;
    const drawn = planner.plan(q).routes[0]!;
    const clearance = held.customs_events.filter((e) => e.direction === 'import' && e.territory);
    expect(clearance.map((e) => e.territory?.id)).toEqual(['eu']);
    // with the T1 that leads to it, whose half hour the measure takes out too (decisions DC4)
    const transitH = held.customs_events
      .filter((e) => e.direction === 'transit' && e.territory)
      .reduce((sum, e) => sum + e.time_h, 0);
    expect(transitH).toBeGreaterThan(0);
    const clearanceH = clearance[0]!.time_h + transitH;
    const p50Days = (r: Route) =>
      (Date.parse(r.arrive_p50) - handoverMs(r)) / 86_400_000 - clearanceH / 24;
    const measured = runCase(planner, c, file.depart).value!;
    expect(measured).toBeCloseTo(p50Days(held), 2);
    // the clearance's spread (median 24 h, p90 72 h) drawn with the train's delay adds about 8 h
    expect(p50Days(drawn) - p50Days(held)).toBeGreaterThan(4 / 24);
    // what is left above the timetable is the train's own delay (median 6 h, R20)
    const scheduled = (Date.parse(held.arrive) - handoverMs(held)) / 86_400_000 - clearanceH / 24;
    expect(measured - scheduled).toBeGreaterThan(0);
    expect(measured - scheduled).toBeLessThan(10 / 24);
  });

  it('says how far a value is off the nearer bound, signed', () => {
    const base = file.cases.find((c) => c.id === 'ordos-moscow-rail-distance')!;
    const v = runCase(planner, base, file.depart).value!;
    expect(v).toBeGreaterThan(1000);
    const below = runCase(planner, { ...base, published: [v * 2, v * 3] }, file.depart);
    expect(below.within).toBe(false);
    expect(below.off).toBeCloseTo(-0.5, 3);
    const above = runCase(planner, { ...base, published: [v / 4, v / 2] }, file.depart);
    expect(above.off).toBeCloseTo(1, 3);
    const within = runCase(planner, { ...base, published: [v - 1, v + 1] }, file.depart);
    expect([within.within, within.off]).toEqual([true, 0]);
  });

  it("marks a case whose source the network's own figures behind its measure cite (V11)", () => {
    const byId = (id: string) =>
      runCase(
        planner,
        file.cases.find((c) => c.id === id)!,
        file.depart,
      );
    // the train's running times are derived from the Ordos launch report's '15 days': the case was
    // re-based on the Hohhot train's '14 days' (V11) and is independent; against the launch report
    // it would read back an input
    expect(byId('ordos-moscow-rail-days').independent).toBe(true);
    const days = file.cases.find((c) => c.id === 'ordos-moscow-rail-days')!;
    expect(
      runCase(planner, { ...days, source: 'xinhua-2021-ordos-moscow' }, file.depart).independent,
    ).toBe(false);
    // its distances come from railway chainages, not from the case's source
    expect(byId('ordos-moscow-rail-distance').independent).toBe(true);
    // the truck's tariff is the launch report's price; its distance is not from that report
    expect(byId('hohhot-moscow-road-cost').independent).toBe(false);
    expect(byId('hohhot-moscow-road-distance').independent).toBe(true);
    // a dwell case depends on its own border's dwell only
    expect(byId('erenhot-zamyn-uud-rail-dwell').independent).toBe(false);
    // the same days case against a source the network does not cite is independent
    const base = file.cases.find((c) => c.id === 'ordos-moscow-rail-days')!;
    const other = [...network.sources.keys()].find((id) => id.startsWith('jike-'))!;
    expect(runCase(planner, { ...base, source: other }, file.depart).independent).toBe(true);
    // a case read from several publications is marked when the model cites any one of them
    const both = [other, 'xinhua-2021-ordos-moscow'];
    expect(runCase(planner, { ...base, source: both }, file.depart).independent).toBe(false);
    // the parcel cases (V17) combine two pages, neither cited by the network's figures
    const parcel = file.cases.find((c) => c.id === 'baotou-duisburg-parcel-2kg-cost')!;
    expect(Array.isArray(parcel.source) && parcel.source.length).toBe(2);
    expect(byId('baotou-duisburg-parcel-2kg-cost').independent).toBe(true);
  });

  it('gives the share over the independent cases beside the share over all', () => {
    const report = runValidation(planner, file);
    const independent = report.results.filter((r) => r.independent);
    expect(report.independentTotal).toBe(independent.length);
    expect(report.independentTotal).toBeLessThan(report.total);
    expect(report.independentWithin).toBe(independent.filter((r) => r.within).length);
    expect(report.independentShare).toBeCloseTo(
      report.independentWithin / report.independentTotal,
      12,
    );
    const text = formatReport(report);
    expect(text).toMatch(/independent of the model's inputs: \d+ of \d+ cases/);
    expect(text.match(/cited by the model/g)!.length).toBe(report.total - report.independentTotal);
  });

  it('counts a query with no route as outside, with the reason', () => {
    const base = file.cases[0]!;
    const r = runCase(
      planner,
      { ...base, query: { ...base.query, from: 'Sydney', to: 'Auckland', modes: ['rail'] } },
      file.depart,
    );
    expect(r.within).toBe(false);
    expect(r.value).toBeUndefined();
    expect(r.detail).toMatch(/^no route/);
  });
});

describe('handover: when transit time starts (decisions V4)', () => {
  const H = 3_600_000;
  const t0 = Date.parse('2026-12-01T00:00:00Z');
  const leg = (
    depart: number,
    wait_h: number,
    booking: 'scheduled' | 'on_demand',
    cutoff_h?: number,
  ) => ({
    depart: new Date(t0 + depart * H).toISOString(),
    wait_h,
    booking,
    ...(cutoff_h === undefined ? {} : { cutoff_h }),
  });
  const route = (legs: ReturnType<typeof leg>[]) =>
    ({ depart: new Date(t0).toISOString(), legs }) as unknown as Route;

  it('skips the waits before the first timetabled departure beyond its cut-off, not the later ones', () => {
    // drayage at 0 h; a truck line 56 h later with a 12 h cut-off; a delivery truck after a 30 h wait
    const r = route([
      leg(0, 4, 'on_demand'),
      leg(56, 56, 'scheduled', 12),
      leg(300, 30, 'on_demand'),
    ]);
    expect((handoverMs(r) - t0) / H).toBeCloseTo(44, 9);
  });

  it('skips the lead-time waits of an all on-demand chain, and nothing on a single ride', () => {
    expect((handoverMs(route([leg(0, 4, 'on_demand'), leg(24, 20, 'on_demand')])) - t0) / H).toBe(
      20,
    );
    expect(handoverMs(route([leg(5, 5, 'scheduled', 24)]))).toBe(t0 + 5 * H);
  });
});

describe('corridor validate-figures', () => {
  async function run(...args: string[]) {
    const io = createMemoryIo();
    const code = await runCli(['node', 'corridor', ...args], io);
    return { code, out: io.stdout, err: io.stderr };
  }

  it('prints JSON, and exits 1 only when --min-share is above the share', async () => {
    const r = await run('validate-figures', '--json', '--min-share', '1');
    const report = JSON.parse(r.out) as { within: number; total: number; share: number };
    expect(report.total).toBe(file.cases.length);
    expect(report.share).toBeLessThan(1);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/below --min-share 1/);
    const ok = await run('validate-figures', '--min-share', '0');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/within the published range: \d+ of \d+ cases/);
  });

  it('rejects a bad --min-share with exit 2', async () => {
    const r = await run('validate-figures', '--min-share', 'lots');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--min-share: expected a number from 0 to 1/);
  });
});
