#!/usr/bin/env node
// Entry point of the `corridor` command: runs the CLI compiled to dist/ by `npm run build`, which
// `npm install` runs as its prepare step (docs/decisions.md D3a: no TypeScript loader at run time).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildState } from './build-freshness.js';

// src/ changed since the last build (a pull, a checkout, an edit): build again first, so the answer
// comes from the code that is checked out, not from the last build (about 4 s, incremental)
const root = fileURLToPath(new URL('../', import.meta.url));
const state = buildState(root);
if (state !== 'fresh') {
  console.error(
    `corridor: ${state === 'stale' ? 'src/ changed since the last build' : 'dist/ has no build stamp'}; running npm run build first`,
  );
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    console.error('corridor: npm run build failed; fix the errors above or run it yourself');
    process.exit(2);
  }
}

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (
    error?.code !== 'ERR_MODULE_NOT_FOUND' ||
    !String(error.url ?? error.message).includes('dist/cli/main.js')
  )
    throw error;
  console.error(
    'corridor: the compiled CLI (dist/cli/main.js) is missing: run `npm run build` first',
  );
  process.exit(2);
}
process.exitCode = await cli.runCli(process.argv);
