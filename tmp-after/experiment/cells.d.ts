import type { DesignFile } from './design.schema.ts';
export type CellValues = Record<string, number | string | boolean>;
export declare function gridCells(params: readonly {
    name: string;
    values: readonly CellValues[string][];
}[]): CellValues[];
export declare function latinHypercube(params: readonly {
    name: string;
    min: number;
    max: number;
    integer?: boolean | undefined;
}[], samples: number, seed: number): CellValues[];
/** The cells of a design already checked by parse-design.ts. */
export declare function cellsOf(design: DesignFile): CellValues[];
//# sourceMappingURL=cells.d.ts.map