/** `corridor compare --from <place> --to <place> [options]`: the best route per corridor, one row each (cost, days, P90, CO2e). */
import type { Command } from 'commander';
import { createPlanner } from '../../planner/index.ts';
import type { CliIo } from '../io.ts';
import { addQueryOptions, printResult, queryFromOptions, type QueryOptions } from './route.ts';
import { loadOrReport } from './validate.ts';

export function registerCompare(program: Command, io: CliIo): void {
  addQueryOptions(program.command('compare').description('compare corridors: the best route through each set of gateways')).action(
    async (o: QueryOptions) => {
      const q = queryFromOptions(o, io);
      if (!q) return;
      const network = await loadOrReport(o.network, io);
      if (!network) return;
      const result = createPlanner(network).compare(q, { now: new Date() });
      if (o.json) {
        io.out(JSON.stringify(result, null, 2));
        if (result.status === 'no_route') io.fail(1);
        return;
      }
      printResult(result, q, io, false);
    },
  );
}
