import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
/** A progress bar on `stream` when it is a terminal; none otherwise (pipes and files get no control codes). */
export declare function progressBar(stream: NodeJS.WriteStream, label: string): cliProgress.SingleBar | undefined;
export declare function registerSimulate(program: Command, io: CliIo): void;
//# sourceMappingURL=simulate.d.ts.map