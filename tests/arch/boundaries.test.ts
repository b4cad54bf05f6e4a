/** ARCHITECTURE.md §4: every file under src/ and web/ keeps to its module's allowed imports. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile, importsOf } from './import-rules.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('module boundaries', () => {
  it('no file under src/ or web/ imports across a forbidden boundary', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('web')];
    expect(files.length).toBeGreaterThan(20);
    const violations = files.flatMap((f) => checkFile(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(violations.map((v) => `${v.file}:${v.line} "${v.specifier}" ${v.rule}`)).toEqual([]);
  });
});

describe('the checker itself', () => {
  const rules = (path: string, text: string) => checkFile(path, text).map((v) => v.rule);

  it('catches routing importing node:fs or fastify, and network/load', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import Fastify from 'fastify';",
      "import { loadNetwork } from '../network/index.ts';",
      "import { heap } from '../lib/heap.ts';",
      "import type { Route } from '../model/index.ts';",
    ].join('\n');
    const found = checkFile('src/routing/search.ts', sample);
    expect(found.map((v) => [v.line, v.specifier])).toEqual([
      [1, 'node:fs'],
      [2, 'fastify'],
      [3, '../network/index.ts'],
    ]);
    expect(found[0]!.rule).toMatch(/^routing: must not import node:fs/);
  });

  it('catches a dynamic import, a re-export and a reach past a module door', () => {
    expect(rules('src/planner/x.ts', "const s = await import('../server/index.ts');")).toEqual([
      expect.stringMatching(/must not import server/),
    ]);
    expect(rules('src/costing/x.ts', "export { x } from '../network/index.ts';")).toEqual([
      expect.stringMatching(/must not import network/),
    ]);
    expect(rules('src/planner/x.ts', "import { search } from '../routing/search.ts';")).toEqual([
      expect.stringMatching(/go through src\/routing\/index\.ts/),
    ]);
  });

  it('lets web and network import contract types only, and node:fs only in network/load-network.ts', () => {
    expect(
      rules('web/app/x.ts', "import type { RouteResponse } from '../../src/contract/index.ts';"),
    ).toEqual([]);
    expect(
      rules('web/app/x.ts', "import { RouteResponse } from '../../src/contract/index.ts';"),
    ).toEqual([expect.stringMatching(/^web: must not import contract/)]);
    expect(
      rules(
        'src/network/x.ts',
        "import type { NetworkBorderProperties } from '../contract/index.ts';",
      ),
    ).toEqual([]);
    expect(
      rules('src/network/x.ts', "import { NetworkBorderProperties } from '../contract/index.ts';"),
    ).toEqual([expect.stringMatching(/^network: must not import contract/)]);
    expect(
      rules('src/network/load-network.ts', "import { readFile } from 'node:fs/promises';"),
    ).toEqual([]);
    expect(rules('src/network/graph.ts', "import { readFile } from 'node:fs/promises';")).toEqual([
      expect.stringMatching(/node:fs\/promises/),
    ]);
  });

  it('keeps everyone but scripts away from src/index.ts; the edges take file handling from src/files', () => {
    expect(rules('src/routing/x.ts', "import { openNetwork } from '../index.ts';")).toEqual([
      expect.stringMatching(/^routing: must not import root/),
    ]);
    // the library index loads every module (server-free, but simulation, experiments, queues)
    expect(rules('src/cli/commands/x.ts', "import { openNetwork } from '../../index.ts';")).toEqual(
      [expect.stringMatching(/^cli: must not import root/)],
    );
    expect(
      rules('src/cli/commands/x.ts', "import { openNetwork } from '../../files/index.ts';"),
    ).toEqual([]);
    expect(rules('src/planner/x.ts', "import { openNetwork } from '../files/index.ts';")).toEqual([
      expect.stringMatching(/^planner: must not import files/),
    ]);
    expect(rules('src/index.ts', "import { buildApp } from './server/index.ts';")).toEqual([
      expect.stringMatching(/^root: must not import server/),
    ]);
  });

  it('catches the core reading the environment, but not a comment about it', () => {
    expect(rules('src/planner/x.ts', 'const t = Number(process.env.BUDGET);')).toEqual([
      expect.stringMatching(/reads no environment/),
    ]);
    expect(rules('src/planner/x.ts', '// never read process.env here\nconst a = 1;')).toEqual([]);
  });

  it('reads every import form', () => {
    const refs = importsOf(
      'x.ts',
      "import a from 'a';\nimport type { B } from 'b';\nimport { type C } from 'c';\nexport * from 'd';\nconst e = require('e');\ntype F = import('f').F;",
    );
    expect(refs.map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
      ['d', false],
      ['e', false],
      ['f', true],
    ]);
  });
});
