/**
 * What a planner reads when the API answers with a problem or the connection drops: a sentence naming
 * the form field by its label, "did you mean" places as choices, never a field path or a JS error;
 * and the client tries a dropped connection or a 503 again, after the server's Retry-After.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson, retryAfterMs, retryDelayMs } from '../../../web/api/client.ts';
import { fieldLabelKey, hintIds, problemView } from '../../../web/view-model/problem-text.ts';

const DEVELOPER =
  /\bbody\.|\bshipment\.|\bconstraints\.|TypeError|Failed to fetch|\b4\d\d\b|\b5\d\d\b/;

describe('problemView(lang, problem)', () => {
  const notFound = {
    title: 'Place not found',
    status: 422,
    code: 'PLACE_NOT_FOUND' as const,
    detail: 'to: no terminal matches "Tokio"',
    issues: [
      {
        path: 'body.to',
        message: 'no terminal matches "Tokio"',
        hint: 'did you mean "tokyo-haneda", "tokyo-yokohama-port"?',
      },
    ],
  };

  it('names the field by its label and offers the suggestions as choices', () => {
    const namer = {
      terminal: (id: string) => `[${id}]`,
      border: (id: string) => id,
      service: (id: string) => id,
    };
    const en = problemView('en', notFound, namer);
    expect(en.title).toBe('A place was not found');
    expect(en.lines).toEqual(['Destination: no place matches “Tokio”.']);
    expect(en.choices).toEqual([
      { field: 'to', id: 'tokyo-haneda', name: '[tokyo-haneda]' },
      { field: 'to', id: 'tokyo-yokohama-port', name: '[tokyo-yokohama-port]' },
    ]);
    const zh = problemView('zh', notFound, namer);
    expect(zh.lines[0]).toBe('终点：找不到“Tokio”。');
    for (const v of [en, zh]) expect([v.title, ...v.lines].join(' ')).not.toMatch(DEVELOPER);
  });

  it('words a dropped connection, a busy server and a server error without codes or JS errors', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const p of [
        { title: 'TypeError: Failed to fetch', status: 0 },
        { title: 'Service Unavailable', status: 503, code: 'BUSY' as const, detail: 'x' },
        {
          title: 'Internal',
          status: 500,
          code: 'INTERNAL' as const,
          detail: 'planner answer does not match',
        },
      ]) {
        const v = problemView(lang, p);
        expect(v.lines.length).toBeGreaterThan(0);
        expect([v.title, ...v.lines].join(' ')).not.toMatch(DEVELOPER);
      }
    }
  });

  it('maps body paths to form labels and reads ids out of hints', () => {
    expect(fieldLabelKey('body.shipment.teu')).toBe('query.quantity');
    expect(fieldLabelKey('body.constraints.avoid_countries[0]')).toBe('query.avoid');
    expect(fieldLabelKey('body.from')).toBe('query.from');
    expect(hintIds('did you mean "baotou-rail"?')).toEqual(['baotou-rail']);
    expect(hintIds(undefined)).toEqual([]);
  });
});

describe('retrying', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads Retry-After as seconds or a date and caps the wait', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
    const p = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3].map((a) => retryDelayMs(p, a))).toEqual([100, 200, 400]);
    expect(retryDelayMs(p, 1, 120_000)).toBe(1000);
  });

  it('tries a dropped connection and a 503 again, after Retry-After, and then answers', async () => {
    const calls: number[] = [];
    const answers = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () =>
        Promise.resolve(
          new Response('{"title":"busy","status":503}', {
            status: 503,
            headers: { 'retry-after': '0' },
          }),
        ),
      () => Promise.resolve(new Response('{"ok":true}', { status: 200 })),
    ];
    vi.stubGlobal('fetch', () => {
      calls.push(Date.now());
      return answers[calls.length - 1]!();
    });
    const waits: number[] = [];
    const body = await getJson<{ ok: boolean }>('/x', undefined, {
      retries: 3,
      baseDelayMs: 5,
      maxDelayMs: 50,
      onRetry: (_a, ms) => waits.push(ms),
    });
    expect(body).toEqual({ ok: true });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([5, 0]);
  });

  it('does not try a 4xx again, and gives up after the last retry with status 0 for no connection', async () => {
    let n = 0;
    vi.stubGlobal('fetch', () => {
      n++;
      return Promise.resolve(new Response('{"title":"bad","status":422}', { status: 422 }));
    });
    await expect(
      getJson('/x', undefined, { retries: 3, baseDelayMs: 1, maxDelayMs: 1 }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(n).toBe(1);
    n = 0;
    vi.stubGlobal('fetch', () => {
      n++;
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    const err = await getJson('/x', undefined, { retries: 2, baseDelayMs: 1, maxDelayMs: 1 }).catch(
      (e: unknown) => e,
    );
    expect((err as ApiError).problem.status).toBe(0);
    expect(n).toBe(3);
  });
});
