/**
 * `corridor matrix --origins a,b --destinations c,d [query options]`: the lane matrix of
 * POST /api/v1/matrix from the command line, planned in-process with the same code
 * (src/matrix/matrix-task.ts), written as CSV to stdout or --out. Places come from the flags or
 * from list files (one place per line, or the first CSV column).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Option } from 'commander';
import { MATRIX_MAX_SIDE } from "../../contract/index.js";
import { Objective } from "../../model/index.js";
import { createPlanner } from "../../planner/index.js";
import { matrixToCsv, placesFromListFile, runMatrixTask, } from "../../matrix/index.js";
import { addShipmentOptions, queryFromOptions, reportUnknownConstraintIds, } from "./route.js";
import { loadOrReport } from "../network-folder.js";
function places(list, file, flag, io) {
    const out = [];
    if (list)
        out.push(...list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean));
    if (file) {
        try {
            out.push(...placesFromListFile(readFileSync(file, 'utf8')));
        }
        catch (error) {
            io.err(`corridor: ${flag}-file: cannot read ${file}: ${error.message}`);
            io.fail(2);
            return undefined;
        }
    }
    if (out.length === 0 || out.length > MATRIX_MAX_SIDE) {
        io.err(`corridor: ${flag}: give 1 to ${MATRIX_MAX_SIDE} places (got ${out.length}), comma-separated or with ${flag}-file`);
        io.fail(2);
        return undefined;
    }
    return out;
}
export function registerMatrix(program, io) {
    const command = program
        .command('matrix')
        .description('lane matrix: the best route for every origin × destination, as CSV')
        .option('--origins <places>', 'origins, comma-separated')
        .option('--destinations <places>', 'destinations, comma-separated')
        .option('--origins-file <file>', 'origins, one per line (or the first CSV column)')
        .option('--destinations-file <file>', 'destinations, one per line (or the first CSV column)')
        .option('--depart <iso>', 'departure: YYYY-MM-DD or ISO date-time with offset; default now')
        .addOption(new Option('--objective <objective>', 'what "best" means for each pair')
        .choices(Objective.options.filter((o) => o !== 'pareto'))
        .default('generalized'));
    addShipmentOptions(command)
        .option('--carbon-price <usd-per-t>', 'carbon price for the generalized cost')
        .option('--value-of-time <usd-per-h>', 'value of time for the generalized cost')
        .option('--time-budget-ms <n>', 'most time one pair may search', '5000')
        .option('--network <dir>', 'network folder (default: networks/inner-mongolia)')
        .option('--out <file>', 'write the CSV here instead of stdout')
        .action(async (o) => {
        const origins = places(o.origins, o.originsFile, '--origins', io);
        if (!origins)
            return;
        const destinations = places(o.destinations, o.destinationsFile, '--destinations', io);
        if (!destinations)
            return;
        const budget = Number(o.timeBudgetMs);
        if (!Number.isInteger(budget) || budget < 1) {
            io.err(`corridor: --time-budget-ms: "${o.timeBudgetMs}" is not a positive integer`);
            io.fail(2);
            return;
        }
        // the shared query, validated as `route` validates it; from and to are set per pair
        const base = queryFromOptions({ ...o, from: '-', to: '-', alternatives: '1' }, io);
        if (!base)
            return;
        const network = await loadOrReport(o.network, io);
        if (!network)
            return;
        if (!reportUnknownConstraintIds(network, base, io))
            return;
        const pairs = [];
        origins.forEach((from, oi) => destinations.forEach((to, di) => pairs.push({ origin: oi, destination: di, from, to })));
        const cells = runMatrixTask(createPlanner(network), {
            network: network.manifest.id,
            base,
            pairs,
            now_ms: Date.now(),
            deadline_ms: Number.POSITIVE_INFINITY,
            pairBudgetMs: budget,
            maxLabels: 200_000,
        });
        const csv = matrixToCsv(origins, destinations, cells);
        if (o.out)
            writeFileSync(o.out, csv);
        else
            io.out(csv.trimEnd());
        const failed = cells.filter((c) => c.status !== 'ok').length;
        io.err(`corridor: ${cells.length} pairs, ${cells.length - failed} with a route${failed ? `, ${failed} without (see status and reason)` : ''}${o.out ? `; written to ${o.out}` : ''}`);
        if (failed === cells.length)
            io.fail(1);
    });
}
//# sourceMappingURL=matrix.js.map