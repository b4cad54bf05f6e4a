/** Cost model of rail services: block trains, rail-sea shuttles, domestic and transit rail. */
import type { CostModel } from './cost-model.ts';
export declare const railModel: CostModel;
//# sourceMappingURL=rail.d.ts.map