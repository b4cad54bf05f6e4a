/**
 * Caches of network loads on disk, two levels. (1) The checked network: the result of parseNetwork
 * for a folder (network and issues), keyed by the hash of every network file's name and text and of
 * the code that checked them (codeSignature), stored with V8's serializer (Maps kept); a hit skips
 * parsing and every check, which took most of a `corridor route` start. (2) On a miss, each file's
 * parse, keyed by the hash of its text: the YAML parse of the built-in network was about 0.6 s of a
 * 2 s start, reading its snapshot back takes milliseconds. A changed file or changed code gives a new
 * key, so a stale entry is never read; a missing, unreadable or unwritable cache only costs the work.
 *
 * Where: $CORRIDOR_CACHE_DIR, else node_modules/.cache/corridor-planner of this package (the
 * convention of eslint, babel and vite); CORRIDOR_CACHE_DIR=off turns the cache off.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
/** Bumped when what a snapshot holds changes shape. */
const FORMAT = 'network-file-snapshot/1';
/** The cache folder, or undefined when caching is off. */
export function cacheDir(env = process.env) {
    const configured = env.CORRIDOR_CACHE_DIR;
    if (configured === 'off')
        return undefined;
    if (configured)
        return configured;
    // src/network/ and dist/network/ are both two folders below the package root
    return fileURLToPath(new URL('../../node_modules/.cache/corridor-planner/', import.meta.url));
}
/** The cache key of one file: its name and text (and the snapshot format). */
function keyOf(name, text) {
    return createHash('sha256')
        .update(FORMAT)
        .update('\0')
        .update(name)
        .update('\0')
        .update(text)
        .digest('hex');
}
/** The snapshot of this text, or undefined when there is none (or it cannot be read). */
export async function readSnapshot(dir, name, text) {
    try {
        const json = await readFile(join(dir, `${keyOf(name, text)}.json`), 'utf8');
        const snapshot = JSON.parse(json);
        if (typeof snapshot !== 'object' || snapshot === null || typeof snapshot.lines !== 'object') {
            return undefined;
        }
        return { snapshot, json };
    }
    catch {
        return undefined;
    }
}
/** Stores the snapshot of this text; written to a temporary name and renamed, so readers never see half a file. */
export async function writeSnapshot(dir, name, text, snapshot) {
    try {
        await mkdir(dir, { recursive: true });
        await writeWhole(join(dir, `${keyOf(name, text)}.json`), JSON.stringify(snapshot));
    }
    catch {
        // a read-only install or a full disk: the next load parses again, nothing is lost
    }
}
/** Bumped when what a checked-network entry holds changes shape. */
const NETWORK_FORMAT = 'checked-network/1';
/** The code this module runs in: src/ through tsx, dist/ when compiled (both two folders below the root). */
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Writes `data` to `target` through a temporary name, so readers never see half a file. */
async function writeWhole(target, data) {
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, target);
}
/** The code files below `dir` (JavaScript or TypeScript, not declarations or maps), sorted. */
async function codeFiles(dir) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
}
/** What tsc writes on every build that changes the compiled code (tsconfig.build.json). */
const BUILD_INFO = '.tsbuildinfo';
/** The size and modification time of `path`, or undefined when it is missing. */
const stamp = (path) => stat(path).then((s) => `${s.size}\0${s.mtimeMs}`, () => undefined);
/**
 * A fingerprint of the code that checks a network, the installed packages (npm rewrites
 * node_modules/.package-lock.json on every install) and the Node version (V8's serialization).
 * Compiled code (dist/, with tsc's build info) is fingerprinted by the build info, which every build
 * that changes a file rewrites: one stat instead of some 200 (a hand edit of dist/ without a build is
 * not seen; bin/corridor.js rebuilds whenever src/ is newer). Source code (src/ through tsx) by the
 * path, size and modification time of every file. Broader than the checks strictly need: a change
 * anywhere in the code only costs one fresh check.
 */
export async function codeSignature(codeDir = CODE_DIR, packageRoot = PACKAGE_ROOT) {
    const hash = createHash('sha256').update(process.version);
    const built = await stamp(join(codeDir, BUILD_INFO));
    if (built !== undefined) {
        hash.update(`\0${BUILD_INFO}\0${built}`);
    }
    else {
        const files = await codeFiles(codeDir);
        const stamps = await Promise.all(files.map((f) => stamp(f)));
        files.forEach((file, i) => hash.update(`\0${relative(codeDir, file)}\0${stamps[i] ?? '-'}`));
    }
    for (const lock of ['package.json', 'node_modules/.package-lock.json']) {
        hash.update(`\0${lock}\0${(await stamp(join(packageRoot, lock))) ?? '-'}`);
    }
    return hash.digest('hex');
}
let signatureOfThisCode;
/** codeSignature() of the running code, computed once per process (the code a process runs does not change). */
const thisCodeSignature = () => (signatureOfThisCode ??= codeSignature());
/** The cache key of a folder's checked network: the code signature and every file's name and text. */
export function networkKey(signature, files) {
    const hash = createHash('sha256').update(NETWORK_FORMAT).update('\0').update(signature);
    for (const { name, text } of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        hash.update('\0').update(name).update('\0').update(text);
    }
    return hash.digest('hex');
}
const entryPath = (dir, key) => join(dir, `network-${key}.v8`);
/** The checked network of these files under this code, or undefined when there is none (or it cannot be read). */
export async function readCheckedNetwork(dir, files, signature) {
    try {
        const key = networkKey(signature ?? (await thisCodeSignature()), files);
        const entry = deserialize(await readFile(entryPath(dir, key)));
        if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.issues))
            return undefined;
        return entry.network
            ? { network: entry.network, issues: entry.issues }
            : { issues: entry.issues };
    }
    catch {
        return undefined;
    }
}
/** Stores the checked network of these files under this code; a failure only costs the next load a check. */
export async function writeCheckedNetwork(dir, files, checked, signature) {
    try {
        const key = networkKey(signature ?? (await thisCodeSignature()), files);
        await mkdir(dir, { recursive: true });
        await writeWhole(entryPath(dir, key), serialize(checked));
        await pruneCheckedNetworks(dir);
    }
    catch {
        // a read-only install, a full disk: the next load checks again, nothing is lost
    }
}
/**
 * Checked networks kept: every build and every edited network file writes a new entry (about 0.7 MB
 * for the built-in network), so the oldest go; a pruned entry costs one fresh check.
 */
export const CHECKED_NETWORKS_KEPT = 16;
/** Deletes all but the CHECKED_NETWORKS_KEPT most recently written checked networks. */
async function pruneCheckedNetworks(dir) {
    const names = (await readdir(dir)).filter((n) => /^network-[0-9a-f]{64}\.v8$/.test(n));
    if (names.length <= CHECKED_NETWORKS_KEPT)
        return;
    const written = await Promise.all(names.map(async (name) => ({ name, ms: (await stat(join(dir, name))).mtimeMs })));
    written.sort((a, b) => b.ms - a.ms);
    for (const { name } of written.slice(CHECKED_NETWORKS_KEPT)) {
        await rm(join(dir, name), { force: true });
    }
}
//# sourceMappingURL=parse-cache.js.map