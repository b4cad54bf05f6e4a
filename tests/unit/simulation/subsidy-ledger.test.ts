/**
 * The subsidy ledger: per-unit subsidies (TEU, piece, kg) once per shipment and policy, per-trip ones
 * per truck or once per train departure (to the operator, not the shipper), filters by service kind,
 * service id and boarding terminal, and budgets that stop a policy when spent.
 */
import { describe, expect, it } from 'vitest';
import type { SubsidyPolicy } from '../../../src/simulation/scenario.schema.ts';
import { SubsidyLedger, trucksFor } from '../../../src/simulation/subsidy-ledger.ts';
import { buildEpochs } from '../../../src/simulation/timeline.ts';
import { spec, tinyNetwork, tinyScenario } from './tiny.ts';

const network = tinyNetwork();
const train = network.services.get('t1')!;
const truck = network.services.get('f')!;

function ledgerFor(policies: SubsidyPolicy[]) {
  const scenario = tinyScenario({ policies });
  const epoch = buildEpochs(scenario, network)[0]!;
  return { ledger: new SubsidyLedger(policies), epoch };
}

/** how a boarding meets its departure: on a train (its first booking or not), or putting trucks on the road */
const onTrain = { firstOnDeparture: false, trucks: 0 };
const firstOnTrain = { firstOnDeparture: true, trucks: 0 };
const trucks = (n: number) => ({ firstOnDeparture: false, trucks: n });

const policy = (p: Partial<SubsidyPolicy>): SubsidyPolicy => ({
  type: 'subsidy',
  id: 'p',
  per: 'teu',
  amount_usd: 100,
  ...p,
});

describe('SubsidyLedger', () => {
  it('pays a per-TEU subsidy once per shipment, however many matching legs it boards', () => {
    const { ledger, epoch } = ledgerFor([policy({ per: 'teu', amount_usd: 100 })]);
    const a = spec('o', 2);
    const b = spec('o', 1, 0, 2);
    expect(ledger.pay(epoch, train, 'o', a, onTrain)).toBe(200);
    // a re-planned shipment boarding a second subsidised leg: its boxes were paid for already
    expect(ledger.pay(epoch, truck, 'h', a, trucks(1))).toBe(0);
    expect(ledger.pay(epoch, train, 'o', b, onTrain)).toBe(100);
    expect(ledger.spent.get('p')).toBe(300);
  });

  it('pays per piece and per kg by the shipment, filtered by service, kind and boarding terminal', () => {
    const { ledger, epoch } = ledgerFor([
      policy({ id: 'pieces', per: 'piece', amount_usd: 0.02, service_ids: ['f'] }),
      policy({
        id: 'kg',
        per: 'kg',
        amount_usd: 0.01,
        service_kinds: ['road_truck'],
        from_terminals: ['o'],
      }),
    ]);
    const parcels = { ...spec('o', 0.08), pieces: 1000, kg: 800 };
    expect(ledger.pay(epoch, train, 'o', parcels, onTrain)).toBe(0);
    expect(ledger.pay(epoch, truck, 'o', parcels, trucks(1))).toBeCloseTo(20 + 8, 6);
    const elsewhere = { ...spec('h', 0.08, 0, 3), pieces: 1000, kg: 800 };
    expect(ledger.pay(epoch, truck, 'h', elsewhere, trucks(1))).toBeCloseTo(20, 6);
  });

  it('pays per trip per truck to the shipper, and once per train departure to the operator', () => {
    const { ledger, epoch } = ledgerFor([policy({ per: 'trip', amount_usd: 1500 })]);
    const a = spec('o', 3);
    // three TEU on trucks of two TEU: two trucks, and a second trip pays again
    expect(ledger.pay(epoch, truck, 'o', a, trucks(2))).toBe(3000);
    expect(ledger.pay(epoch, truck, 'h', a, trucks(2))).toBe(3000);
    // the first booking of a train departure pays the operator; nothing lowers the shipper's cost
    expect(ledger.pay(epoch, train, 'o', spec('o', 1, 0, 4), firstOnTrain)).toBe(0);
    expect(ledger.pay(epoch, train, 'o', spec('o', 1, 0, 5), onTrain)).toBe(0);
    expect(ledger.spent.get('p')).toBe(7500);
    // the train's trip is counted, and kept apart as the operators' part
    expect(ledger.counted.get('p')).toBe(7500);
    expect(ledger.toOperators.get('p')).toBe(1500);
  });

  it('pays a scheduled truck line per truck the booking adds, to the shipment, none to an operator', () => {
    const line = { ...train, mode: 'road' as const, kind: 'tir_truck' as const };
    const { ledger, epoch } = ledgerFor([policy({ per: 'trip', amount_usd: 1500 })]);
    // a first booking that opens the departure's truck: the shipper's, though first on the departure
    expect(ledger.pay(epoch, line, 'o', spec('o', 1), { firstOnDeparture: true, trucks: 1 })).toBe(
      1500,
    );
    // a second shipment sharing that truck adds no trip
    expect(ledger.pay(epoch, line, 'o', spec('o', 1, 0, 2), trucks(0))).toBe(0);
    expect(ledger.toOperators.get('p')).toBe(0);
    expect(ledger.counted.get('p')).toBe(1500);
    // trucks for a load: two TEU a truck, parcel shares that sum to a truck's worth open one
    expect([0, 0.08, 2, 3, 0.1 + 0.2 + 1.7].map(trucksFor)).toEqual([0, 1, 1, 2, 1]);
  });

  it('stops a policy when its budget is spent, paying what is left', () => {
    const { ledger, epoch } = ledgerFor([policy({ per: 'teu', amount_usd: 100, budget_usd: 250 })]);
    expect(ledger.pay(epoch, train, 'o', spec('o', 2), onTrain)).toBe(200);
    expect(ledger.pay(epoch, train, 'o', spec('o', 2, 0, 2), onTrain)).toBe(50);
    expect(ledger.exhausted.has('p')).toBe(true);
    expect(ledger.pay(epoch, train, 'o', spec('o', 2, 0, 3), onTrain)).toBe(0);
    expect(ledger.total()).toBe(250);
  });
});
