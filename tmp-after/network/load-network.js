/**
 * The file access of the network module: reads a network folder (or a folder of networks) and hands
 * the texts to parseNetwork, with the snapshots of files parsed before (parse-cache.ts); a folder
 * checked before under the same code is read back whole instead.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileKind } from "./file-kind.js";
import { cacheDir, readCheckedNetwork, readSnapshot, writeCheckedNetwork, writeSnapshot, } from "./parse-cache.js";
/** Reads the network files in `dir` (network.yaml, services.yaml, … as .yaml, .yml or .json) and validates them. */
export async function loadNetwork(dir) {
    let names;
    try {
        names = await readdir(dir);
    }
    catch (error) {
        const reason = error.code === 'ENOENT'
            ? 'no such folder'
            : error.message;
        return {
            issues: [
                {
                    severity: 'error',
                    file: dir,
                    path: '(folder)',
                    message: `cannot read network folder: ${reason}`,
                },
            ],
        };
    }
    const cache = cacheDir();
    // scenarios/, README, etc. live beside the network files
    const kept = names.filter((name) => fileKind(name)).sort();
    const texts = await Promise.all(kept.map((name) => readFile(join(dir, name), 'utf8')));
    const read = kept.map((name, i) => ({ name, text: texts[i] }));
    const checked = cache ? await readCheckedNetwork(cache, read) : undefined;
    if (checked)
        return checked;
    const files = [];
    const cached = new Map();
    for (const { name, text } of read) {
        const hit = cache ? await readSnapshot(cache, name, text) : undefined;
        if (hit)
            cached.set(name, hit);
        files.push({ name, text, ...(hit ? { snapshot: hit.snapshot } : {}) });
    }
    // the pipeline (and its YAML parser) only when there is something to check
    const { parseNetwork } = await import("./parse-network.js");
    const result = parseNetwork(files);
    const { snapshots: _snapshots, ...answer } = result;
    if (cache) {
        await storeSnapshots(cache, files, cached, result);
        await writeCheckedNetwork(cache, read, answer);
    }
    return answer;
}
/** Writes the snapshot of each file parsed afresh, and of each restored one that learnt new lines. */
async function storeSnapshots(cache, files, cached, result) {
    const texts = new Map(files.map((f) => [f.name, f.text]));
    for (const { name, snapshot } of result.snapshots ?? []) {
        const text = texts.get(name);
        if (text === undefined)
            continue;
        const hit = cached.get(name);
        if (!hit) {
            await writeSnapshot(cache, name, text, snapshot);
        }
        else if (Object.keys(snapshot.lines).length > Object.keys(hit.snapshot.lines).length) {
            // the checks asked a line the snapshot lacked: keep it, with the data as first parsed
            const pristine = JSON.parse(hit.json).data;
            await writeSnapshot(cache, name, text, { data: pristine, lines: snapshot.lines });
        }
    }
}
/** Loads every subfolder of `rootDir` that has a network.yaml / .yml / .json. */
export async function loadNetworks(rootDir) {
    const networks = new Map();
    const reports = [];
    for (const entry of (await readdir(rootDir)).sort()) {
        const dir = join(rootDir, entry);
        if (!(await stat(dir)).isDirectory())
            continue;
        const inside = await readdir(dir);
        if (!inside.some((name) => fileKind(name) === 'network'))
            continue;
        const { network, issues } = await loadNetwork(dir);
        if (network) {
            const id = network.manifest.id;
            if (networks.has(id)) {
                issues.push({
                    severity: 'error',
                    file: 'network.yaml',
                    path: 'id',
                    message: `network id "${id}" is also used by another folder; skipped ${basename(dir)}`,
                });
            }
            else {
                networks.set(id, network);
            }
        }
        reports.push({ dir, issues });
    }
    return { networks, reports };
}
//# sourceMappingURL=load-network.js.map