/** The corridor of a route from its gateway ids: a stable id and labels in English and Chinese. */
import type { Corridor } from '../model/index.ts';
import type { RoutingIndex } from '../routing/index.ts';
export declare function corridorOf(index: RoutingIndex, gateways: readonly string[]): Corridor;
//# sourceMappingURL=corridor-label.d.ts.map