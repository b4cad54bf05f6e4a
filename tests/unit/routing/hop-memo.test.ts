/**
 * A context keeps each hop's cost once worked out (edge-cost.ts hopBase, docs/decisions.md R27) and
 * prices tariff pairs on first use: what a search reads must be what a fresh context gives for the
 * same edge, whatever edges were read before and whatever gateway bans the corridor exploration set
 * then or sets now.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCostContext } from '../../../src/costing/index.ts';
import { RouteQuery, type Network } from '../../../src/model/index.ts';
import {
  compileIndex,
  createSearchContext,
  edgeAt,
  edgeStatic,
  EDGE_HOP,
  OUT_SIZE,
  type RoutingIndex,
  type SearchContext,
} from '../../../src/routing/index.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let network: Network;
let index: RoutingIndex;
beforeAll(async () => {
  ({ network } = await loadBuiltIn());
  index = compileIndex(network);
});

const SHIPMENTS = [
  { feu: 2, kg: 14_000, value_usd: 300_000 },
  { teu: 1, kg: 9_000 },
  { kg: 800 },
  { kg: 3_000, m3: 12, pieces: 40 },
];

function context(shipment: object, territory: number): SearchContext {
  const q = RouteQuery.parse({ from: 'baotou', to: 'duisburg', shipment, depart: '2026-12-01' });
  const importCustoms = territory < 0 ? null : (network.destinationCustoms ?? [])[territory];
  return createSearchContext(index, createCostContext(network.manifest, q, {}), {
    importCustoms: importCustoms ?? null,
    bookedAtH: 500_000,
  });
}

/** Sets (or clears) the gateway bans the corridor exploration sets: borders and ports by index. */
function setBans(ctx: SearchContext, borders: number[], ports: number[], value: 0 | 1): void {
  for (const b of borders) ctx.gatewayBorderBan[b] = value;
  for (const t of ports) ctx.gatewayPortBan[t] = value;
  ctx.gatewayBans.count += (value ? 1 : -1) * (borders.length + ports.length);
}

/** Whether hop e crosses one of `borders` on board. */
function crossesBanned(e: number, borders: number[]): boolean {
  if (index.eKind[e] !== EDGE_HOP) return false;
  const si = index.services[index.eRef[e]!]!;
  for (let k = index.eI[e]!; k < index.eJ[e]!; k++)
    if (borders.includes(si.legBorder[k]!)) return true;
  return false;
}

describe('hop memo', () => {
  it('gives what a fresh context gives, in any order and under any gateway bans', () => {
    const territories = (network.destinationCustoms ?? []).length;
    fc.assert(
      fc.property(
        fc.constantFrom(...SHIPMENTS),
        fc.integer({ min: -1, max: territories - 1 }),
        fc.array(
          fc.record({
            borders: fc.uniqueArray(fc.nat(index.borders.length - 1), { maxLength: 3 }),
            ports: fc.uniqueArray(fc.nat(index.terminals.length - 1), { maxLength: 3 }),
            // every edge, from a random one on
            from: fc.nat(index.edgeCount - 1),
            t: fc.integer({ min: 490_000, max: 500_000 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (shipment, territory, rounds) => {
          const kept = context(shipment, territory);
          const got = new Float64Array(OUT_SIZE);
          const want = new Float64Array(OUT_SIZE);
          for (const r of rounds) {
            // a fresh context with the same bans: nothing worked out before
            const fresh = context(shipment, territory);
            setBans(kept, r.borders, r.ports, 1);
            setBans(fresh, r.borders, r.ports, 1);
            const edges = Array.from(
              { length: index.edgeCount },
              (_, k) => (r.from + k) % index.edgeCount,
            );
            for (const e of edges) {
              got.fill(-7);
              want.fill(-7);
              const allowed = edgeStatic(kept, e, got);
              expect(allowed).toBe(edgeStatic(fresh, e, want));
              expect([...got]).toEqual([...want]);
              // a ride across a banned border is refused, however its cost was kept before
              if (crossesBanned(e, r.borders)) expect(allowed).toBe(false);
              got.fill(-7);
              want.fill(-7);
              expect(edgeAt(kept, e, r.t, got)).toBe(edgeAt(fresh, e, r.t, want));
              expect([...got]).toEqual([...want]);
            }
            setBans(kept, r.borders, r.ports, 0);
            // every hop read is kept, refused or not (a gateway ban is not kept)
            for (const e of edges)
              if (index.eKind[e] === EDGE_HOP) expect(kept.hopMemo.state[e]).not.toBe(0);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('prices a tariff pair only when a hop that rides it is costed', () => {
    const ctx = context(SHIPMENTS[0]!, -1);
    expect(ctx.pairUsd.every((x) => Number.isNaN(x))).toBe(true);
    const out = new Float64Array(OUT_SIZE);
    for (let e = 0; e < index.edgeCount; e++) edgeStatic(ctx, e, out);
    const priced = ctx.pairUsd.filter((x) => !Number.isNaN(x)).length;
    expect(priced).toBeGreaterThan(0);
    // each priced pair holds what pricing it again gives
    ctx.pairUsd.forEach((x, k) => {
      if (!Number.isNaN(x)) expect(ctx.pricePair(k)).toBe(x);
    });
  });
});
