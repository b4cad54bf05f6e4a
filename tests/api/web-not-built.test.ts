/**
 * The web view before and after `npm run build:web`: while the bundle is missing, / answers the page
 * saying how to build it (HTML, 200); once it is built, a reload serves it from the same server, as
 * that page promises, and its assets are served too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureApp } from './helpers.ts';

let app: FastifyInstance;
let parent: string;
let webRoot: string;
beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'corridor-web-later-'));
  // the folder itself does not exist yet, as dist/web on a fresh clone
  webRoot = join(parent, 'web');
  app = await buildFixtureApp({ webRoot });
});
afterAll(async () => {
  await app.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('web view built while the server runs', () => {
  it('answers the build instructions until the bundle exists, then serves it on reload', async () => {
    const before = await app.inject({ method: 'GET', url: '/?from=Baotou&to=Duisburg' });
    expect(before.statusCode).toBe(200);
    expect(before.headers['content-type']).toMatch(/^text\/html/);
    expect(before.body).toContain('The web view is not built');
    expect(before.body).toContain('npm run build:web');

    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>corridor view</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');

    const after = await app.inject({ method: 'GET', url: '/?from=Baotou&to=Duisburg' });
    expect(after.statusCode).toBe(200);
    expect(after.headers['content-type']).toMatch(/^text\/html/);
    expect(after.body).toContain('corridor view');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('export {};');
  });

  it('answers 404 with a problem body for a file the bundle does not have', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/nothing-here.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
