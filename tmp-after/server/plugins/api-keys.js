/**
 * Optional API keys (docs/decisions.md API16). With none configured the API is open, as before.
 * With keys, every /api/ request must carry one (`Authorization: Bearer <key>` or `X-API-Key`);
 * a missing or unknown key is 401 UNAUTHORIZED with `WWW-Authenticate: Bearer`. Each key has a name
 * (used in logs and as its rate-limit bucket), its own requests-per-window limit and a cap on the
 * lane matrices it may run at once. Keys are compared in constant time, by their SHA-256.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ApiError } from "../api-error.js";
export const ApiKeyEntry = z.strictObject({
    name: z.string().min(1).max(64),
    key: z.string().min(16, 'a key must be at least 16 characters').max(256),
    /** requests per rate-limit window; default: the server's limit */
    rate_limit: z.number().int().min(1).max(10_000_000).optional(),
    /** lane matrices running at once; default 2 */
    max_runs: z.number().int().min(1).max(1000).optional(),
});
const ApiKeyFile = z.array(ApiKeyEntry).min(1);
const DEFAULT_MAX_RUNS = 2;
/** Keys from `API_KEYS` ("name:key,name:key") and/or `API_KEYS_FILE` (YAML or JSON list of entries). */
export function loadApiKeys(env) {
    const out = [];
    const inline = env['API_KEYS'];
    if (inline) {
        for (const [i, part] of inline.split(',').entries()) {
            const at = part.indexOf(':');
            const entry = ApiKeyEntry.safeParse(at > 0 ? { name: part.slice(0, at).trim(), key: part.slice(at + 1).trim() } : {});
            if (!entry.success)
                throw new Error(`API_KEYS entry ${i + 1}: expected name:key with a key of 16 or more characters`);
            out.push(entry.data);
        }
    }
    const file = env['API_KEYS_FILE'];
    if (file) {
        const parsed = ApiKeyFile.safeParse(parseYaml(readFileSync(file, 'utf8')));
        if (!parsed.success)
            throw new Error(`API_KEYS_FILE ${file}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
        out.push(...parsed.data);
    }
    const names = out.map((k) => k.name);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length > 0)
        throw new Error(`API keys: the name ${twice[0]} is given twice`);
    return out;
}
const digest = (text) => createHash('sha256').update(text).digest();
function presentedKey(req) {
    const auth = req.headers.authorization;
    if (typeof auth === 'string') {
        const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
        if (m)
            return m[1];
    }
    const header = req.headers['x-api-key'];
    return typeof header === 'string' && header.length > 0 ? header : undefined;
}
/**
 * The request step requiring a key on /api/ when `keys` is not empty (undefined when there are none);
 * health, documents and the web view stay open.
 */
export function apiKeyStep(keys) {
    if (keys.length === 0)
        return undefined;
    const known = keys.map((k) => ({
        digest: digest(k.key),
        client: { name: k.name, rateLimit: k.rate_limit, maxRuns: k.max_runs ?? DEFAULT_MAX_RUNS },
    }));
    return (req, reply) => {
        if (!req.url.startsWith('/api/') || req.method === 'OPTIONS')
            return undefined;
        const given = presentedKey(req);
        if (given !== undefined) {
            const d = digest(given);
            const match = known.find((k) => timingSafeEqual(k.digest, d));
            if (match) {
                req.apiClient = match.client;
                return undefined;
            }
        }
        void reply.header('www-authenticate', 'Bearer realm="corridor-planner"');
        return new ApiError('UNAUTHORIZED', given === undefined ? 'this server requires an API key' : 'the API key is not known', [
            {
                path: 'headers.authorization',
                message: given === undefined ? 'no API key given' : 'unknown API key',
                hint: 'send Authorization: Bearer <key> (or X-API-Key: <key>); ask the operator for a key',
            },
        ]);
    };
}
/** Matrices running per client, capped by its key (or the default cap when keys are off). */
export class RunCaps {
    running = new Map();
    /** @throws ApiError RATE_LIMITED (429) when the client already runs its cap */
    acquire(req) {
        const who = req.apiClient?.name ?? `ip:${req.ip}`;
        const cap = req.apiClient?.maxRuns ?? DEFAULT_MAX_RUNS;
        const now = this.running.get(who) ?? 0;
        if (now >= cap)
            throw new ApiError('RATE_LIMITED', `${now} lane matrices of this client are still running (at most ${cap} at once)`, [], { 'retry-after': '2' });
        this.running.set(who, now + 1);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const left = (this.running.get(who) ?? 1) - 1;
            if (left <= 0)
                this.running.delete(who);
            else
                this.running.set(who, left);
        };
    }
}
//# sourceMappingURL=api-keys.js.map