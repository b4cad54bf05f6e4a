/** `corridor compare --from <place> --to <place> [options]`: the best route per corridor, one row each (cost, days, P90, CO2e). */
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import { registerQueryCommand } from './route.ts';

export function registerCompare(program: Command, io: CliIo): void {
  registerQueryCommand(
    program,
    io,
    'compare',
    'compare corridors: the best route through each set of gateways',
  );
}
