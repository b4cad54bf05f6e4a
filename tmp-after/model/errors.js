/**
 * Typed errors with stable codes. Codes are never reused. Expected outcomes (no route, unknown
 * place) are results, not these errors; these are for bad input and programming errors.
 * server/error-map.ts maps each code to an HTTP status.
 */
export const ERROR_CODES = [
    'NETWORK_INVALID', // a network folder failed validation (issues attached)
    'NETWORK_NOT_FOUND', // no network with that id / folder
    'NETWORK_FILE_UNREADABLE',
    'QUERY_INVALID', // a route query failed validation or is impossible as stated
    'PLACE_NOT_FOUND', // a place could not be resolved (suggestions attached)
    'SCENARIO_INVALID',
    'SEARCH_ABORTED', // the search was cancelled (time budget or client gone)
    'SEARCH_LIMIT', // a bound (labels, alternatives) stopped the search
    'INTERNAL',
];
export class CorridorError extends Error {
    code;
    issues;
    constructor(code, message, issues = []) {
        super(message);
        this.name = 'CorridorError';
        this.code = code;
        this.issues = issues;
    }
}
/** Formats an issue the way the CLI prints it: `services.yaml:212 services[14].to: unknown terminal …`. */
export function formatIssue(issue) {
    const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}` : ''} ` : '';
    const hint = issue.hint ? `; ${issue.hint}` : '';
    return `${where}${issue.path}: ${issue.message}${hint}`;
}
//# sourceMappingURL=errors.js.map