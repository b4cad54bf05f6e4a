import { type Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerMatrix(program: Command, io: CliIo): void;
//# sourceMappingURL=matrix.d.ts.map