/**
 * Cost model of air services. Billed by chargeable weight (max of actual and volumetric kg, the
 * manifest's volumetric factor). Lithium-ion batteries shipped on their own (UN 3480, packing
 * instruction 965) are forbidden on passenger aircraft under the ICAO Technical Instructions since
 * 1 April 2016, so belly services never take them, whatever the service file says; batteries in or
 * with equipment (UN 3481, PI 966/967) may fly in a belly hold when the service takes batteries;
 * freighters need the service's own permission (docs/decisions.md C1).
 */
import type { CostModel } from './cost-model.ts';
import { commonAllowed, commonTariffUsd } from './cost-model.ts';

export const airModel: CostModel = {
  mode: 'air',
  allowed(service, ctx) {
    if (
      service.kind === 'air_belly' &&
      ctx.cargo.has('lithium_batteries') &&
      ctx.lithiumUn === 'UN3480'
    ) {
      return `${service.id} is a passenger (belly) service: no lithium-ion batteries on their own (UN3480, cargo aircraft only)`;
    }
    return commonAllowed(service, ctx);
  },
  tariffUsd: commonTariffUsd,
};
