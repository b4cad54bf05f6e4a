/** model: the vocabulary, file schemas, domain types and errors shared by every module. */
export * from './vocabulary.ts';
export * from './figure.ts';
export * from './network-file.schema.ts';
export * from './network.ts';
export * from './errors.ts';
export * from './query.ts';
export * from './route.ts';
export * from './conditions.ts';
export * from './cargo-stops.ts';
export * from './legality.ts';
export * from './parcel-product.ts';
export * from './border-dwell.ts';
//# sourceMappingURL=index.d.ts.map