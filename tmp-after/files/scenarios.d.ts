import { type Network } from '../model/index.ts';
import { type Scenario, type ScenarioInput } from '../simulation/index.ts';
/**
 * Reads a scenario file (and what it extends, and its shipments CSV) and checks it against the
 * network when one is given; throws SCENARIO_INVALID with file, line and field of every issue.
 */
export declare function loadScenario(file: string, opts?: {
    network?: Network;
}): Promise<Scenario>;
/**
 * The network a scenario file names (following `extends`; the built-in one when none does), read
 * leniently: a file with errors still gets its references checked against that network in the same pass.
 */
export declare function scenarioNetworkId(file: string): Promise<string>;
/**
 * Builds a scenario from an object in a script: typed as a scenario file, and checked at run time
 * with the same checks as a file (a value from JSON or a cast gets no pass).
 * @example buildScenario({ extends: 'baseline-2024.yaml', policies: [...] }, { network, dir: 'networks/inner-mongolia/scenarios' })
 */
export declare function buildScenario(data: ScenarioInput, opts?: {
    network?: Network;
    dir?: string;
    name?: string;
}): Scenario;
/**
 * Writes the scenario files' JSON Schema into a scenarios folder (default: the built-in network's),
 * where their `# yaml-language-server: $schema=./scenario.schema.json` comments point.
 * @example node --import tsx -e "await (await import('./src/index.ts')).writeScenarioJsonSchema()"
 */
export declare function writeScenarioJsonSchema(dir?: string): Promise<string>;
/** A shipped scenario as listed: its header fields and the file it is read from. */
export type ScenarioListing = Pick<Scenario, 'id' | 'name' | 'description' | 'name_zh' | 'description_zh' | 'baseline'> & {
    file: string;
};
/** The scenarios shipped with a network (its scenarios/ folder), parsed without the network check. */
export declare function listScenarios(networkDir: string): Promise<ScenarioListing[]>;
//# sourceMappingURL=scenarios.d.ts.map