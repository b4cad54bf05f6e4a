/**
 * Research tables: one row per shipment and per flow × day, border × day and departure; CSV and
 * Parquet written deterministically, the Parquet read back by hyparquet; shipments drawn per flow
 * (common random numbers), so one flow's demand does not move another flow's draws.
 */
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { generateShipments } from '../../../src/simulation/demand.ts';
import { runReplication } from '../../../src/simulation/engine.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';
import { researchTableFiles, tableCsv, tableParquet } from '../../../src/simulation/table-files.ts';
import type { ReplicationTables, Table } from '../../../src/simulation/tables.ts';
import { fixedProvider, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

const network = tinyNetwork({ t1Capacity: 4 });
const flow = (id: string, teuPerWeek: number) => ({
  id,
  from: 'o',
  to: 'd',
  teu_per_week: teuPerWeek,
  shipment: { teu: 1 },
  cargo: [],
  regime: 'general' as const,
  value_usd: 20_000,
  assumption: 'a flow for the test',
});
const scenario = (b = 3): Scenario =>
  tinyScenario({
    seed: 5,
    horizon: { start: '2024-01-01', days: 42 },
    demand: { scale: 1, shipments: [], flows: [flow('a', 5), flow('b', b)] },
  });
const provider = () =>
  fixedProvider({
    o: [trainOption('t1', 'b1', 'o', 500, 'B1'), trainOption('t2', 'b2', 'o', 700, 'B2')],
  });

function tablesOf(s: Scenario): ReplicationTables {
  const r = runReplication({
    network,
    scenario: s,
    provider: provider(),
    replication: 0,
    tables: true,
  });
  return r.tables!;
}
const col = (t: Table, name: string) => t.columns.find((c) => c.name === name)!.values;

describe('research tables', () => {
  it('one shipment row per booking, with flow numbers, status, times and money; loads per departure add up', () => {
    const s = scenario();
    const r = runReplication({
      network,
      scenario: s,
      provider: provider(),
      replication: 0,
      tables: true,
    });
    const t = r.tables!;
    const n = col(t.shipments, 'flow').length;
    expect(n).toBe(r.kpis.shipments);
    // flow order, then the number within the flow
    const flows = col(t.shipments, 'flow') as string[];
    expect(flows.indexOf('b')).toBe(flows.lastIndexOf('a') + 1);
    expect(col(t.shipments, 'flow_seq').slice(0, 3)).toEqual([0, 1, 2]);
    const status = col(t.shipments, 'status');
    const delivered = status.filter((x) => x === 'delivered').length;
    expect(delivered).toBe(r.kpis.delivered_shipments);
    status.forEach((st, i) => {
      const arrived = col(t.shipments, 'arrived_day')[i];
      expect(arrived === null, `row ${i}`).toBe(st !== 'delivered');
    });
    // TEU booked on departures = TEU of shipments that departed
    const departedTeu = (col(t.shipments, 'teu') as number[])
      .filter((_, i) => col(t.shipments, 'departed_day')[i] !== null)
      .reduce((a, b) => a + b, 0);
    const booked = (col(t.departures, 'booked_teu') as number[]).reduce((a, b) => a + b, 0);
    expect(booked).toBeCloseTo(departedTeu, 9);
    // flows × day: every flow has every day; booked TEU adds up to the shipments'
    expect(col(t.flows_by_day, 'day')).toHaveLength(2 * 42);
    const bookedTeu = (col(t.flows_by_day, 'booked_teu') as number[]).reduce((a, b) => a + b, 0);
    expect(bookedTeu).toBeCloseTo(n, 9);
    // borders × day, long format with the unit as a column
    const rows = col(t.borders_by_day, 'border').map((b, i) => [
      b,
      col(t.borders_by_day, 'unit')[i],
    ]);
    expect(rows).toContainEqual(['b1', 'trains']);
    expect(rows.filter(([b]) => b === 'b1')).toHaveLength(42);
  });

  it('the same inputs give the same bytes, CSV and Parquet; hyparquet reads the Parquet back', async () => {
    const a = tablesOf(scenario());
    const b = tablesOf(scenario());
    for (const name of ['shipments', 'flows_by_day', 'borders_by_day', 'departures'] as const) {
      expect(tableCsv(a[name])).toBe(tableCsv(b[name]));
      expect(Buffer.from(tableParquet(a[name])).equals(Buffer.from(tableParquet(b[name])))).toBe(
        true,
      );
    }
    const bytes = tableParquet(a.shipments);
    const rows = await parquetReadObjects({
      file: bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer,
    });
    expect(rows).toHaveLength(col(a.shipments, 'flow').length);
    for (const c of a.shipments.columns)
      expect(
        rows.map((row) =>
          typeof row[c.name] === 'bigint' ? Number(row[c.name]) : (row[c.name] ?? null),
        ),
        c.name,
      ).toEqual(c.values);
    const files = researchTableFiles([{ replication: 3, tables: a }]);
    expect(Object.keys(files)).toContain('tables/shipments/r003.parquet');
    expect(Object.keys(files)).toContain('tables/README.md');
  });

  it("common random numbers per flow: doubling flow b leaves flow a's bookings and draw keys as they were", () => {
    const keyOf = (s: Scenario) =>
      generateShipments(s, 99, 10)
        .filter((x) => x.flow === 'a')
        .map((x) => [x.ready_h, x.flow_seq, x.draw_key]);
    const before = keyOf(scenario(3));
    const after = keyOf(scenario(6));
    expect(before.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
    // the global index shifts (flow b's extra bookings interleave), the per-flow keys do not
    const ids = (s: Scenario) =>
      generateShipments(s, 99, 10)
        .filter((x) => x.flow === 'a')
        .map((x) => x.id);
    expect(ids(scenario(6))).not.toEqual(ids(scenario(3)));
  });
});
