#!/usr/bin/env node
// Entry point of the `corridor` command: runs the CLI compiled to dist/ by `npm run build`, which
// `npm install` runs as its prepare step (docs/decisions.md D3a: no TypeScript loader at run time).
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
