import { type Problem, type ProblemCode, type ProblemIssue } from '../contract/index.ts';
interface CodeSpec {
    status: number;
    title: string;
}
/** Status and title of every problem code. No route is not here: it is a 200 answer. */
export declare const ERROR_MAP: Readonly<Record<ProblemCode, CodeSpec>>;
export interface ProblemContext {
    instance: string;
    requestId: string;
}
/** A problem with the given code; `status` comes from the table. */
export declare function createProblem(code: ProblemCode, detail: string, ctx: ProblemContext, issues?: ProblemIssue[]): Problem;
/** Converts anything thrown while handling a request into a problem. */
export declare function toProblem(error: unknown, ctx: ProblemContext): Problem;
export {};
//# sourceMappingURL=error-map.d.ts.map