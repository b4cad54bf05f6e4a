/**
 * `corridor calibrate --scenario <file> --observed <file>`: fits the scenario's logit constants (by
 * mode, by corridor) to the observed shares, prints the fit (observed, predicted, error per share,
 * iterations) and writes the fitted `choice:` block to --out (or prints it). Exits 1 when the fit
 * misses the file's stated tolerance or a file is invalid.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { loadScenario, networkDirFor, openNetwork, scenarioNetworkId } from "../../files/index.js";
import { CorridorError } from "../../model/index.js";
import { createPlanner } from "../../planner/index.js";
import { calibrate, parseObservedShares, plannerProvider, } from "../../simulation/index.js";
const pct = (x) => `${(x * 100).toFixed(2)} %`;
function fitTable(rows, start) {
    const lines = [
        'target                     share            observed   start      fitted     error (pp)',
    ];
    rows.forEach((f, i) => {
        lines.push([
            f.target.padEnd(26),
            `${f.by}:${f.key}`.padEnd(16),
            pct(f.observed).padStart(9),
            pct(start[i].predicted).padStart(9),
            pct(f.predicted).padStart(9),
            f.error_pp.toFixed(3).padStart(12),
        ].join('  '));
    });
    return lines.join('\n');
}
/** The fitted choice block as YAML, with where it came from. */
export function choiceBlockYaml(result, observedFile) {
    const { source: _source, assumption: _assumption, note: _note, ...choice } = result.choice;
    const block = {
        choice: {
            ...choice,
            assumption: `${(result.choice.assumption ?? 'logit scale and value of time as in the scenario').replace(/[.\s]+$/, '')}; constants fitted by corridor calibrate to ${observedFile} (max error ${result.max_error_pp.toFixed(3)} pp after ${result.iterations} iterations)`,
            ...(result.choice.source ? { source: result.choice.source } : {}),
        },
    };
    return stringify(block, { lineWidth: 100 });
}
export function registerCalibrate(program, io) {
    program
        .command('calibrate')
        .description("Fit the choice model's mode and corridor constants to observed shares; print the fit and the fitted choice block")
        .requiredOption('--scenario <file>', 'scenario YAML whose flows and choice model are fitted')
        .requiredOption('--observed <file>', 'observed shares YAML, e.g. networks/inner-mongolia/calibration/observed-shares-2024.yaml')
        .option('-o, --out <file>', 'write the fitted choice block (YAML) here instead of printing it')
        .option('--network <dir>', 'network folder (default: the one the scenario sits in, or the built-in one)')
        .option('--json', 'print the calibration result as JSON')
        .action(async (flags) => {
        const networkDir = flags.network ?? networkDirFor(flags.scenario, await scenarioNetworkId(flags.scenario));
        const network = await openNetwork(networkDir);
        const scenario = await loadScenario(flags.scenario, { network });
        const text = await readFile(flags.observed, 'utf8').catch(() => {
            throw new CorridorError('SCENARIO_INVALID', `cannot read observed-shares file ${flags.observed}`);
        });
        const { observed, issues } = parseObservedShares(basename(flags.observed), text, scenario, network);
        if (!observed)
            throw new CorridorError('SCENARIO_INVALID', `observed-shares file ${basename(flags.observed)} is invalid`, issues);
        const provider = plannerProvider(createPlanner(network), network, scenario);
        const result = calibrate({ network, scenario, provider, observed });
        const block = choiceBlockYaml(result, basename(flags.observed));
        if (flags.json)
            io.out(JSON.stringify(result, null, 2));
        else {
            io.out(`calibrate ${scenario.id} to ${basename(flags.observed)}`);
            io.out(fitTable(result.fit, result.start));
            io.out(`${result.iterations} iterations; largest error ${result.max_error_pp.toFixed(3)} pp against a tolerance of ${result.tolerance_pp} pp: ${result.within_tolerance ? 'within' : 'NOT within'}`);
        }
        if (flags.out) {
            await writeFile(flags.out, block);
            io.err(`wrote the fitted choice block to ${flags.out}`);
        }
        else if (!flags.json)
            io.out(block);
        if (!result.within_tolerance)
            io.fail(1);
    });
}
//# sourceMappingURL=calibrate.js.map