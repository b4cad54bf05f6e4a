/**
 * Runs validation cases against a compiled planner and says, per case, whether the planner's figure
 * lies within the published range and by how much it is off. Pure: no file access, no clock (the
 * departure dates come from the file), so the same planner and cases give the same report.
 */
import { type Route } from '../model/index.ts';
import type { Planner } from '../planner/index.ts';
import { type ValidationCase, type ValidationFile } from './validation-file.schema.ts';
export interface CaseResult {
    readonly case: ValidationCase;
    /** the planner's figure in the case's unit; undefined when there is no route (or no such border) */
    readonly value?: number;
    readonly within: boolean;
    /**
     * signed distance outside the range as a share of the nearer bound: +0.25 is 25 % above high,
     * −0.10 is 10 % below low; 0 when within; undefined when there is no value
     */
    readonly off?: number;
    /** the services the route rides, or the no-route reason */
    readonly detail: string;
    /**
     * false when the network's own figures behind the measure cite the case's source, or one of its
     * sources (input-sources.ts):
     * the case then reads back a figure the model was built from instead of testing it
     */
    readonly independent: boolean;
}
export interface ValidationReport {
    readonly results: readonly CaseResult[];
    readonly within: number;
    readonly total: number;
    /** within / total, 0..1 */
    readonly share: number;
    /** the same over the independent cases only */
    readonly independentWithin: number;
    readonly independentTotal: number;
    readonly independentShare: number;
}
/**
 * When the shipper hands the cargo over (ms): the first leg's departure, moved later by the waits
 * before the first timetabled departure that booking ahead or leaving later avoids (docs/decisions.md
 * V4): the lead-time waits of on-demand pre-carriage and the wait for the first timetabled departure
 * beyond its cut-off. Waits after that departure (missed connections, later transfers) count.
 */
export declare function handoverMs(route: Route): number;
export declare function runCase(planner: Planner, c: ValidationCase, defaultDepart: string): CaseResult;
/** Runs every case (in file order) on one planner. */
export declare function runValidation(planner: Planner, file: ValidationFile): ValidationReport;
//# sourceMappingURL=run-validation.d.ts.map