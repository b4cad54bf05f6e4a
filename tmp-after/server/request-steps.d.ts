/**
 * The work every request does before routing's own hooks, as one onRequest hook (docs/decisions.md
 * API18). Each concern (the request id, API keys, security headers, CORS, Last-Modified) is a step:
 * a plain function of the request and reply that may refuse the request (an error, answered as a
 * problem) or answer it itself (a preflight, a 304). The steps run in the order given, which is the
 * order their separate hooks ran in; one hook instead of five saves fastify's hook machinery per step
 * on every request, cached answers included.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
/** A step's verdict: carry on (undefined), refuse (an Error), or the step answered ('sent'). */
type StepResult = Error | 'sent' | undefined;
export type RequestStep = (req: FastifyRequest, reply: FastifyReply) => StepResult;
/** Adds one onRequest hook running `steps` in order; undefined steps (features turned off) are left out. */
export declare function installRequestSteps(app: FastifyInstance, steps: readonly (RequestStep | undefined)[]): void;
export {};
//# sourceMappingURL=request-steps.d.ts.map