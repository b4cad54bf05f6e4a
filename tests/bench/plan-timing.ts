/**
 * Timing script for whole planner calls on the built-in network: plan (3 alternatives, built routes,
 * P50/P90) and compare for a dozen origin-destination pairs. `npx tsx tests/bench/plan-timing.ts`
 * (add --profile-only to skip the summary, e.g. under node --cpu-prof).
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RouteQuery } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner } from '../../src/planner/index.ts';

const PAIRS: [string, string, Record<string, unknown>][] = [
  ['baotou', 'duisburg', { feu: 2 }],
  ['baotou', 'duisburg', { feu: 2, value_usd: 300_000 }],
  ['chifeng', 'moscow', { teu: 1 }],
  ['ordos', 'ningbo', { teu: 2 }],
  ['hohhot', 'hamburg', { feu: 1 }],
  ['baotou', 'ulaanbaatar', { teu: 1 }],
  ['erenhot', 'warsaw', { feu: 1 }],
  ['ulanqab', 'malaszewicze', { teu: 4 }],
  ['hohhot', 'frankfurt', { kg: 800 }],
  ['baotou', 'tianjin', { teu: 1 }],
  ['manzhouli', 'moscow', { feu: 1 }],
  ['chifeng', 'duisburg', { kg: 5000 }],
];

const dir = fileURLToPath(new URL('../../networks/inner-mongolia/', import.meta.url));
const { network } = await loadNetwork(dir);
if (!network) throw new Error('built-in network does not validate');
const planner = createPlanner(network);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times: Record<string, number[]> = { plan: [], 'plan pareto': [], compare: [] };
const reps = Number(process.env.REPS ?? 3);
let failed = 0;
for (let r = 0; r < reps; r++) {
  for (const [from, to, shipment] of PAIRS) {
    for (const [what, objective] of [
      ['plan', 'generalized'],
      ['plan pareto', 'pareto'],
      ['compare', 'generalized'],
    ] as const) {
      let q: RouteQuery;
      try {
        q = RouteQuery.parse({ from, to, shipment, depart: '2026-12-01', objective });
      } catch {
        failed++;
        continue;
      }
      const t0 = performance.now();
      try {
        if (what === 'compare') planner.compare(q);
        else planner.plan(q);
      } catch {
        failed++;
      }
      if (r > 0 || reps === 1) times[what]!.push(performance.now() - t0);
    }
  }
}
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(
      ' ',
    )}; ${PAIRS.length} pairs × ${reps} reps (first rep is warm-up); ${failed} failed calls`,
);
for (const [k, v] of Object.entries(times)) {
  const sum = v.reduce((a, b) => a + b, 0);
  console.log(
    `  ${k.padEnd(12)} median ${median(v).toFixed(2)} ms   max ${Math.max(...v).toFixed(2)} ms   total ${sum.toFixed(0)} ms`,
  );
}
