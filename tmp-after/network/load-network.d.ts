import type { Issue, Network } from '../model/index.ts';
import type { ParseResult } from './parse-network.ts';
/** Reads the network files in `dir` (network.yaml, services.yaml, … as .yaml, .yml or .json) and validates them. */
export declare function loadNetwork(dir: string): Promise<ParseResult>;
export interface NetworksResult {
    /** networks that loaded without errors, by manifest id */
    networks: Map<string, Network>;
    /** the issues of every folder tried, including those that loaded */
    reports: {
        dir: string;
        issues: Issue[];
    }[];
}
/** Loads every subfolder of `rootDir` that has a network.yaml / .yml / .json. */
export declare function loadNetworks(rootDir: string): Promise<NetworksResult>;
//# sourceMappingURL=load-network.d.ts.map