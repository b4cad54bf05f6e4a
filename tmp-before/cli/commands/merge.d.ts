/** `corridor merge <dirs…> --out DIR`: shards of one experiment or simulation → what one run writes. */
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerMerge(program: Command, io: CliIo): void;
//# sourceMappingURL=merge.d.ts.map