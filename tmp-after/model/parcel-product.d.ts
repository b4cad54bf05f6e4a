import type { Service } from './network-file.schema.ts';
/**
 * A service that files parcel tariffs and no other (docs/decisions.md C4): a postal or e-commerce
 * parcel product, which takes 9610 parcels only and may run a collection or delivery leg by another
 * mode than its trunk.
 */
export declare function isParcelProduct(service: Service): boolean;
//# sourceMappingURL=parcel-product.d.ts.map