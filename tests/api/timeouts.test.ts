/**
 * Connection timeouts over a real socket: a body that stalls after 8 of its 100 bytes and headers
 * that never finish are answered 408 with a problem body within 10 s, and the connection closed.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../src/contract/index.ts';
import { buildFixtureApp } from './helpers.ts';

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildFixtureApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(() => app.close());

/** Writes `data` and waits for the server to answer and close; resolves the answer and its delay. */
function sendStalled(data: string): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(data));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('close', () => resolve({ text, ms: Date.now() - t0 }));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 15 s; got so far: ${JSON.stringify(text)}`));
    }, 15_000);
  });
}

function problemOf(text: string): Problem {
  const [head, body] = text.split('\r\n\r\n');
  expect(head).toMatch(/content-type: application\/problem\+json/i);
  return Problem.parse(JSON.parse(body ?? ''));
}

describe('connection timeouts', () => {
  it.concurrent(
    'answers a body stalled at 8 of 100 bytes with 408 REQUEST_TIMEOUT within 10 s',
    async () => {
      const { text, ms } = await sendStalled(
        'POST /api/v1/routes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          'Content-Length: 100\r\n\r\n{"from":',
      );
      expect(text).toMatch(/^HTTP\/1\.1 408 /);
      expect(problemOf(text)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
      expect(ms).toBeLessThan(10_000);
    },
  );

  it.concurrent('answers headers that never finish with 408 within 10 s', async () => {
    const { text, ms } = await sendStalled('GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1');
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(problemOf(text).code).toBe('REQUEST_TIMEOUT');
    expect(ms).toBeLessThan(10_000);
  });

  it('keeps idle keep-alive connections open past the request timeout', () => {
    expect(app.server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(app.server.requestTimeout).toBeLessThanOrEqual(10_000);
    expect(app.server.headersTimeout).toBeLessThanOrEqual(app.server.requestTimeout);
  });
});
