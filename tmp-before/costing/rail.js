import { commonAllowed, commonTariffUsd } from "./cost-model.js";
export const railModel = {
    mode: 'rail',
    allowed: commonAllowed,
    tariffUsd: commonTariffUsd,
};
//# sourceMappingURL=rail.js.map