/**
 * The subsidy ledger: per-unit subsidies (TEU, piece, kg) once per shipment and policy, per-trip ones
 * per truck or once per train departure (to the operator, not the shipper), filters by service kind,
 * service id and boarding terminal, and budgets that stop a policy when spent.
 */
import { describe, expect, it } from 'vitest';
import type { SubsidyPolicy } from '../../../src/simulation/scenario.schema.ts';
import { SubsidyLedger } from '../../../src/simulation/subsidy-ledger.ts';
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
    expect(ledger.pay(epoch, train, 'o', a, false, false)).toBe(200);
    // a re-planned shipment boarding a second subsidised leg: its boxes were paid for already
    expect(ledger.pay(epoch, truck, 'h', a, false, true)).toBe(0);
    expect(ledger.pay(epoch, train, 'o', b, false, false)).toBe(100);
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
    expect(ledger.pay(epoch, train, 'o', parcels, false, false)).toBe(0);
    expect(ledger.pay(epoch, truck, 'o', parcels, false, true)).toBeCloseTo(20 + 8, 6);
    const elsewhere = { ...spec('h', 0.08, 0, 3), pieces: 1000, kg: 800 };
    expect(ledger.pay(epoch, truck, 'h', elsewhere, false, true)).toBeCloseTo(20, 6);
  });

  it('pays per trip per truck to the shipper, and once per train departure to the operator', () => {
    const { ledger, epoch } = ledgerFor([policy({ per: 'trip', amount_usd: 1500 })]);
    const a = spec('o', 3);
    // three TEU on trucks of two TEU: two trucks, and a second trip pays again
    expect(ledger.pay(epoch, truck, 'o', a, false, true)).toBe(3000);
    expect(ledger.pay(epoch, truck, 'h', a, false, true)).toBe(3000);
    // the first booking of a train departure pays the operator; nothing lowers the shipper's cost
    expect(ledger.pay(epoch, train, 'o', spec('o', 1, 0, 4), true, false)).toBe(0);
    expect(ledger.pay(epoch, train, 'o', spec('o', 1, 0, 5), false, false)).toBe(0);
    expect(ledger.spent.get('p')).toBe(7500);
  });

  it('stops a policy when its budget is spent, paying what is left', () => {
    const { ledger, epoch } = ledgerFor([policy({ per: 'teu', amount_usd: 100, budget_usd: 250 })]);
    expect(ledger.pay(epoch, train, 'o', spec('o', 2), false, false)).toBe(200);
    expect(ledger.pay(epoch, train, 'o', spec('o', 2, 0, 2), false, false)).toBe(50);
    expect(ledger.exhausted.has('p')).toBe(true);
    expect(ledger.pay(epoch, train, 'o', spec('o', 2, 0, 3), false, false)).toBe(0);
    expect(ledger.total()).toBe(250);
  });
});
