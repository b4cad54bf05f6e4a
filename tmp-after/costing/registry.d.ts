/** Mode → cost model. A new mode is one model file and one line here. */
import type { Mode } from '../model/index.ts';
import type { CostModel } from './cost-model.ts';
export declare function costModelFor(mode: Mode): CostModel;
//# sourceMappingURL=registry.d.ts.map