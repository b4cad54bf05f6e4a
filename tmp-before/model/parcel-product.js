/**
 * A service that files parcel tariffs and no other (docs/decisions.md C4): a postal or e-commerce
 * parcel product, which takes 9610 parcels only and may run a collection or delivery leg by another
 * mode than its trunk.
 */
export function isParcelProduct(service) {
    return ((service.parcel_tariffs?.length ?? 0) > 0 &&
        service.tariffs.length === 0 &&
        !service.tariff_rule);
}
//# sourceMappingURL=parcel-product.js.map