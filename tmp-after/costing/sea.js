import { commonAllowed, commonTariffUsd } from "./cost-model.js";
export const seaModel = {
    mode: 'sea',
    allowed: commonAllowed,
    tariffUsd: commonTariffUsd,
};
//# sourceMappingURL=sea.js.map