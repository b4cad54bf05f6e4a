/**
 * `npm run bench`: runs every tests/bench/suites/*.ts (each exports `run(): Promise<string>`) in turn
 * and prints the tables they return. `npm run bench -- routing` runs only suites whose name matches.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const filters = process.argv.slice(2);
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

console.log(
  `bench: node ${process.version}, ${cpus().length} cpus, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
let failed = 0;
for (const file of suites) {
  const started = performance.now();
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  try {
    const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as {
      run?: () => Promise<string>;
    };
    if (typeof mod.run !== 'function') throw new Error('exports no run(): Promise<string>');
    console.log(await mod.run());
  } catch (error) {
    failed++;
    console.log(
      `suite ${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed > 0 ? 1 : 0;
