import { defineConfig } from 'vitest/config';

/**
 * Test tiers, one vitest project each (`npm run test:<tier>`; `npm test` runs them all):
 * - api: the HTTP API through inject, and the server as a process (needs `npm run build`);
 * - browser: headless Chromium against the built web view (needs `npm run build:web`);
 * - slow: simulation runs, worker pools, experiments, the Redis queue (worker processes from dist/)
 *   and the scripting example (the library from dist/);
 * - fast: everything else (unit, features, property, arch, data, golden), for the edit–test loop:
 *   no build, under a minute. A new test file lands in fast unless a pattern below claims it.
 */
const API = ['tests/api/**/*.test.ts'];
const BROWSER = ['tests/browser/**/*.test.ts'];
const SLOW = [
  'tests/unit/simulation/**/*.test.ts',
  'tests/scripting/**/*.test.ts',
  // experiments on the built-in network, and worker processes on a real redis-server
  'tests/unit/experiment/run-experiment.test.ts',
  'tests/queue/**/*.test.ts',
  // P50/P90 draws against a 40,000-draw reference on the built-in network's routes
  'tests/unit/itinerary/draw-accuracy.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: [...API, ...BROWSER, ...SLOW],
          // one module graph per worker instead of one per file: every file imported src/ and parsed
          // the built-in network afresh (84 s here; 17 s shared). These tests hold no process-wide
          // state between files; a file that sets an env variable restores it (docs/decisions.md).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'api', include: API } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
