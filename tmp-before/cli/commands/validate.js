/**
 * `corridor validate [path]`: checks a network folder, or a scenario file (YAML) against its network,
 * and prints every issue, errors first. Exit 1 when there is an error; 0 otherwise (warnings are
 * printed).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario, networkDirFor, openNetwork, scenarioNetworkId } from "../../files/index.js";
import { CorridorError, filedServiceId, formatIssue } from "../../model/index.js";
import { loadNetwork } from "../../network/index.js";
import { DEFAULT_NETWORK_DIR, shownDir } from "../network-folder.js";
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Prints issues one per line, severity first. */
function printIssues(io, issues) {
    for (const issue of issues)
        io.out(`${issue.severity === 'error' ? 'error  ' : 'warning'} ${formatIssue(issue)}`);
}
export function registerValidate(program, io) {
    program
        .command('validate')
        .description('check a network folder: shape, references, provenance of every figure, plausibility')
        .argument('[path]', 'network folder (default: networks/inner-mongolia), or a scenario file (.yaml) to check against its network')
        .option('--json', 'print { valid, errors, warnings, issues } as JSON (for CI and editors)')
        .option('--network <dir>', 'for a scenario file: the network folder to check it against')
        .action(async (dirArg, opts) => {
        if (dirArg !== undefined && isFile(dirArg)) {
            await validateScenario(dirArg, opts, io);
            return;
        }
        const dir = resolve(dirArg ?? DEFAULT_NETWORK_DIR);
        const { network, issues } = await loadNetwork(dir);
        const errors = issues.filter((i) => i.severity === 'error').length;
        if (opts.json) {
            io.out(JSON.stringify({
                dir: shownDir(dir),
                valid: network !== undefined,
                errors,
                warnings: issues.length - errors,
                issues,
            }, null, 2));
            if (!network)
                io.fail(1);
            return;
        }
        printIssues(io, issues);
        const warnings = issues.length - errors;
        if (network) {
            const returns = [...network.services.keys()].filter((id) => filedServiceId(id) !== id).length;
            io.out(`${shownDir(dir)}: valid (${network.manifest.id}: ${count(network.terminals.size, 'terminal')}, ` +
                `${count(network.services.size, 'service')} incl. ${returns} return, ${count(network.borders.size, 'border crossing')}), ${count(warnings, 'warning')}`);
        }
        else {
            io.out(`${shownDir(dir)}: invalid, ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
            io.fail(1);
        }
    });
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
/** Checks a scenario file (and what it extends) against its network: every issue in one report. */
async function validateScenario(file, opts, io) {
    const network = await openNetwork(opts.network ?? networkDirFor(file, await scenarioNetworkId(file)));
    let issues = [];
    let summary = '';
    try {
        const s = await loadScenario(file, { network });
        summary = `${s.id}: ${count(s.demand.flows.length, 'flow')}, ${count(s.events.length, 'event')}, ${count(s.policies.length, 'policy').replace('policys', 'policies')}, ${s.horizon.days} days from ${s.horizon.start}`;
    }
    catch (error) {
        if (!(error instanceof CorridorError) || error.code !== 'SCENARIO_INVALID')
            throw error;
        issues = error.issues.length
            ? error.issues
            : [{ severity: 'error', file, path: '(file)', message: error.message }];
    }
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (opts.json) {
        io.out(JSON.stringify({ file: shownDir(file), valid: errors === 0, errors, warnings: 0, issues }, null, 2));
    }
    else {
        printIssues(io, issues);
        io.out(errors === 0
            ? `${shownDir(file)}: valid scenario (${summary})`
            : `${shownDir(file)}: invalid scenario, ${count(errors, 'error')}`);
    }
    if (errors > 0)
        io.fail(1);
}
//# sourceMappingURL=validate.js.map