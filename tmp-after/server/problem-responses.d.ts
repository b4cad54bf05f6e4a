export declare const PROBLEM_503: {
    description: string;
    content: {
        "application/problem+json": {
            schema: import("zod").ZodObject<{
                type: import("zod").ZodString;
                title: import("zod").ZodString;
                status: import("zod").ZodNumber;
                code: import("zod").ZodEnum<{
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
                detail: import("zod").ZodString;
                instance: import("zod").ZodOptional<import("zod").ZodString>;
                request_id: import("zod").ZodOptional<import("zod").ZodString>;
                issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                    path: import("zod").ZodString;
                    message: import("zod").ZodString;
                    hint: import("zod").ZodOptional<import("zod").ZodString>;
                }, import("zod/v4/core").$strip>>>;
            }, import("zod/v4/core").$strip>;
        };
    };
};
/** The error responses of a GET endpoint on a network. */
export declare const GET_PROBLEMS: {
    readonly 400: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 404: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 429: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
};
/** The error responses of a planning endpoint. */
export declare const PLAN_PROBLEMS: {
    readonly 400: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 404: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 413: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 415: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 422: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 429: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
    readonly 503: {
        description: string;
        content: {
            "application/problem+json": {
                schema: import("zod").ZodObject<{
                    type: import("zod").ZodString;
                    title: import("zod").ZodString;
                    status: import("zod").ZodNumber;
                    code: import("zod").ZodEnum<{
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
                    detail: import("zod").ZodString;
                    instance: import("zod").ZodOptional<import("zod").ZodString>;
                    request_id: import("zod").ZodOptional<import("zod").ZodString>;
                    issues: import("zod").ZodOptional<import("zod").ZodArray<import("zod").ZodObject<{
                        path: import("zod").ZodString;
                        message: import("zod").ZodString;
                        hint: import("zod").ZodOptional<import("zod").ZodString>;
                    }, import("zod/v4/core").$strip>>>;
                }, import("zod/v4/core").$strip>;
            };
        };
    };
};
/**
 * A success response as OpenAPI shows it: a description of what comes back and its media type
 * (the schema still serializes the answer; fastify picks it by the reply's content type).
 */
export declare function okResponse<T>(description: string, schema: T, mediaType?: string): {
    description: string;
    content: {
        [mediaType]: {
            schema: T;
        };
    };
};
//# sourceMappingURL=problem-responses.d.ts.map