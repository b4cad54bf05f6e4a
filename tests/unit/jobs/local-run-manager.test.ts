/** The in-process run manager with a hand-driven executor: queueing, caps, idempotency, cancel, expiry. */
import { describe, expect, it } from 'vitest';
import { createLocalRunManager } from '../../../src/jobs/local-run-manager.ts';
import { RunRefusedError, type SubmitRequest } from '../../../src/jobs/run-manager.ts';
import type { ReplicationResult, Scenario } from '../../../src/simulation/index.ts';
import { KPI_NAMES, type Kpis } from '../../../src/simulation/result.ts';

const scenario = (id: string, replications: number) =>
  ({
    id,
    name: id,
    description: '',
    network: 'n',
    horizon: { start: '2024-01-01', days: 7 },
    seed: 1,
    replications,
  }) as unknown as Scenario;

const replication = (r: number): ReplicationResult => ({
  replication: r,
  seed: r,
  kpis: Object.fromEntries(KPI_NAMES.map((k) => [k, r])) as unknown as Kpis,
  mode_share: {},
  corridor_share: {},
  service_utilisation: {},
  border_queues: {},
  subsidy_usd_by_policy: {},
});

/** An executor whose replications finish when the test says so. */
function manualExecutor() {
  const started: { replication: number; signal: AbortSignal; finish: () => void }[] = [];
  return {
    started,
    execute: (_network: string, _s: Scenario, r: number, signal: AbortSignal) =>
      new Promise<ReplicationResult>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
        started.push({ replication: r, signal, finish: () => resolve(replication(r)) });
      }),
  };
}
const tick = () => new Promise((r) => setTimeout(r, 0));
const req = (id: string, reps: number, extra: Partial<SubmitRequest> = {}): SubmitRequest => ({
  network: 'n',
  scenario: scenario(id, reps),
  client: 'a',
  fingerprint: id,
  ...extra,
});

