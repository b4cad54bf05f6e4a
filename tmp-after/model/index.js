/** model: the vocabulary, file schemas, domain types and errors shared by every module. */
export * from "./vocabulary.js";
export * from "./figure.js";
export * from "./network-file.schema.js";
export * from "./network.js";
export * from "./errors.js";
export * from "./query.js";
export * from "./route.js";
export * from "./conditions.js";
export * from "./cargo-stops.js";
export * from "./legality.js";
export * from "./parcel-product.js";
export * from "./border-dwell.js";
//# sourceMappingURL=index.js.map