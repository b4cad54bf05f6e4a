/** GET /health (the process is up) and GET /ready (networks loaded, planners built, not shutting down). */
import { z } from 'zod';
export declare const Health: z.ZodObject<{
    status: z.ZodLiteral<"ok">;
    uptime_s: z.ZodNumber;
}, z.core.$strip>;
export declare const Readiness: z.ZodObject<{
    status: z.ZodLiteral<"ready">;
    networks: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
//# sourceMappingURL=health.d.ts.map