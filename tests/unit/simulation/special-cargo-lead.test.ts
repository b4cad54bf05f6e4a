/**
 * The simulator replays special cargo's permits and approvals (docs/decisions.md C14) as the planner
 * quotes them: a board step keeps its ride's lead time, hours from the shipment's booking, and the
 * replay takes no departure before it. On a drawn network: a weekly train that needs a dangerous-goods
 * acceptance of 210 h.
 */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../../src/planner/index.ts';
import { runReplication, type DeliveryRecord } from '../../../src/simulation/engine.ts';
import { plannerProvider } from '../../../src/simulation/planner-provider.ts';
import { drawNetwork } from '../../support/draw-network.ts';
import { tinyScenario } from './tiny.ts';

const network = drawNetwork({
  terminals: {
    a: { country: 'CN', at: [109.84, 40.66], modes: ['rail'] },
    b: { country: 'CN', at: [111.7, 40.8], modes: ['rail'] },
  },
  services: {
    train: {
      mode: 'rail',
      stops: ['a', 'b'],
      hours: [10],
      usd: 100,
      weekly: ['Wed 08:00'],
      cargo: { dangerous_goods: true },
    },
  },
  special_cargo_lead_times: [
    {
      mode: 'rail',
      cargo: 'dangerous_goods',
      name: 'a drawn DG acceptance',
      name_zh: '测试危险品受理',
      value: 210,
    },
  ],
});

const shipment = (day: number, cargo: string[]) => ({
  day,
  from: 'a',
  to: 'b',
  teu: 1,
  regime: 'general' as const,
  value_usd: 10_000,
  cargo: cargo as never,
});

function replay(shipments: ReturnType<typeof shipment>[]) {
  const scenario = tinyScenario({
    horizon: { start: '2026-12-01', days: 42 },
    demand: { scale: 1, flows: [], shipments },
  });
  const delivered: DeliveryRecord[] = [];
  runReplication({
    network,
    scenario,
    replication: 0,
    provider: plannerProvider(createPlanner(network), network, scenario),
    onDelivered: (d) => delivered.push(d),
  });
  return delivered.sort((x, y) => x.ready_h - y.ready_h);
}

describe('special cargo in the simulator', () => {
  it('a DG box takes no train before its acceptance, an ordinary one the first train', () => {
    const [dry] = replay([shipment(0, [])]);
    const dg = replay([shipment(0, ['dangerous_goods']), shipment(3, ['dangerous_goods'])]);
    expect(dry).toBeDefined();
    expect(dg).toHaveLength(2);
    // the ordinary box rides the first Wednesday's train, within two days of its booking
    expect(dry!.delivered_h - dry!.ready_h).toBeLessThan(48);
    // each DG box, booked on another day, waits 210 h from its own booking before it may ride
    for (const d of dg) expect(d.delivered_h - d.ready_h).toBeGreaterThanOrEqual(210 + 10 - 1e-6);
    // and no longer than the first train after the acceptance (a week apart) plus the ride
    for (const d of dg)
      expect(d.delivered_h - d.ready_h).toBeLessThanOrEqual(210 + 168 + 10 + 1e-6);
  });
});
