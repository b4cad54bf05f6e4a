/**
 * The one table from error codes to HTTP statuses, and the conversion of anything thrown in a
 * request (CorridorError, fastify and plugin errors, bugs) into an RFC 9457 problem. Input errors
 * are 4xx; only our own faults are 5xx, and their bodies never carry internal messages.
 */
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problemType, } from "../contract/index.js";
import { CorridorError } from "../model/index.js";
import { ApiError } from "./api-error.js";
/** Status and title of every problem code. No route is not here: it is a 200 answer. */
export const ERROR_MAP = {
    NETWORK_INVALID: { status: 500, title: 'Network failed validation' },
    NETWORK_NOT_FOUND: { status: 404, title: 'Network not found' },
    NETWORK_FILE_UNREADABLE: { status: 500, title: 'Network file unreadable' },
    QUERY_INVALID: { status: 422, title: 'Route query cannot be planned as stated' },
    PLACE_NOT_FOUND: { status: 422, title: 'Place not found' },
    SCENARIO_INVALID: { status: 422, title: 'Scenario invalid' },
    SEARCH_ABORTED: { status: 503, title: 'Search stopped by its time budget' },
    SEARCH_LIMIT: { status: 422, title: 'Search exceeded its bounds' },
    INTERNAL: { status: 500, title: 'Internal error' },
    REQUEST_INVALID: { status: 400, title: 'Request does not match the schema' },
    FILTER_UNKNOWN: { status: 400, title: 'Unknown filter value' },
    MALFORMED_JSON: { status: 400, title: 'Malformed JSON body' },
    BODY_TOO_LARGE: { status: 413, title: 'Request body too large' },
    UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
    NOT_FOUND: { status: 404, title: 'Not found' },
    METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
    RATE_LIMITED: { status: 429, title: 'Too many requests' },
    NOT_READY: { status: 503, title: 'Not ready' },
    BUSY: { status: 503, title: 'Planner busy' },
    REQUEST_TIMEOUT: { status: 408, title: 'Request timeout' },
    HEADERS_TOO_LARGE: { status: 431, title: 'Request header fields too large' },
    UNAUTHORIZED: { status: 401, title: 'API key required' },
};
/** fastify (and plugin) error codes we recognise, by their `code`. */
const FASTIFY_CODES = {
    FST_ERR_VALIDATION: 'REQUEST_INVALID',
    FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST_INVALID',
    FST_ERR_BAD_URL: 'REQUEST_INVALID',
    FST_ERR_NOT_FOUND: 'NOT_FOUND',
    RATE_LIMITED: 'RATE_LIMITED',
};
/** A 4xx without a code of ours gets the nearest generic one, so bad input never becomes a 500. */
function codeForClientStatus(status) {
    if (status === 404)
        return 'NOT_FOUND';
    if (status === 405)
        return 'METHOD_NOT_ALLOWED';
    if (status === 413)
        return 'BODY_TOO_LARGE';
    if (status === 415)
        return 'UNSUPPORTED_MEDIA_TYPE';
    if (status === 429)
        return 'RATE_LIMITED';
    return 'REQUEST_INVALID';
}
const HINTS = {
    MALFORMED_JSON: 'send a JSON object with Content-Type: application/json',
    BODY_TOO_LARGE: 'route queries are small; check what is being sent',
    UNSUPPORTED_MEDIA_TYPE: 'send Content-Type: application/json',
    RATE_LIMITED: 'wait for the number of seconds in Retry-After',
    BUSY: 'retry after Retry-After seconds',
    SEARCH_ABORTED: 'retry after Retry-After seconds, or narrow the query (fewer alternatives, a single objective, constraints)',
};
/** A problem with the given code; `status` comes from the table. */
export function createProblem(code, detail, ctx, issues) {
    const spec = ERROR_MAP[code];
    const problem = {
        type: problemType(code),
        title: spec.title,
        status: spec.status,
        code,
        detail,
        instance: ctx.instance,
        request_id: ctx.requestId,
    };
    const hint = HINTS[code];
    const all = issues && issues.length > 0 ? issues : hint ? [{ path: '', message: detail, hint }] : undefined;
    if (all)
        problem.issues = all;
    return problem;
}
/** "/shipment/teu" in context "body" → "body.shipment.teu"; array indices as [n]. */
function toIssuePath(context, segments) {
    let path = context;
    for (const s of segments) {
        if (typeof s === 'number' || /^\d+$/.test(String(s)))
            path += `[${s}]`;
        else
            path += path ? `.${s}` : String(s);
    }
    return path;
}
function hintForPath(path, keyword, params) {
    if (keyword === 'unrecognized_keys' && Array.isArray(params['keys'])) {
        return `remove ${params['keys'].map((k) => JSON.stringify(k)).join(', ')}; see the schema at /openapi.json`;
    }
    if (/^body\.(from|to)$/.test(path))
        return 'a terminal id, an English or Chinese name, or { "lon": …, "lat": … }';
    if (/^body\.shipment/.test(path))
        return 'e.g. { "feu": 1, "kg": 12000 }';
    if (/^body\.(depart|constraints\.deadline)$/.test(path))
        return 'an ISO date "2025-03-03" or date-time "2025-03-03T08:00:00+08:00"';
    return undefined;
}
function validationIssues(error) {
    const context = error.validationContext ?? 'request';
    if (!hasZodFastifySchemaValidationErrors(error))
        return [{ path: context, message: 'does not match the schema' }];
    return error.validation.map((v) => {
        const segments = v.instancePath.split('/').filter((s) => s.length > 0);
        const path = toIssuePath(context, segments);
        const params = (v.params ?? {});
        const hint = hintForPath(path, v.keyword, params);
        return hint
            ? { path, message: v.message ?? 'invalid', hint }
            : { path, message: v.message ?? 'invalid' };
    });
}
/** Converts anything thrown while handling a request into a problem. */
export function toProblem(error, ctx) {
    if (error instanceof ApiError)
        return createProblem(error.code, error.message, ctx, [...error.issues]);
    if (error instanceof CorridorError) {
        const issues = error.issues.map((i) => i.hint
            ? { path: i.path, message: i.message, hint: i.hint }
            : { path: i.path, message: i.message });
        if (ERROR_MAP[error.code].status >= 500)
            return createProblem(error.code, publicDetail(error.code), ctx);
        return createProblem(error.code, error.message, ctx, issues);
    }
    const e = (typeof error === 'object' && error !== null ? error : {});
    if (e.validation) {
        const issues = validationIssues(e);
        const n = issues.length;
        return createProblem('REQUEST_INVALID', `the ${e.validationContext ?? 'request'} does not match the schema (${n} issue${n === 1 ? '' : 's'})`, ctx, issues);
    }
    const known = e.code ? FASTIFY_CODES[e.code] : undefined;
    if (known)
        return createProblem(known, e.message ?? ERROR_MAP[known].title, ctx);
    // secure-json-parse and the JSON parser throw SyntaxErrors with a 400 status
    if (error instanceof SyntaxError)
        return createProblem('MALFORMED_JSON', error.message, ctx);
    const status = e.statusCode ?? 500;
    if (status >= 400 && status < 500)
        return createProblem(codeForClientStatus(status), e.message ?? 'bad request', ctx);
    if (status === 503)
        return createProblem('NOT_READY', 'the server is not ready; retry shortly', ctx);
    return createProblem('INTERNAL', publicDetail('INTERNAL'), ctx);
}
/** The detail of a 5xx: nothing internal, only how to report it. */
function publicDetail(code) {
    return `${ERROR_MAP[code].title.toLowerCase()}; quote the request id when reporting it`;
}
//# sourceMappingURL=error-map.js.map