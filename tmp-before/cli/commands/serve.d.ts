/**
 * `corridor serve`: the HTTP API and the web view. Flags override the environment
 * (PORT, HOST, NETWORK_DIR, LOG_LEVEL, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW, RATE_LIMIT_ALLOW, TIME_BUDGET_MS,
 * PLAN_WORKERS, CORS_ORIGIN, SIMULATION_MAX_REPLICATIONS, SIMULATION_MAX_REPLICATIONS_PER_CLIENT,
 * SIMULATION_TTL_S, REDIS_URL, RESULTS_DIR, TRUST_PROXY, CHECK_ANSWERS).
 * The server modules are imported when the command runs, so other commands do not load fastify.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
export declare function registerServe(program: Command, io: CliIo): void;
//# sourceMappingURL=serve.d.ts.map