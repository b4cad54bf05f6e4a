import { type Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerExport(program: Command, io: CliIo): void;
//# sourceMappingURL=export.d.ts.map