/**
 * The gateways of a network, which is how planners name corridors: land border crossings, and the
 * seaports and airports where a sea or air service leaves the country. Each comes with the services
 * that pass through it (return services included).
 */
import { type Mode, type Network } from '../model/index.ts';
export interface Gateway {
    kind: 'border' | 'seaport' | 'airport';
    /** border id, or terminal id for a port */
    id: string;
    name: string;
    name_zh: string;
    mode: Mode;
    /** the gateway's country first, then the countries it connects to */
    countries: string[];
    services: string[];
}
export declare function listGateways(network: Network): Gateway[];
//# sourceMappingURL=gateways.d.ts.map