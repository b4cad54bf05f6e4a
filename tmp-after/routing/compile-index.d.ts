import type * as model from '../model/index.ts';
import { type RoutingIndex } from './routing-index.ts';
export declare function compileIndex(network: model.Network): RoutingIndex;
//# sourceMappingURL=compile-index.d.ts.map