/**
 * Cost model of road services (TIR lines, trucking, express channels). A truck carries 1 FEU or
 * 2 TEU or about 20 t; per-truck tariffs count trucks (shipment-units.ts).
 */
import type { CostModel } from './cost-model.ts';
export declare const roadModel: CostModel;
//# sourceMappingURL=road.d.ts.map