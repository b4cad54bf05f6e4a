/**
 * OpenAPI response entries for problems, so every documented error status shows the RFC 9457
 * body under application/problem+json.
 */
import { Problem, PROBLEM_CONTENT_TYPE } from "../contract/index.js";
function problemResponse(description) {
    return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } } };
}
const PROBLEM_400 = problemResponse('invalid request: schema, malformed JSON or unknown filter value (code names which)');
const PROBLEM_404 = problemResponse('unknown network or resource');
const PROBLEM_413 = problemResponse('body larger than the limit');
const PROBLEM_415 = problemResponse('body is not application/json');
const PROBLEM_422 = problemResponse('well-formed but unplannable: PLACE_NOT_FOUND (with suggestions), QUERY_INVALID, SEARCH_LIMIT');
const PROBLEM_429 = problemResponse('rate limit exceeded; see Retry-After');
export const PROBLEM_503 = problemResponse('search time budget exceeded (SEARCH_ABORTED) or not ready; see Retry-After');
/** The error responses of a GET endpoint on a network. */
export const GET_PROBLEMS = { 400: PROBLEM_400, 404: PROBLEM_404, 429: PROBLEM_429 };
/** The error responses of a planning endpoint. */
export const PLAN_PROBLEMS = {
    400: PROBLEM_400,
    404: PROBLEM_404,
    413: PROBLEM_413,
    415: PROBLEM_415,
    422: PROBLEM_422,
    429: PROBLEM_429,
    503: PROBLEM_503,
};
/**
 * A success response as OpenAPI shows it: a description of what comes back and its media type
 * (the schema still serializes the answer; fastify picks it by the reply's content type).
 */
export function okResponse(description, schema, mediaType = 'application/json') {
    return { description, content: { [mediaType]: { schema } } };
}
//# sourceMappingURL=problem-responses.js.map