/** Structure rules of tests/arch/structure.ts applied to the tree, and checked on samples that break them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { domUseInViewModel, importCycles, nonReexports } from './structure.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the tree', () => {
  it('has no import cycle in src/ or web/', () => {
    const files = new Map(
      [...sourceFiles('src'), ...sourceFiles('web')].map((f) => [f, read(f)] as const),
    );
    expect(files.size).toBeGreaterThan(100);
    expect(importCycles(files)).toEqual([]);
  });

  it('keeps web/view-model/ free of DOM and d3 selection code', () => {
    const files = sourceFiles('web/view-model');
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((f) => domUseInViewModel(f, read(f)))).toEqual([]);
  });

  it('src/index.ts only re-exports', () => {
    expect(nonReexports('src/index.ts', read('src/index.ts'))).toEqual([]);
  });
});

describe('the rules themselves', () => {
  it('find a cycle of three files and a file importing itself, not a chain', () => {
    const files = new Map([
      ['src/a/x.ts', "import { y } from './y.ts';"],
      ['src/a/y.ts', "import { z } from '../b/z.ts';"],
      ['src/b/z.ts', "import type { X } from '../a/x.ts';"],
      ['src/c/self.ts', "export * from './self.ts';"],
      ['src/c/chain.ts', "import { z } from '../b/z.ts';"],
    ]);
    expect(importCycles(files)).toEqual([
      ['src/a/x.ts', 'src/a/y.ts', 'src/b/z.ts'],
      ['src/c/self.ts'],
    ]);
  });

  it('find DOM globals, d3 selection and DOM layers in view-model code, not scales or a field named window', () => {
    const sample = [
      "import { scaleLinear, select } from 'd3';",
      "import { zoom } from 'd3-zoom';",
      "import { drawMap } from '../map/map-view.ts';",
      'const w = document.body.clientWidth;',
      'const o = { window: 3 }; const p = o.window;',
    ].join('\n');
    expect(domUseInViewModel('web/view-model/x.ts', sample)).toEqual([
      'web/view-model/x.ts:2 imports d3-zoom',
      'web/view-model/x.ts:3 imports web/map/map-view.ts, DOM code',
      'web/view-model/x.ts:1 imports d3 select',
      'web/view-model/x.ts:4 uses document',
    ]);
    expect(domUseInViewModel('web/view-model/x.ts', "import { scaleLinear } from 'd3';")).toEqual(
      [],
    );
  });

  it('find code in the library face that is more than a re-export', () => {
    const text =
      "export * from './model/index.ts';\nexport { a } from './a.ts';\nexport function f() {}\nconst x = 1;";
    expect(nonReexports('src/index.ts', text)).toEqual([
      'src/index.ts:3 export function f() {}',
      'src/index.ts:4 const x = 1;',
    ]);
  });
});
