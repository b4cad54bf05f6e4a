import { commonAllowed, commonTariffUsd } from "./cost-model.js";
export const roadModel = {
    mode: 'road',
    allowed: commonAllowed,
    tariffUsd: commonTariffUsd,
};
//# sourceMappingURL=road.js.map