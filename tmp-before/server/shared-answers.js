/**
 * Plan answers shared by API replicas through Redis (REDIS_URL): a replica that misses its own LRU
 * asks Redis before searching, and stores what it computed, so N replicas search a repeated query
 * once. Keys carry a namespace digest of the code version and every network folder's content, so
 * replicas running other code or other data (a rolling deploy) never read each other's answers.
 * Redis trouble is a miss (the replica searches itself), never an error of the request.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { codeVersion, networkContentHash } from "../files/index.js";
/** answers larger than this stay in the replica's own cache only */
const MAX_SHARED_CHARS = 1_000_000;
/** Digest of the code version and each network folder under the root, or undefined if unreadable. */
async function namespaceOf(networksDir) {
    const hash = createHash('sha256').update(JSON.stringify(codeVersion()));
    let entries;
    try {
        entries = (await readdir(networksDir, { withFileTypes: true }))
            .filter((e) => e.isDirectory() || e.isSymbolicLink())
            .map((e) => e.name)
            .sort();
    }
    catch {
        return undefined;
    }
    for (const name of entries) {
        const content = await networkContentHash(join(networksDir, name)).catch(() => '');
        hash.update(`${name}\0${content}\0`);
    }
    return hash.digest('hex').slice(0, 16);
}
export async function redisSharedAnswers(redis, networksDir) {
    const namespace = await namespaceOf(networksDir);
    if (namespace === undefined)
        return undefined;
    const keyOf = (key) => `corridor:answer:${namespace}:${createHash('sha256').update(key).digest('hex')}`;
    return {
        async get(key) {
            try {
                return (await redis.get(keyOf(key))) ?? undefined;
            }
            catch {
                return undefined;
            }
        },
        async set(key, json, ttlS) {
            if (json.length > MAX_SHARED_CHARS)
                return;
            await redis.set(keyOf(key), json, 'EX', ttlS).catch(() => undefined);
        },
    };
}
//# sourceMappingURL=shared-answers.js.map