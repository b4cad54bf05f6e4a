/**
 * Helpers of the API tests: a networks root holding the mini-corridor fixture (and the built-in
 * network when asked), and an app built on it with inject-friendly defaults.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Problem } from '../../src/contract/index.ts';
import {
  buildApp,
  loadNetworkRegistry,
  type BuildAppOptions,
  type NetworkRegistry,
} from '../../src/server/index.ts';

export const FIXTURE_NETWORK = 'mini-corridor';
export const FIXTURE_DIR = resolve('tests/fixtures/mini-corridor');
export const BUILTIN_DIR = resolve('networks/inner-mongolia');

/** A fresh folder with symlinks to the given network folders, as a networks root. */
export function makeNetworksRoot(dirs: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'corridor-api-'));
  for (const [name, dir] of Object.entries(dirs)) symlinkSync(dir, join(root, name), 'dir');
  return root;
}

let fixtureRegistry: Promise<NetworkRegistry> | undefined;
/** The fixture's registry, loaded once per test file. */
export function fixtureRegistryOnce(): Promise<NetworkRegistry> {
  fixtureRegistry ??= loadNetworkRegistry(makeNetworksRoot({ [FIXTURE_NETWORK]: FIXTURE_DIR }));
  return fixtureRegistry;
}

/** An app on the fixture network, rate limit off unless given. */
export async function buildFixtureApp(
  overrides: Partial<BuildAppOptions> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    networksDir: '(unused: registry given)',
    registry: await fixtureRegistryOnce(),
    rateLimit: false,
    ...overrides,
  });
  await app.ready();
  return app;
}

/** Asserts a response is an RFC 9457 problem with the status and code, and returns it. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string): Problem {
  if (res.statusCode !== status)
    throw new Error(`expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json'))
    throw new Error(`expected a problem content type, got "${type}"`);
  const problem = Problem.parse(res.json());
  if (problem.code !== code)
    throw new Error(`expected code ${code}, got ${problem.code}: ${res.body}`);
  if (problem.status !== status)
    throw new Error(`problem.status ${problem.status} differs from HTTP ${status}`);
  return problem;
}

/** A valid route body on the fixture: one TEU from Baotou to Ulaanbaatar. */
export function fixtureRouteBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    network: FIXTURE_NETWORK,
    from: 'baotou-rail',
    to: 'ulaanbaatar-hub',
    depart: '2025-03-03',
    shipment: { teu: 1 },
    ...extra,
  };
}
