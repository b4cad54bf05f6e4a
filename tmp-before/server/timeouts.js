/**
 * Connection timeouts, set on the Node server by buildApp (docs/decisions.md API10). Node checks
 * its request and headers timeouts only every `connectionsCheckingInterval` (30 s by default), so a
 * stalled body waited up to requestTimeout + 30 s; checking every half second answers it within
 * about requestTimeout. A timed-out or garbled connection gets an RFC 9457 problem, then is closed.
 */
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from "../contract/index.js";
import { createProblem } from "./error-map.js";
export const CONNECTION_TIMEOUTS = {
    /** the whole request (headers and body) must arrive within this */
    requestMs: 8_000,
    /** the headers must arrive within this (Node requires it ≤ requestMs) */
    headersMs: 8_000,
    /** how often Node looks for requests past those timeouts */
    checkEveryMs: 500,
    /** an idle keep-alive connection is closed after this: longer than common load-balancer idle timeouts (60 s) */
    keepAliveMs: 72_000,
};
/** No request object exists when the HTTP parser gives up: the problem has no instance or id. */
const NO_REQUEST = { instance: '', requestId: '' };
function clientProblem(err) {
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT')
        return createProblem('REQUEST_TIMEOUT', `the request (headers and body) did not arrive within ${CONNECTION_TIMEOUTS.requestMs / 1000} s`, NO_REQUEST, [
            {
                path: '',
                message: 'request incomplete',
                hint: 'send the whole body promptly, with a Content-Length that matches it',
            },
        ]);
    if (err.code === 'HPE_HEADER_OVERFLOW')
        return createProblem('HEADERS_TOO_LARGE', 'the request headers are larger than the server accepts', NO_REQUEST);
    return createProblem('REQUEST_INVALID', 'the request could not be parsed as HTTP/1.1', NO_REQUEST);
}
/** fastify's clientErrorHandler: answers with a problem body unless an answer is already under way. */
export function problemOnClientError(err, socket) {
    if (err.code === 'ECONNRESET' || socket.destroyed)
        return;
    const inFlight = socket._httpMessage;
    if (socket.writable && !inFlight?.headersSent) {
        const problem = clientProblem(err);
        const body = JSON.stringify(problem);
        socket.write(`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n` +
            `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `Connection: close\r\n\r\n${body}`);
    }
    this.log.info({ code: err.code }, 'client error');
    socket.destroy();
}
//# sourceMappingURL=timeouts.js.map