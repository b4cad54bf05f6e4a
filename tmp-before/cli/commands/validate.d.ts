import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerValidate(program: Command, io: CliIo): void;
//# sourceMappingURL=validate.d.ts.map