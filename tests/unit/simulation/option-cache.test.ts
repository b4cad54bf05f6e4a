import { describe, expect, it } from 'vitest';
import type { Conditions } from '../../../src/model/index.ts';
import { book } from '../../../src/simulation/capacity.ts';
import { expandDepartures } from '../../../src/simulation/departures.ts';
import { OptionCache, type OptionProvider } from '../../../src/simulation/option-cache.ts';
import type { RouteOption } from '../../../src/simulation/route-option.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';
import { buildEpochs } from '../../../src/simulation/timeline.ts';
import { spec, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

interface Asked {
  from: string;
  relaxed: boolean;
  conditions: Conditions;
  atMs: number;
}

/** A provider that records what it was asked and answers with one train option. */
function recorder(): { provider: OptionProvider; asked: Asked[] } {
  const asked: Asked[] = [];
  const provider: OptionProvider = (req, conditions, atMs) => {
    asked.push({ from: req.from, relaxed: req.relaxed ?? false, conditions, atMs });
    return [trainOption('t1', 'b1', req.from, 500, 'B1')];
  };
  return { provider, asked };
}

// b2 closed in the second week: three epochs, the first and the last under the same conditions
const withClosure = (over: Partial<Scenario> = {}) =>
  tinyScenario({
    events: [
      { type: 'closure', border: 'b2', from: '2024-01-08', days: 7, assumption: 'test closure' },
    ],
    ...over,
  });

function cacheFor(
  scenario: Scenario,
  provider: OptionProvider,
  opts: {
    ledger?: { version: number; exhausted: ReadonlySet<string> };
    shared?: Map<string, readonly RouteOption[]>;
  } = {},
) {
  const network = tinyNetwork();
  const epochs = buildEpochs(scenario, network);
  const departures = expandDepartures(network, scenario, 1 / 10_000, () => 1);
  const cache = new OptionCache({
    scenario,
    epochs,
    provider,
    ledger: opts.ledger ?? { version: 0, exhausted: new Set() },
    departures,
    sharedCache: opts.shared,
  });
  return { cache, epochs, departures };
}

describe('OptionCache', () => {
  it('asks the provider once per (OD, class, conditions), at the horizon start whatever the epoch', () => {
    const { provider, asked } = recorder();
    const { cache, epochs } = cacheFor(withClosure(), provider);
    expect(epochs.map((e) => e.start_h)).toEqual([0, 168, 336]);
    const s = spec('o', 1);
    const first = cache.optionsFor(s, 'o', 5);
    expect(cache.optionsFor(s, 'o', 100)).toBe(first);
    // epoch 2 has epoch 0's conditions: the same answer, no new question
    expect(cache.optionsFor(s, 'o', 400)).toBe(first);
    expect(asked).toHaveLength(1);
    // epoch 1 closes b2: asked again, with the closure, still at the horizon start
    cache.optionsFor(s, 'o', 200);
    expect(asked).toHaveLength(2);
    expect(asked[1]!.conditions.closed_borders).toEqual(['b2']);
    expect(asked.map((a) => a.atMs)).toEqual([
      Date.parse('2024-01-01T00:00:00Z'),
      Date.parse('2024-01-01T00:00:00Z'),
    ]);
    expect(cache.plannerCalls).toBe(2);
  });

  it('keeps relaxed questions, other terminals and other classes apart', () => {
    const { provider, asked } = recorder();
    const { cache } = cacheFor(tinyScenario(), provider);
    cache.optionsFor(spec('o', 1), 'o', 0);
    cache.optionsFor(spec('o', 1), 'o', 0, true);
    cache.optionsFor(spec('o', 1), 'h', 0);
    cache.optionsFor(spec('o', 2), 'o', 0);
    expect(asked.map((a) => [a.from, a.relaxed])).toEqual([
      ['o', false],
      ['o', true],
      ['h', false],
      ['o', false],
    ]);
  });

  it('a shared cache serves a second replication without questions, and the count of questions stays the same', () => {
    const shared = new Map<string, readonly RouteOption[]>();
    const a = recorder();
    const first = cacheFor(withClosure(), a.provider, { shared }).cache;
    first.optionsFor(spec('o', 1), 'o', 0);
    first.optionsFor(spec('o', 1), 'o', 200);
    const b = recorder();
    const second = cacheFor(withClosure(), b.provider, { shared }).cache;
    second.optionsFor(spec('o', 1), 'o', 0);
    second.optionsFor(spec('o', 1), 'o', 200);
    expect(a.asked).toHaveLength(2);
    expect(b.asked).toHaveLength(0);
    expect(second.plannerCalls).toBe(first.plannerCalls);
    // another value of time is another question
    const c = recorder();
    cacheFor(
      withClosure({
        choice: { model: 'least_cost', carbon_price_usd_per_t: 0, value_of_time_usd_per_h: 5 },
      }),
      c.provider,
      { shared },
    ).cache.optionsFor(spec('o', 1), 'o', 0);
    expect(c.asked).toHaveLength(1);
  });

  it('asks again when the ledger moves on (a subsidy ran out), without the spent subsidy', () => {
    const ledger = { version: 0, exhausted: new Set<string>() };
    const { provider, asked } = recorder();
    const scenario = tinyScenario({
      policies: [
        {
          type: 'subsidy',
          id: 'sub',
          per: 'teu',
          amount_usd: 100,
          budget_usd: 1000,
          assumption: 'test subsidy',
        },
      ],
    });
    const { cache } = cacheFor(scenario, provider, { ledger });
    cache.optionsFor(spec('o', 1), 'o', 0);
    expect(asked[0]!.conditions.subsidies?.map((s) => s.id)).toEqual(['sub']);
    ledger.exhausted.add('sub');
    ledger.version++;
    cache.optionsFor(spec('o', 1), 'o', 0);
    expect(asked).toHaveLength(2);
    expect(asked[1]!.conditions.subsidies).toBeUndefined();
  });

  it('live questions: asked at the start of the week with the booked capacity, within the budget of slots', () => {
    const { provider, asked } = recorder();
    const { cache, departures } = cacheFor(tinyScenario({ max_live_replans: 1 }), provider);
    const t1 = departures.get('t1')!;
    book(t1, 1, 0, 2, 2); // the 168 h train is full (2 TEU)
    cache.liveOptionsFor(spec('o', 1), 'o', 200, false);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.atMs).toBe(Date.parse('2024-01-08T00:00:00Z'));
    const full = asked[0]!.conditions.isDepartureFull!;
    expect(full('t1', Date.parse('2024-01-08T00:00:00Z'))).toBe(true);
    expect(full('t1', Date.parse('2024-01-15T00:00:00Z'))).toBe(false);
    expect(full('f', Date.parse('2024-01-08T00:00:00Z'))).toBe(false);
    // the same slot again: cached; another week: over budget, no options and no question
    cache.liveOptionsFor(spec('o', 1), 'o', 300, false);
    expect(cache.liveOptionsFor(spec('o', 1), 'o', 400, false)).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(cache.plannerCalls).toBe(1);
  });
});
