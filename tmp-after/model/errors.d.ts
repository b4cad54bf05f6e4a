/**
 * Typed errors with stable codes. Codes are never reused. Expected outcomes (no route, unknown
 * place) are results, not these errors; these are for bad input and programming errors.
 * server/error-map.ts maps each code to an HTTP status.
 */
export declare const ERROR_CODES: readonly ["NETWORK_INVALID", "NETWORK_NOT_FOUND", "NETWORK_FILE_UNREADABLE", "QUERY_INVALID", "PLACE_NOT_FOUND", "SCENARIO_INVALID", "SEARCH_ABORTED", "SEARCH_LIMIT", "INTERNAL"];
export type ErrorCode = (typeof ERROR_CODES)[number];
/** One problem found in input, with where it is. */
export interface Issue {
    severity: 'error' | 'warning';
    /** file base name, e.g. "services.yaml"; absent for API input */
    file?: string;
    /** 1-based line in that file, when known */
    line?: number;
    /** field path, e.g. "services[14].legs[0].to" or "body.shipment.teu" */
    path: string;
    message: string;
    /** a fix to try, e.g. 'did you mean "erenhot-rail"?' */
    hint?: string;
}
export declare class CorridorError extends Error {
    readonly code: ErrorCode;
    readonly issues: readonly Issue[];
    constructor(code: ErrorCode, message: string, issues?: readonly Issue[]);
}
/** Formats an issue the way the CLI prints it: `services.yaml:212 services[14].to: unknown terminal …`. */
export declare function formatIssue(issue: Issue): string;
//# sourceMappingURL=errors.d.ts.map