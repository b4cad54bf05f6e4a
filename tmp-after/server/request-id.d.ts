import type { IncomingMessage } from 'node:http';
import type { RequestStep } from './request-steps.ts';
export declare function generateRequestId(req: IncomingMessage): string;
/** The first request step: the id goes back on every answer, refusals included. */
export declare const echoRequestId: RequestStep;
//# sourceMappingURL=request-id.d.ts.map