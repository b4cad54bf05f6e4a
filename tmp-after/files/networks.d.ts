import { type Network } from '../model/index.ts';
/** The networks folder shipped with the package. */
export declare const NETWORKS_DIR: string;
/** Loads and validates a network folder; throws NETWORK_INVALID with every issue when it has errors. */
export declare function openNetwork(dir?: string): Promise<Network>;
/** Where a scenario's network lives: `<networks>/<id>/scenarios/x.yaml` → `<networks>/<id>`, else the shipped folder. */
export declare function networkDirFor(scenarioFile: string, networkId: string): string;
/**
 * SHA-256 of a network folder's own files (the YAML beside network.yaml, by name; not its scenarios):
 * two runs on networks with the same hash ran on the same data.
 */
export declare function networkContentHash(dir: string): Promise<string>;
//# sourceMappingURL=networks.d.ts.map