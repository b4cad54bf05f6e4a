/** GET /health (the process is up) and GET /ready (networks loaded, planners built, not shutting down). */
import { z } from 'zod';
export const Health = z
    .object({ status: z.literal('ok'), uptime_s: z.number().nonnegative() })
    .meta({ examples: [{ status: 'ok', uptime_s: 3600.5 }] });
export const Readiness = z
    .object({
    status: z.literal('ready'),
    networks: z.array(z.string()).describe('ids of the networks loaded with a planner'),
})
    .meta({ examples: [{ status: 'ready', networks: ['inner-mongolia'] }] });
//# sourceMappingURL=health.js.map