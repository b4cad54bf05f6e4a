/**
 * `corridor validate-figures [network-dir]`: runs the network's validation.yaml (published end-to-end
 * figures) through the planner and prints case, published range, planner value, within or how far
 * off, and the share within. A report: exit 0 whatever the share, unless --min-share is given and
 * the share is below it (exit 1). A missing or invalid file exits 1 with every issue.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatIssue } from "../../model/index.js";
import { createPlanner } from "../../planner/index.js";
import { formatReport, parseValidationFile, reportJson, runValidation, } from "../../validation/index.js";
import { DEFAULT_NETWORK_DIR, loadOrReport, shownDir } from "../network-folder.js";
const VALIDATION_FILE = 'validation.yaml';
function parseShare(text) {
    const x = Number(text);
    if (!Number.isFinite(x) || x < 0 || x > 1)
        throw new Error(`--min-share: expected a number from 0 to 1, got "${text}"`);
    return x;
}
export function registerValidateFigures(program, io) {
    program
        .command('validate-figures')
        .description("measure the planner against the published figures in the network's validation.yaml")
        .argument('[network-dir]', 'network folder (default: networks/inner-mongolia)')
        .option('--json', 'print the report as JSON')
        .option('--min-share <x>', 'exit 1 when the share within range is below x (0..1)')
        .action(async (dirArg, opts) => {
        let minShare;
        try {
            minShare = opts.minShare === undefined ? undefined : parseShare(opts.minShare);
        }
        catch (error) {
            io.err(`corridor: ${error.message}`);
            io.fail(2);
            return;
        }
        const network = await loadOrReport(dirArg, io);
        if (!network)
            return;
        const dir = resolve(dirArg ?? DEFAULT_NETWORK_DIR);
        let text;
        try {
            text = await readFile(join(dir, VALIDATION_FILE), 'utf8');
        }
        catch {
            io.err(`corridor: ${shownDir(dir)} has no ${VALIDATION_FILE}`);
            io.fail(1);
            return;
        }
        const parsed = parseValidationFile(VALIDATION_FILE, text, new Set(network.sources.keys()));
        if (!parsed.file) {
            io.err(`corridor: ${VALIDATION_FILE} is invalid`);
            for (const issue of parsed.issues)
                io.err(`  ${formatIssue(issue)}`);
            io.fail(1);
            return;
        }
        const report = runValidation(createPlanner(network), parsed.file);
        io.out(opts.json ? JSON.stringify(reportJson(report), null, 2) : formatReport(report));
        if (minShare !== undefined && report.share < minShare) {
            io.err(`corridor: share within range ${report.share.toFixed(3)} is below --min-share ${minShare}`);
            io.fail(1);
        }
    });
}
//# sourceMappingURL=validate-figures.js.map