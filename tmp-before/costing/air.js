import { commonAllowed, commonTariffUsd } from "./cost-model.js";
export const airModel = {
    mode: 'air',
    allowed(service, ctx) {
        if (service.kind === 'air_belly' &&
            ctx.cargo.has('lithium_batteries') &&
            ctx.lithiumUn === 'UN3480') {
            return `${service.id} is a passenger (belly) service: no lithium-ion batteries on their own (UN3480, cargo aircraft only)`;
        }
        return commonAllowed(service, ctx);
    },
    tariffUsd: commonTariffUsd,
};
//# sourceMappingURL=air.js.map