import type { NetworkFileText } from './parse-network.ts';
export interface FigureCounts {
    readonly sourced: number;
    readonly sourcedWithAssumption: number;
    readonly assumptions: number;
    readonly total: number;
}
export declare function countFigures(files: readonly NetworkFileText[]): FigureCounts;
//# sourceMappingURL=figure-counts.d.ts.map