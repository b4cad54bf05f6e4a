/** costing: cost models per mode behind one interface, shipment units, tariffs and charges. */
export { perKmRate, parcelTariffUsd, takesDgClass } from './cost-model.ts';
export { isParcelShipment, parcelBasisText, parcelUsd, pieceChargeableKg } from './parcel.ts';
export { parcelLastMile, type ParcelDeliveryCharge, type ParcelDeliveryGap, } from './parcel-delivery.ts';
export { costModelFor } from './registry.ts';
export { createCostContext, generalizedCostUsd, timeScoreH, ANNUAL_HOLDING_RATE, type CostContext, } from './cost-context.ts';
export { shipmentUnits, type ShipmentUnits } from './shipment-units.ts';
export { lineHaulUsd, perKmUsd, ratesUsed } from './tariff.ts';
export { handlingUsd, borderFeeUsd, gaugeChangeUsd, customsUsd, transitDeclarations, transitUsd, subsidyUsd, hubCo2eKg, } from './charges.ts';
export { specialCargoCharges, rideLeadTimes, type RideLeadTimes, specialCargoRide, type PerUnitSurcharge, } from './special-cargo.ts';
export { emissionFactorUses } from './emission-trace.ts';
export { medianOf, quantileOf, sampleOf, isDegenerate, packDistribution, samplePacked, samplePackedZ, excessOverMedianPackedZ, clampUniform, normalQuantile, PACKED_SIZE, } from './distribution.ts';
//# sourceMappingURL=index.d.ts.map