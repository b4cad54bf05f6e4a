/**
 * Server configuration from command-line flags and environment variables (flags win), with the
 * defaults `npm start` relies on. Pure: the caller passes the environment, nothing is read here.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TIME_BUDGET_MS } from "./app.js";
import { DEFAULT_RUN_LIMITS } from "../jobs/index.js";
import { loadApiKeys } from "./plugins/api-keys.js";
/** The repository's networks/ and dist/web, found from this file's location, not the cwd. */
export const DEFAULT_NETWORKS_DIR = fileURLToPath(new URL('../../networks', import.meta.url));
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));
const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DEFAULT_RATE_LIMIT = { max: 1_200, timeWindow: '1 minute' };
/** A configuration problem, named by the flag and the variable that set it. */
export class ConfigError extends Error {
}
function integer(raw, name, min, max) {
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || n < min || n > max)
        throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return n;
}
/**
 * TRUST_PROXY: `true` (trust every hop), `false`, a hop count (`1`: one reverse proxy in front), or
 * the addresses/CIDRs of the proxies, comma-separated. Behind a proxy without it, every client has
 * the proxy's address: one rate-limit bucket and one per-client cap for all.
 */
function trustProxyFrom(raw) {
    if (raw === undefined || raw.trim() === '')
        return {};
    const v = raw.trim();
    if (v === 'true' || v === 'false')
        return { trustProxy: v === 'true' };
    if (/^\d+$/.test(v))
        return { trustProxy: integer(v, 'TRUST_PROXY', 1, 100) };
    const list = v.split(',').map((s) => s.trim());
    const bad = list.filter((s) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(s));
    if (bad.length > 0)
        throw new ConfigError(`TRUST_PROXY must be true, false, a hop count or proxy addresses/CIDRs (comma-separated); not an address: ${bad.map((s) => `"${s}"`).join(', ')}`);
    return { trustProxy: list };
}
/** REDIS_URL: redis://[user:password@]host[:port][/db] (or rediss:// for TLS). */
function redisUrlFrom(raw) {
    if (raw === undefined || raw.trim() === '')
        return {};
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '')
        throw new ConfigError(`REDIS_URL must look like redis://host:6379 (or rediss:// for TLS), got "${raw}"`);
    return { redisUrl: raw.trim() };
}
/** RESULTS_DIR: only with REDIS_URL (in-process runs keep their results in memory). */
function resultsDirFrom(raw, redisUrl) {
    if (raw === undefined || raw.trim() === '')
        return {};
    if (!redisUrl)
        throw new ConfigError(`RESULTS_DIR is used with REDIS_URL (the workers write the files there); set REDIS_URL or leave RESULTS_DIR unset, got RESULTS_DIR="${raw}"`);
    return { resultsDir: resolve(raw.trim()) };
}
/**
 * SIMULATION_MAX_REPLICATIONS (queued + running, all clients), SIMULATION_MAX_REPLICATIONS_PER_CLIENT
 * and SIMULATION_TTL_S (seconds a finished run stays readable).
 */
function simulationLimitsFrom(env) {
    const read = (name, min, max, fallback) => {
        const raw = env[name];
        return raw === undefined ? fallback : integer(raw, name, min, max);
    };
    const d = DEFAULT_RUN_LIMITS;
    return {
        maxActiveReplications: read('SIMULATION_MAX_REPLICATIONS', 1, 1_000_000, d.maxActiveReplications),
        maxActiveReplicationsPerClient: read('SIMULATION_MAX_REPLICATIONS_PER_CLIENT', 1, 1_000_000, d.maxActiveReplicationsPerClient),
        finishedTtlMs: read('SIMULATION_TTL_S', 1, 30 * 86_400, d.finishedTtlMs / 1000) * 1000,
    };
}
/**
 * @example resolveServeConfig({ port: '9000' }, { LOG_LEVEL: 'warn' }) // port 9000, log level warn
 */
export function resolveServeConfig(flags, env) {
    const port = flags.port ?? env['PORT'];
    const level = flags.logLevel ?? env['LOG_LEVEL'] ?? 'info';
    if (!LOG_LEVELS.includes(level)) {
        throw new ConfigError(`--log-level / LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
    }
    const limit = flags.rateLimit ?? env['RATE_LIMIT_MAX'];
    let rateLimit = {
        ...DEFAULT_RATE_LIMIT,
        timeWindow: env['RATE_LIMIT_WINDOW'] ?? DEFAULT_RATE_LIMIT.timeWindow,
    };
    if (limit === 'off' || limit === '0')
        rateLimit = false;
    else if (limit !== undefined)
        rateLimit = {
            ...rateLimit,
            max: integer(limit, '--rate-limit / RATE_LIMIT_MAX', 1, 10_000_000),
        };
    const allow = env['RATE_LIMIT_ALLOW'];
    if (rateLimit && allow)
        rateLimit.allowList = allow
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    const budget = flags.timeBudgetMs ?? env['TIME_BUDGET_MS'];
    const cors = env['CORS_ORIGIN'];
    const workers = flags.workers ?? env['PLAN_WORKERS'];
    let apiKeys;
    try {
        apiKeys = loadApiKeys(env);
    }
    catch (error) {
        throw new ConfigError(error.message);
    }
    return {
        networksDir: flags.networks ?? env['NETWORK_DIR'] ?? DEFAULT_NETWORKS_DIR,
        webRoot: DEFAULT_WEB_ROOT,
        port: port === undefined ? DEFAULT_PORT : integer(port, '--port / PORT', 0, 65_535),
        host: flags.host ?? env['HOST'] ?? DEFAULT_HOST,
        logLevel: level,
        rateLimit,
        timeBudgetMs: budget === undefined
            ? DEFAULT_TIME_BUDGET_MS
            : integer(budget, '--time-budget-ms / TIME_BUDGET_MS', 1, 600_000),
        checkAnswers: flags.checkAnswers === true || /^(?:1|true|yes)$/i.test(env['CHECK_ANSWERS'] ?? ''),
        // one core for the event loop, the others for searches
        planWorkers: workers === undefined
            ? Math.max(1, availableParallelism())
            : integer(workers, '--workers / PLAN_WORKERS', 0, 64),
        corsOrigin: cors === undefined || cors === '*' ? '*' : cors.split(',').map((s) => s.trim()),
        simulationLimits: simulationLimitsFrom(env),
        apiKeys,
        ...redisUrlFrom(env['REDIS_URL']),
        ...resultsDirFrom(env['RESULTS_DIR'], env['REDIS_URL']),
        ...trustProxyFrom(env['TRUST_PROXY']),
    };
}
//# sourceMappingURL=config.js.map