/**
 * Browser-test harness: the real API (buildApp on the built-in networks, serving dist/web) on a
 * loopback port, and Debian's Chromium driven by playwright-core with a fresh profile. It records
 * console errors and every request, so tests can assert that nothing leaves 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const WEB_ROOT = resolve('dist/web');
const NETWORKS_DIR = resolve('networks');
const SCREENSHOTS = resolve('tests/browser/__screenshots__');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Fails (never skips) with the fix when Chromium or the web bundle is missing. */
function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`,
    );
  }
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `The web bundle is missing (${WEB_ROOT}/index.html). Build it: npm run build:web (npm test does this first)`,
    );
  }
}

export interface Harness {
  app: FastifyInstance;
  origin: string;
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors */
  errors: string[];
  /** every URL the page requested */
  requests: string[];
  close(): Promise<void>;
}

export async function startHarness(viewport = { width: 1280, height: 800 }): Promise<Harness> {
  assertPrerequisites();
  mkdirSync(SCREENSHOTS, { recursive: true });
  let app: FastifyInstance;
  try {
    app = await buildApp({
      networksDir: NETWORKS_DIR,
      webRoot: WEB_ROOT,
      rateLimit: false,
      logger: false,
    });
  } catch (err) {
    // name every issue of an invalid network, not just the count
    const issues =
      (err as { issues?: { file?: string; line?: number; path?: string; message: string }[] })
        .issues ?? [];
    const lines = issues
      .slice(0, 10)
      .map((i) => `  ${i.file ?? ''}${i.line ? `:${i.line}` : ''} ${i.path ?? ''}: ${i.message}`);
    throw new Error(
      `the server cannot start on ${NETWORKS_DIR}: ${(err as Error).message}\n${lines.join('\n')}`,
      { cause: err },
    );
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const profile = mkdtempSync(join(tmpdir(), 'corridor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: 'en-GB',
  });
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  // anything not on our origin is refused, so a stray CDN link fails loudly instead of hanging
  await context.route(
    (url) => !url.href.startsWith(origin) && !url.protocol.startsWith('data'),
    (route) => route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return {
    app,
    origin,
    context,
    page,
    errors,
    requests,
    async close() {
      await context.close();
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Requests that went anywhere but the test server (data: URLs are in-page, not requests off the machine). */
export function foreignRequests(h: Harness): string[] {
  return h.requests.filter((u) => !u.startsWith(`${h.origin}/`) && !u.startsWith('data:'));
}
