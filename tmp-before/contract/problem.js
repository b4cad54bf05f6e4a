/**
 * RFC 9457 problem details: the one error body of the HTTP API. `code` is stable and never reused;
 * clients branch on it, not on `title` or `detail`. server/error-map.ts maps codes to statuses.
 */
import { z } from 'zod';
/** Every code the API can answer with, CorridorError codes first, then HTTP-level ones. */
const PROBLEM_CODES = [
    'NETWORK_INVALID',
    'NETWORK_NOT_FOUND',
    'NETWORK_FILE_UNREADABLE',
    'QUERY_INVALID',
    'PLACE_NOT_FOUND',
    'SCENARIO_INVALID',
    'SEARCH_ABORTED',
    'SEARCH_LIMIT',
    'INTERNAL',
    'REQUEST_INVALID', // body, query string, path or header failed the schema
    'FILTER_UNKNOWN', // a filter value is well-formed but unknown in this network
    'MALFORMED_JSON',
    'BODY_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'NOT_FOUND', // no such endpoint or resource
    'METHOD_NOT_ALLOWED',
    'RATE_LIMITED',
    'NOT_READY', // shutting down or still starting
    'BUSY', // every planner thread busy and the queue full
    'REQUEST_TIMEOUT', // the request's headers or body did not arrive in time
    'HEADERS_TOO_LARGE',
    'UNAUTHORIZED', // an API key is required and was missing or unknown
];
export const ProblemCode = z.enum(PROBLEM_CODES);
export const ProblemIssue = z.object({
    path: z.string().describe('where: "body.shipment.teu", "querystring.mode", "body.from"'),
    message: z.string(),
    hint: z.string().optional().describe('a fix to try, e.g. did you mean "erenhot-rail"?'),
});
export const Problem = z
    .object({
    type: z.string().describe('a URI naming the problem type: "urn:corridor:problem:<code>"'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    code: ProblemCode,
    detail: z.string(),
    instance: z.string().optional().describe('the request path'),
    request_id: z.string().optional().describe('the x-request-id of the request, for support'),
    issues: z.array(ProblemIssue).optional(),
})
    .meta({
    id: 'Problem',
    examples: [
        {
            type: 'urn:corridor:problem:place_not_found',
            title: 'Place not found',
            status: 422,
            code: 'PLACE_NOT_FOUND',
            detail: 'no terminal matches "Baotoo"',
            instance: '/api/v1/routes',
            issues: [
                {
                    path: 'body.from',
                    message: 'no terminal matches "Baotoo"',
                    hint: 'did you mean "baotou-rail"?',
                },
            ],
        },
    ],
});
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** The `type` URI of a problem code. */
export function problemType(code) {
    return `urn:corridor:problem:${code.toLowerCase()}`;
}
//# sourceMappingURL=problem.js.map