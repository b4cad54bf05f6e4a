/**
 * `npx tsx scripts/count-figures.ts [folder]`: prints how many figures of a network folder are
 * sourced, sourced with an assumption, and assumptions (default: networks/inner-mongolia).
 * tests/data/service-model.test.ts checks the network README states the same counts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countFigures } from '../src/network/index.ts';

const folder = process.argv[2] ?? 'networks/inner-mongolia';
const names = (await readdir(folder)).filter((n) => /\.(ya?ml|json)$/i.test(n));
const files = await Promise.all(
  names.map(async (name) => ({ name, text: await readFile(join(folder, name), 'utf8') })),
);
const c = countFigures(files);
const pct = (x: number) => `${((100 * x) / c.total).toFixed(1)} %`;
process.stdout.write(
  `${folder}: ${c.total} figures; sourced ${c.sourced} (${pct(c.sourced)}), sourced with an assumption ${c.sourcedWithAssumption} (${pct(c.sourcedWithAssumption)}), assumptions ${c.assumptions} (${pct(c.assumptions)})\n`,
);
