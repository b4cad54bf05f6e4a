/**
 * RFC 9457 problem details: the one error body of the HTTP API. `code` is stable and never reused;
 * clients branch on it, not on `title` or `detail`. server/error-map.ts maps codes to statuses.
 */
import { z } from 'zod';
export declare const ProblemCode: z.ZodEnum<{
    NETWORK_INVALID: "NETWORK_INVALID";
    NETWORK_NOT_FOUND: "NETWORK_NOT_FOUND";
    NETWORK_FILE_UNREADABLE: "NETWORK_FILE_UNREADABLE";
    QUERY_INVALID: "QUERY_INVALID";
    PLACE_NOT_FOUND: "PLACE_NOT_FOUND";
    SCENARIO_INVALID: "SCENARIO_INVALID";
    SEARCH_ABORTED: "SEARCH_ABORTED";
    SEARCH_LIMIT: "SEARCH_LIMIT";
    INTERNAL: "INTERNAL";
    REQUEST_INVALID: "REQUEST_INVALID";
    FILTER_UNKNOWN: "FILTER_UNKNOWN";
    MALFORMED_JSON: "MALFORMED_JSON";
    BODY_TOO_LARGE: "BODY_TOO_LARGE";
    UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE";
    NOT_FOUND: "NOT_FOUND";
    METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED";
    RATE_LIMITED: "RATE_LIMITED";
    NOT_READY: "NOT_READY";
    BUSY: "BUSY";
    REQUEST_TIMEOUT: "REQUEST_TIMEOUT";
    HEADERS_TOO_LARGE: "HEADERS_TOO_LARGE";
    UNAUTHORIZED: "UNAUTHORIZED";
}>;
export type ProblemCode = z.infer<typeof ProblemCode>;
export declare const ProblemIssue: z.ZodObject<{
    path: z.ZodString;
    message: z.ZodString;
    hint: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type ProblemIssue = z.infer<typeof ProblemIssue>;
export declare const Problem: z.ZodObject<{
    type: z.ZodString;
    title: z.ZodString;
    status: z.ZodNumber;
    code: z.ZodEnum<{
        NETWORK_INVALID: "NETWORK_INVALID";
        NETWORK_NOT_FOUND: "NETWORK_NOT_FOUND";
        NETWORK_FILE_UNREADABLE: "NETWORK_FILE_UNREADABLE";
        QUERY_INVALID: "QUERY_INVALID";
        PLACE_NOT_FOUND: "PLACE_NOT_FOUND";
        SCENARIO_INVALID: "SCENARIO_INVALID";
        SEARCH_ABORTED: "SEARCH_ABORTED";
        SEARCH_LIMIT: "SEARCH_LIMIT";
        INTERNAL: "INTERNAL";
        REQUEST_INVALID: "REQUEST_INVALID";
        FILTER_UNKNOWN: "FILTER_UNKNOWN";
        MALFORMED_JSON: "MALFORMED_JSON";
        BODY_TOO_LARGE: "BODY_TOO_LARGE";
        UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE";
        NOT_FOUND: "NOT_FOUND";
        METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED";
        RATE_LIMITED: "RATE_LIMITED";
        NOT_READY: "NOT_READY";
        BUSY: "BUSY";
        REQUEST_TIMEOUT: "REQUEST_TIMEOUT";
        HEADERS_TOO_LARGE: "HEADERS_TOO_LARGE";
        UNAUTHORIZED: "UNAUTHORIZED";
    }>;
    detail: z.ZodString;
    instance: z.ZodOptional<z.ZodString>;
    request_id: z.ZodOptional<z.ZodString>;
    issues: z.ZodOptional<z.ZodArray<z.ZodObject<{
        path: z.ZodString;
        message: z.ZodString;
        hint: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type Problem = z.infer<typeof Problem>;
export declare const PROBLEM_CONTENT_TYPE = "application/problem+json";
/** The `type` URI of a problem code. */
export declare function problemType(code: ProblemCode): string;
//# sourceMappingURL=problem.d.ts.map