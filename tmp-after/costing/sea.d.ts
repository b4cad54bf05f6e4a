/** Cost model of sea services (deep-sea and short-sea container lines). */
import type { CostModel } from './cost-model.ts';
export declare const seaModel: CostModel;
//# sourceMappingURL=sea.d.ts.map