/**
 * Builds the immutable `Network` from a validated draft: Maps by id, and each `both_directions`
 * service expanded into "<id>-return" running the legs backwards with the same figures.
 */
import { type Network, type Service } from '../model/index.ts';
import type { Draft } from './draft.ts';
/** The return of a service: legs reversed, each stop's dwell moved to the same place on the way back. */
export declare function reverseService(service: Service): Service;
export declare function buildNetwork(draft: Draft): Network;
//# sourceMappingURL=build-network.d.ts.map