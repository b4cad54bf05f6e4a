import type { Issue } from '../model/index.ts';
import { type ParsedFile } from '../network/index.ts';
import type { Scenario } from '../simulation/index.ts';
import { type CellValues } from './cells.ts';
import { DesignFile } from './design.schema.ts';
export interface DesignCell {
    /** 0-based position in the design */
    index: number;
    /** folder name: cell-0001, cell-0002, … */
    id: string;
    values: CellValues;
}
/** Parses the design text (structure and field rules); the cells' scenarios are checked by checkCells. */
export declare function parseDesign(file: string, text: string): {
    design?: DesignFile;
    cells?: DesignCell[];
    yaml?: ParsedFile;
    issues: Issue[];
};
/**
 * Each cell's scenario: the base with the cell's values set at the parameters' paths, and the
 * replications and seed of the design. A path that does not exist or a value of the wrong type is
 * an issue at the parameter's line; `check` (a scenario validator) sees every distinct scenario.
 */
export declare function cellScenarios(design: DesignFile, cells: readonly DesignCell[], base: Scenario, where: {
    file: string;
    yaml: ParsedFile;
}, check?: (scenario: Scenario) => readonly Issue[]): {
    scenarios: Scenario[];
    issues: Issue[];
};
//# sourceMappingURL=parse-design.d.ts.map