/**
 * The output slots of an edge's cost (edge-cost.ts writes them into a caller's Float64Array) and the
 * shape of a context's hop memo. Apart from edge-cost so the search context can size and keep them
 * without importing the edge costing that reads the context.
 */
/** out[] slots */
export const OUT_MONEY = 0;
/** static: hours on the edge; time-dependent: arrival (epoch hours) */
export const OUT_TIME = 1;
export const OUT_CO2 = 2;
/** time-dependent hops: departure of the service from its first stop (epoch hours) */
export const OUT_DEP0 = 3;
/**
 * The money of an edge by component, each computed once here; OUT_MONEY is their sum. Line haul and
 * subsidy (≤ 0, never more than the line haul) of a hop; border fees and gauge change of borders
 * crossed (on board or at a border edge); handling of a transfer between modes.
 */
export const OUT_LINE_HAUL = 4;
export const OUT_SUBSIDY = 5;
export const OUT_BORDER_FEES = 6;
export const OUT_GAUGE_CHANGE = 7;
export const OUT_HANDLING = 8;
/** import clearance where the edge enters the destination's customs territory (decisions DC1) */
export const OUT_IMPORT_CUSTOMS = 9;
/** special-cargo surcharges of a hop: once per ride, by the service's mode (decisions C3) */
export const OUT_SPECIAL_CARGO = 10;
/**
 * last-mile delivery of a parcel shipment's pieces, on the ride that ends at the destination when
 * its service is not a parcel product (decisions C6)
 */
export const OUT_PARCEL_DELIVERY = 11;
/**
 * a transit declaration (T1, TIR) opened where a ride enters the destination's customs territory on
 * board and goes on inside it (decisions DC3, DC4); apart from the import clearance it leads to
 */
export const OUT_TRANSIT_CUSTOMS = 12;
/** slots an out array needs */
export const OUT_SIZE = 13;
//# sourceMappingURL=edge-out.js.map