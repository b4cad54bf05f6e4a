import type { Issue, Network } from '../model/index.ts';
import { type Scenario } from './scenario.schema.ts';
export interface ParseScenarioOptions {
    /** text of another file beside the scenario (for `extends` and `shipments_csv`), undefined when absent */
    readFile?: (name: string) => string | undefined;
    /** when given, ids and source ids are checked against it */
    network?: Network;
}
/**
 * Parses a scenario file (and the files it extends) into a Scenario.
 * @example parseScenario('erenhot-halt.yaml', text, { readFile, network })
 */
export declare function parseScenario(file: string, text: string, opts?: ParseScenarioOptions): {
    scenario?: Scenario;
    issues: Issue[];
};
//# sourceMappingURL=parse-scenario.d.ts.map