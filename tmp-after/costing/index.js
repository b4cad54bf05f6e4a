/** costing: cost models per mode behind one interface, shipment units, tariffs and charges. */
export { perKmRate, parcelTariffUsd, takesDgClass } from "./cost-model.js";
export { isParcelShipment, parcelBasisText, parcelUsd, pieceChargeableKg } from "./parcel.js";
export { parcelLastMile, } from "./parcel-delivery.js";
export { costModelFor } from "./registry.js";
export { createCostContext, generalizedCostUsd, timeScoreH, ANNUAL_HOLDING_RATE, } from "./cost-context.js";
export { shipmentUnits } from "./shipment-units.js";
export { lineHaulUsd, perKmUsd, ratesUsed } from "./tariff.js";
export { handlingUsd, borderFeeUsd, gaugeChangeUsd, customsUsd, transitDeclarations, transitUsd, subsidyUsd, hubCo2eKg, } from "./charges.js";
export { specialCargoCharges, rideLeadTimes, specialCargoRide, } from "./special-cargo.js";
export { emissionFactorUses } from "./emission-trace.js";
export { medianOf, quantileOf, sampleOf, isDegenerate, packDistribution, samplePacked, samplePackedZ, excessOverMedianPackedZ, clampUniform, normalQuantile, PACKED_SIZE, } from "./distribution.js";
//# sourceMappingURL=index.js.map