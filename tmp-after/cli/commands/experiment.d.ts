import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerExperiment(program: Command, io: CliIo): void;
//# sourceMappingURL=experiment.d.ts.map