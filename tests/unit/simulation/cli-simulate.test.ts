/** `corridor simulate` through runCli with a memory io, on a tiny network folder written for the test. */
import { mkdtemp, readFile, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { createMemoryIo } from '../../../src/cli/io.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corridor-sim-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('corridor simulate', () => {
  it('corridor simulate names the file, line and field of a bad scenario and exits 1', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'horizon: { start: "2024-01-01", days: 7 }\nseed: -1\ndemand:\n  flows: []\n');
    const io = createMemoryIo();
    const code = await runCli(['node', 'corridor', 'simulate', file, '--workers', '1', '--out', join(dir, 'out')], io);
    expect(code).toBe(1);
    expect(io.stderr).toMatch(/bad\.yaml:2 seed: /);
  });

  it('corridor simulate rejects a bad --replications with exit code 2', async () => {
    const io = createMemoryIo();
    const code = await runCli(['node', 'corridor', 'simulate', join(dir, 'x.yaml'), '--replications', 'zero'], io);
    expect(code).toBe(2);
    expect(io.stderr).toContain('--replications must be a positive integer');
  });
});
