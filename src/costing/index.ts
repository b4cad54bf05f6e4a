/** costing: cost models per mode behind one interface, shipment units, tariffs and charges. */
export type { CostModel } from './cost-model.ts';
export { commonAllowed, commonTripUsd, tariffFactor } from './cost-model.ts';
export { costModelFor } from './registry.ts';
export {
  createCostContext,
  generalizedCostUsd,
  ANNUAL_HOLDING_RATE,
  type CostContext,
} from './cost-context.ts';
export {
  shipmentUnits,
  TEU_VOLUME_M3,
  TRUCK_PAYLOAD_T,
  type ShipmentUnits,
} from './shipment-units.ts';
export { lineHaulUsd, tariffQuantity } from './tariff.ts';
export {
  handlingUsd,
  borderFeeUsd,
  gaugeChangeUsd,
  customsUsd,
  subsidyUsd,
  legCo2eKg,
  hubCo2eKg,
} from './charges.ts';
export { emissionFactorUses } from './emission-trace.ts';
export { medianOf, quantileOf, sampleOf, normalQuantile, isDegenerate } from './distribution.ts';
