/**
 * The network folder a command works on: the default one, how a folder is shown, and the
 * load-or-report step every network command shares. Apart from `validate` (which also reads
 * scenarios, and so loads the simulator), so that `route` loads only what a query needs.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from "../model/index.js";
import { loadNetwork } from "../network/index.js";
/** networks/inner-mongolia of this repository, found from this file so `npx corridor` works from any folder. */
export const DEFAULT_NETWORK_DIR = fileURLToPath(new URL('../../networks/inner-mongolia/', import.meta.url));
export const shownDir = (dir) => relative(process.cwd(), dir) || '.';
/** Loads a network; on errors prints them with a summary, sets exit code 1 and returns undefined. */
export async function loadOrReport(dirArg, io) {
    const dir = resolve(dirArg ?? DEFAULT_NETWORK_DIR);
    const { network, issues } = await loadNetwork(dir);
    if (network)
        return network;
    io.err(`corridor: the network in ${shownDir(dir)} is invalid (run \`corridor validate ${shownDir(dir)}\` for every issue)`);
    for (const issue of issues.filter((i) => i.severity === 'error'))
        io.err(`  ${formatIssue(issue)}`);
    io.fail(1);
    return undefined;
}
//# sourceMappingURL=network-folder.js.map