// Part of `npm run build`, after tsc: replaces the compiled worker-thread entries in dist/ by one
// bundled file each (esbuild, from src/), so a thread loads one file instead of resolving, reading
// and compiling about 250 modules (the compiled tree and zod, yaml, graphology) at every start.
// Each bundle sits where tsc put the entry, so piscina and lib/worker-file.ts find it unchanged, and
// the paths the bundled modules compute from import.meta.url (all two folders below the package
// root, as the entries are) stay true. docs/decisions.md D13.
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

/** packages left out of the bundles, each with its reason (none: the workers read their workerData from node:worker_threads) */
const EXTERNAL = [];

const result = await build({
  entryPoints: {
    'simulation/worker': 'src/simulation/worker.ts',
    'server/plan-worker': 'src/server/plan-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: EXTERNAL,
  // the CommonJS packages bundled in (graphology) require Node built-ins
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});

// a bundle that still imports a package from node_modules would load it module by module again
const builtins = new Set(builtinModules);
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  for (const { path, external } of output.imports) {
    const name = path.replace(/^node:/, '');
    if (external && !builtins.has(name) && !EXTERNAL.includes(path))
      throw new Error(`${file} imports ${path}; bundle it or add it to EXTERNAL with the reason`);
  }
}
