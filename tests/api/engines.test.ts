/**
 * Clean install: every package in the lockfile accepts the oldest Node that package.json promises,
 * so `npm ci` on Node 20.19 prints no EBADENGINE warning (two transitive packages that declare
 * node >= 22 are overridden to earlier releases with the same API; see package.json "overrides").
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

describe('engines', () => {
  it('every locked package accepts the oldest Node of package.json engines', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const oldest = semver.minVersion(pkg.engines.node);
    expect(oldest?.version).toBe('20.19.0');
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (path === '' || range === undefined) continue;
      if (!semver.satisfies(oldest!, range))
        refused.push(`${path}@${entry.version}: node ${range}`);
    }
    expect(refused).toEqual([]);
  });
});
