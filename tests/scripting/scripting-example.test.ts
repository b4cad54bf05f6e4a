/** Runs the script of docs/scripting.md exactly as written there (with CORRIDOR_QUICK=1: 60 days, 2 replications). */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('docs/scripting.md', () => {
  it('the truck-subsidy sweep in docs/scripting.md runs and prints one row of mode shares per amount', async () => {
    const doc = await readFile(join(ROOT, 'docs', 'scripting.md'), 'utf8');
    const code = /```ts\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(code, 'a ```ts block in docs/scripting.md').toBeDefined();
    // inside the repository so that `import … from 'corridor-planner'` resolves to the package itself
    const file = join(ROOT, 'tests', 'scripting', '.sweep-from-docs.mts');
    await writeFile(file, code!);
    try {
      const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', file], {
        cwd: ROOT,
        env: { ...process.env, CORRIDOR_QUICK: '1' },
        timeout: 240_000,
      });
      const rows = stdout.split('\n').filter((l) => /^\d+\s/.test(l));
      expect(rows.map((r) => Number(r.split(/\s+/)[0]))).toEqual([0, 1000, 2000, 3000]);
      for (const row of rows) {
        const shares = [...row.matchAll(/(\d+\.\d)% ±/g)].map((m) => Number(m[1]));
        expect(shares).toHaveLength(3);
        expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100.1);
      }
      // no subsidy is paid at 0 USD, some at 3,000 USD a trip
      expect(Number(rows[0]!.trim().split(/\s+/).pop())).toBe(0);
      expect(Number(rows[3]!.trim().split(/\s+/).pop())).toBeGreaterThan(0);
      expect(stdout).toMatch(/road share, 3,000 vs 0 USD a trip: /);
    } finally {
      await rm(file, { force: true });
    }
  }, 300_000);
});