describe('local run manager', () => {
  it('hands the executors no more replications than it has slots; the rest wait, queued', async () => {
    const ex = manualExecutor();
    const m = createLocalRunManager({ execute: ex.execute, slots: 2 });
    const first = await m.submit(req('first', 3));
    const second = await m.submit(req('second', 2));
    expect(ex.started.length).toBe(2);
    expect((await m.get(first.run.id))!.status).toBe('running');
    expect((await m.get(second.run.id))!.status).toBe('queued');
    for (let i = 0; i < 5; i++) {
      ex.started[i]!.finish();
      await tick();
    }
    const done = (await m.get(first.run.id))!;
    expect(done.status).toBe('done');
    expect(done.progress).toEqual({ done: 3, total: 3 });
    expect(done.result!.kpis.shipments.mean).toBe(1);
    expect((await m.get(second.run.id))!.status).toBe('done');
    expect(ex.started.length).toBe(5);
  });

  it('refuses a run past the global or the per-client cap with a Retry-After, and admits it once room is made', async () => {
    const ex = manualExecutor();
    const m = createLocalRunManager({
      execute: ex.execute,
      slots: 1,
      limits: { maxActiveReplications: 10, maxActiveReplicationsPerClient: 6 },
    });
    await m.submit(req('a1', 5));
    const perClient = await m.submit(req('a2', 2)).catch((e: unknown) => e);
    expect(perClient).toBeInstanceOf(RunRefusedError);
    expect((perClient as RunRefusedError).reason).toBe('cap');
    expect((perClient as RunRefusedError).message).toMatch(/this client's cap of 6/);
    expect((perClient as RunRefusedError).retryAfterS).toBeGreaterThanOrEqual(1);
    await m.submit(req('b1', 5, { client: 'b' }));
    const global = await m.submit(req('c1', 1, { client: 'c' })).catch((e: unknown) => e);
    expect((global as RunRefusedError).message).toMatch(/server's cap of 10/);
    ex.started[0]!.finish();
    await tick();
    await expect(m.submit(req('c1', 1, { client: 'c' }))).resolves.toBeTruthy();
  });

  it('answers the same run for the same Idempotency-Key and body, and refuses the key with another body', async () => {
    const ex = manualExecutor();
    const m = createLocalRunManager({ execute: ex.execute, slots: 1 });
    const a = await m.submit(req('x', 2, { idempotencyKey: 'k1', fingerprint: 'body-1' }));
    const again = await m.submit(req('x', 2, { idempotencyKey: 'k1', fingerprint: 'body-1' }));
    expect(again.replayed).toBe(true);
    expect(again.run.id).toBe(a.run.id);
    expect((await m.list({ limit: 10, offset: 0 })).total).toBe(1);
    await expect(
      m.submit(req('x', 2, { idempotencyKey: 'k1', fingerprint: 'body-2' })),
    ).rejects.toMatchObject({ reason: 'idempotency-conflict' });
    // another client's key of the same name is its own
    const other = await m.submit(
      req('x', 2, { idempotencyKey: 'k1', fingerprint: 'body-1', client: 'b' }),
    );
    expect(other.run.id).not.toBe(a.run.id);
  });

  it('cancels a queued run (its replications never start) and a running one (its replication is aborted)', async () => {
    const ex = manualExecutor();
    const m = createLocalRunManager({ execute: ex.execute, slots: 1 });
    const running = await m.submit(req('running', 2));
    const queued = await m.submit(req('queued', 2));
    expect((await m.cancel(queued.run.id))!.status).toBe('cancelled');
    expect((await m.cancel(running.run.id))!.status).toBe('cancelled');
    expect(ex.started[0]!.signal.aborted).toBe(true);
    await tick();
    expect(ex.started.length).toBe(1);
    const after = (await m.get(running.run.id))!;
    expect(after.status).toBe('cancelled');
    expect(after.result).toBeUndefined();
    // cancelled replications free their slots and the caps
    await m.submit(req('next', 1));
    expect(ex.started.length).toBe(2);
  });

  it('forgets a finished run after its time, never one still queued or running', async () => {
    let clock = 0;
    const ex = manualExecutor();
    const m = createLocalRunManager({
      execute: ex.execute,
      slots: 1,
      limits: { finishedTtlMs: 1_000 },
      now: () => clock,
    });
    const a = await m.submit(req('a', 1));
    const b = await m.submit(req('b', 1));
    clock = 10_000;
    expect(await m.get(a.run.id)).toBeDefined();
    expect(await m.get(b.run.id)).toBeDefined();
    ex.started[0]!.finish();
    await tick();
    const finished = (await m.get(a.run.id))!;
    expect(finished.expires_at).toBe(new Date(11_000).toISOString());
    clock = 10_999;
    expect(await m.get(a.run.id)).toBeDefined();
    clock = 11_000;
    expect(await m.get(a.run.id)).toBeUndefined();
    expect((await m.get(b.run.id))!.status).toBe('running');
  });

  it('lists runs newest first, paged, filtered by status, without results', async () => {
    const ex = manualExecutor();
    const m = createLocalRunManager({ execute: ex.execute, slots: 1 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await m.submit(req(`s${i}`, 1))).run.id);
    ex.started[0]!.finish();
    await tick();
    const page = await m.list({ limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.runs.map((r) => r.id)).toEqual([ids[3], ids[2]]);
    const done = await m.list({ status: 'done', limit: 10, offset: 0 });
    expect(done.runs.map((r) => r.id)).toEqual([ids[0]]);
    expect(done.runs[0]!.result).toBeUndefined();
    expect((await m.list({ status: 'queued', limit: 10, offset: 0 })).total).toBe(3);
  });

  it('marks a run failed when a replication throws, and stops its other replications', async () => {
    const m = createLocalRunManager({
      slots: 2,
      execute: async (_n, _s, r) => {
        if (r === 1) throw new Error('flow ordos-moscow: no route');
        return replication(r);
      },
    });
    const run = await m.submit(req('bad', 4));
    await tick();
    await tick();
    const view = (await m.get(run.run.id))!;
    expect(view.status).toBe('failed');
    expect(view.error).toBe('flow ordos-moscow: no route');
  });
});
