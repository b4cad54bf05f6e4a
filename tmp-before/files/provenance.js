/** What a run's readers need to reproduce it: code version, network content hash, resolved scenario. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkContentHash } from "./networks.js";
/** The code's version: the package version and, in a git checkout, the commit (with "-dirty" when files changed). */
export function codeVersion() {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    let commit;
    try {
        const git = (...args) => execFileSync('git', args, {
            cwd: root,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
        commit =
            git('rev-parse', 'HEAD') +
                (git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : '');
    }
    catch {
        commit = null;
    }
    return { package: pkg.version, commit };
}
/**
 * What a reader needs to reproduce a run: code version, network content hash, the fully resolved
 * scenario (extends merged, defaults applied), seed, replications and when it ran.
 */
export async function provenanceOf(scenario, networkDir, times) {
    return {
        code_version: codeVersion(),
        network: {
            id: scenario.network,
            dir: basename(networkDir),
            content_sha256: await networkContentHash(networkDir),
        },
        scenario,
        seed: scenario.seed,
        replications: scenario.replications,
        started_at: times.started.toISOString(),
        finished_at: times.finished.toISOString(),
        node: process.version,
    };
}
//# sourceMappingURL=provenance.js.map