/** An error raised by the HTTP layer itself (not the core), carrying a problem code and issues. */
import type { ProblemCode, ProblemIssue } from '../contract/index.ts';
export declare class ApiError extends Error {
    readonly code: ProblemCode;
    readonly issues: readonly ProblemIssue[];
    readonly headers: Readonly<Record<string, string>>;
    constructor(code: ProblemCode, message: string, issues?: readonly ProblemIssue[], headers?: Record<string, string>);
}
//# sourceMappingURL=api-error.d.ts.map