/**
 * Request ids: a client's x-request-id is honoured when it is a sane token (so ids flow across
 * services into our logs), otherwise a UUID is minted; either way it is echoed on the response.
 */
import { randomUUID } from 'node:crypto';
const SAFE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;
export function generateRequestId(req) {
    const given = req.headers['x-request-id'];
    return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}
/** The first request step: the id goes back on every answer, refusals included. */
export const echoRequestId = (req, reply) => {
    void reply.header('x-request-id', req.id);
    return undefined;
};
//# sourceMappingURL=request-id.js.map