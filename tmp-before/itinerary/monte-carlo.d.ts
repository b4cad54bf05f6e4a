import type { Distribution } from '../model/index.ts';
import { type ServiceInfo } from '../routing/index.ts';
export type McStep = {
    kind: 'hop';
    si: ServiceInfo;
    i: number;
    j: number;
    /** planned first-stop departure (epoch hours), or -1 for a route planned without schedules */
    dep0: number;
    /** planned hours from boarding to arrival beyond the timetable (conditions), or the whole ride when dep0 < 0 */
    extraH: number;
    onBoardBorders: readonly Distribution[];
} | {
    kind: 'fixed';
    hours: number;
} | {
    kind: 'random';
    dist: Distribution;
    addH: number;
};
/**
 * How P50/P90 are drawn: `runs` replays, stratified (Latin hypercube, the default) or plain
 * independent uniforms (kept for the accuracy test and for a reference with many runs).
 */
export interface DrawOptions {
    runs?: number;
    sampling?: 'stratified' | 'plain';
    /**
     * The destination's import clearance: drawn from its distribution (the default), or held at its
     * median, as the validation report measures transport without it (docs/decisions.md V7, V14).
     */
    importClearance?: 'drawn' | 'median';
}
/** A route's P50 and P90 arrival (epoch hours) and the share of its runs that missed a departure. */
export interface ArrivalQuantiles {
    readonly p50: number;
    readonly p90: number;
    readonly missRisk: number;
}
export declare function arrivalQuantiles(steps: readonly McStep[], departH: number, seed: number, draws?: DrawOptions, bookedAtH?: number): ArrivalQuantiles;
//# sourceMappingURL=monte-carlo.d.ts.map