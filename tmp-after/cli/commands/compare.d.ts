/** `corridor compare --from <place> --to <place> [options]`: the best route per corridor, one row each (cost, days, P90, CO2e). */
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerCompare(program: Command, io: CliIo): void;
//# sourceMappingURL=compare.d.ts.map