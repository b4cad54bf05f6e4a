/**
 * `corridor validate [network-dir]`: checks a network folder and prints every issue, errors first.
 * Exit 1 when there is an error; 0 otherwise (warnings are printed). Also holds the default network
 * folder and the load-or-report step the other network commands share.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatIssue, type Issue, type Network } from '../../model/index.ts';
import { loadNetwork } from '../../network/index.ts';
import type { CliIo } from '../io.ts';

/** networks/inner-mongolia of this repository, found from this file so `npx corridor` works from any folder. */
export const DEFAULT_NETWORK_DIR = fileURLToPath(
  new URL('../../../networks/inner-mongolia/', import.meta.url),
);

export const shownDir = (dir: string): string => relative(process.cwd(), dir) || '.';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Prints issues one per line, severity first. */
function printIssues(io: CliIo, issues: readonly Issue[]): void {
  for (const issue of issues)
    io.out(`${issue.severity === 'error' ? 'error  ' : 'warning'} ${formatIssue(issue)}`);
}

/** Loads a network; on errors prints them with a summary, sets exit code 1 and returns undefined. */
export async function loadOrReport(
  dirArg: string | undefined,
  io: CliIo,
): Promise<Network | undefined> {
  const dir = resolve(dirArg ?? DEFAULT_NETWORK_DIR);
  const { network, issues } = await loadNetwork(dir);
  if (network) return network;
  io.err(
    `corridor: the network in ${shownDir(dir)} is invalid (run \`corridor validate ${shownDir(dir)}\` for every issue)`,
  );
  for (const issue of issues.filter((i) => i.severity === 'error'))
    io.err(`  ${formatIssue(issue)}`);
  io.fail(1);
  return undefined;
}

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description(
      'check a network folder: shape, references, provenance of every figure, plausibility',
    )
    .argument('[network-dir]', 'network folder (default: networks/inner-mongolia)')
    .option('--json', 'print { valid, errors, warnings, issues } as JSON (for CI and editors)')
    .action(async (dirArg: string | undefined, opts: { json?: boolean }) => {
      const dir = resolve(dirArg ?? DEFAULT_NETWORK_DIR);
      const { network, issues } = await loadNetwork(dir);
      const errors = issues.filter((i) => i.severity === 'error').length;
      if (opts.json) {
        io.out(
          JSON.stringify(
            {
              dir: shownDir(dir),
              valid: network !== undefined,
              errors,
              warnings: issues.length - errors,
              issues,
            },
            null,
            2,
          ),
        );
        if (!network) io.fail(1);
        return;
      }
      printIssues(io, issues);
      const warnings = issues.length - errors;
      if (network) {
        const returns = [...network.services.keys()].filter((id) => id.endsWith('-return')).length;
        io.out(
          `${shownDir(dir)}: valid (${network.manifest.id}: ${count(network.terminals.size, 'terminal')}, ` +
            `${count(network.services.size, 'service')} incl. ${returns} return, ${count(network.borders.size, 'border crossing')}), ${count(warnings, 'warning')}`,
        );
      } else {
        io.out(
          `${shownDir(dir)}: invalid, ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
        );
        io.fail(1);
      }
    });
}
