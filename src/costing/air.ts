/**
 * Cost model of air services. Billed by chargeable weight (max of actual and volumetric kg, the
 * manifest's volumetric factor). Lithium-ion batteries shipped as cargo (UN 3480) are forbidden on
 * passenger aircraft under ICAO Technical Instructions since 2016, so belly services never take
 * them, whatever the service file says; freighters need the service's own permission.
 */
import type { CostModel } from './cost-model.ts';
import { commonAllowed, commonTariffUsd } from './cost-model.ts';

export const airModel: CostModel = {
  mode: 'air',
  allowed(service, ctx) {
    if (service.kind === 'air_belly' && ctx.cargo.has('lithium_batteries')) {
      return `${service.id} is a passenger (belly) service: no lithium batteries as cargo`;
    }
    return commonAllowed(service, ctx);
  },
  tariffUsd: commonTariffUsd,
};
