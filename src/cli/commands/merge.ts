/** `corridor merge <dirs…> --out DIR`: shards of one experiment or simulation → what one run writes. */
import type { Command } from 'commander';
import { mergeRuns } from '../../experiment/index.ts';
import type { CliIo } from '../io.ts';

export function registerMerge(program: Command, io: CliIo): void {
  program
    .command('merge')
    .description(
      'Merge the folders of `corridor experiment|simulate --shard K/N` into what one run writes',
    )
    .argument('<dirs...>', 'shard output folders')
    .requiredOption('-o, --out <dir>', 'folder for the merged results')
    .action(async (dirs: string[], flags: { out: string }) => {
      const report = await mergeRuns(dirs, flags.out);
      io.out(
        `merged ${report.replications} replications of ${report.kind} "${report.id}" from ${dirs.length} folders into ${flags.out}`,
      );
    });
}
