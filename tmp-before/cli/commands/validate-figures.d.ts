import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerValidateFigures(program: Command, io: CliIo): void;
//# sourceMappingURL=validate-figures.d.ts.map