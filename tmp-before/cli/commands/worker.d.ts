import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerWorker(program: Command, io: CliIo): void;
//# sourceMappingURL=worker.d.ts.map