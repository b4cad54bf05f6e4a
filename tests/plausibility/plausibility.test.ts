/**
 * Plausibility suite: rules a forwarder, a planner or a reviewer applies on sight, over every pair of
 * pairs.ts on the built-in network, for the cost and time objectives and compare().
 *
 * Violations that exist today are listed in known-violations.json (rule, pair, query, today's figure).
 * The test asserts both ways: every violation found is listed, AND every listed violation still
 * occurs. So a new implausible answer fails the suite, and a fix fails it too until its entries are
 * removed from the list: the list can only shrink (a ratchet, never a skip). On a failure the message
 * prints the entries to add or remove.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Network, type PlanResult, type Route } from '../../src/model/index.ts';
import type { Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { COMPARE_DESTINATIONS, DESTINATIONS, ORIGINS } from './pairs.ts';
import {
  backtrackingAlternatives,
  detourFromDirect,
  routeFindings,
  slowChainBeatsDirect,
  type Finding,
  type Rule,
} from './rules.ts';

type Query = 'cost' | 'time' | 'compare';
interface Violation {
  rule: Rule;
  pair: string;
  query: Query;
  figure: string;
}

const KNOWN_FILE = new URL('./known-violations.json', import.meta.url);
const key = (v: Pick<Violation, 'rule' | 'pair' | 'query'>) => `${v.rule} | ${v.pair} | ${v.query}`;

let network: Network;
let planner: Planner;
const found = new Map<string, Violation>();

function note(pair: string, query: Query, findings: readonly Finding[]): void {
  for (const f of findings) {
    const v: Violation = { rule: f.rule, pair, query, figure: f.figure };
    if (!found.has(key(v))) found.set(key(v), v);
  }
}

function ask(from: string, to: string, query: Query): PlanResult {
  const q = RouteQuery.parse({
    from,
    to,
    depart: '2026-12-01',
    shipment: { feu: 1 },
    objective: query === 'time' ? 'time' : 'cost',
  });
  return query === 'compare' ? planner.compare(q) : planner.plan(q);
}

beforeAll(async () => {
  ({ network, planner } = await loadBuiltIn());
  for (const from of ORIGINS)
    for (const to of DESTINATIONS) {
      const pair = `${from} > ${to}`;
      const queries: Query[] = COMPARE_DESTINATIONS.includes(to)
        ? ['cost', 'time', 'compare']
        : ['cost', 'time'];
      const answers: { query: Query; routes: Route[] }[] = [];
      for (const query of queries) {
        const answer = ask(from, to, query);
        if (answer.status !== 'ok' || answer.routes.length === 0)
          note(pair, query, [{ rule: 'no-route', figure: answer.reason ?? 'no reason given' }]);
        else answers.push({ query, routes: answer.routes });
      }
      const all = answers.flatMap((a) => a.routes);
      for (const { query, routes } of answers) {
        note(pair, query, backtrackingAlternatives(routes));
        for (const route of routes) {
          note(pair, query, routeFindings(route, network));
          note(pair, query, detourFromDirect(route, all));
        }
      }
      const costRoutes = answers.find((a) => a.query === 'cost')?.routes ?? [];
      const cheapest = costRoutes[0];
      if (cheapest) note(pair, 'cost', slowChainBeatsDirect(cheapest, all, costRoutes));
    }
}, 120_000);

describe('plausibility over the built-in network', () => {
  it('asks enough pairs to mean something', () => {
    expect(ORIGINS.length * DESTINATIONS.length).toBeGreaterThanOrEqual(100);
  });

  it('finds no violation beyond known-violations.json, and every listed one still occurs', () => {
    const known = (
      JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as {
        violations: Violation[];
      }
    ).violations;
    const knownKeys = new Set(known.map(key));
    const added = [...found.values()].filter((v) => !knownKeys.has(key(v)));
    const fixed = known.filter((v) => !found.has(key(v)));
    const show = (vs: readonly Violation[]) => vs.map((v) => JSON.stringify(v)).join(',\n');
    expect(
      added,
      `new violations (fix the model; list them in known-violations.json only with a reason):\n${show(added)}`,
    ).toEqual([]);
    expect(
      fixed,
      `fixed: remove these from known-violations.json (the list only shrinks):\n${show(fixed)}`,
    ).toEqual([]);
  });
});
