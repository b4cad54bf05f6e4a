import { type Estimate, type SimulationResult } from '../simulation/index.ts';
import type { CellValues } from './cells.ts';
export interface LongRow {
    cell: string;
    values: CellValues;
    kpi: string;
    estimate: Estimate;
}
export declare function longRows(cells: readonly {
    id: string;
    values: CellValues;
    result: SimulationResult;
}[]): LongRow[];
export declare function longCsv(parameters: readonly string[], rows: readonly LongRow[]): string;
export declare function longParquet(parameters: readonly string[], rows: readonly LongRow[]): Uint8Array;
//# sourceMappingURL=long-table.d.ts.map