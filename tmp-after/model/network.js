/** Suffix of the id of a service generated from `both_directions`. */
export const RETURN_SUFFIX = '-return';
/** The id of the service as filed: a generated return service's id without RETURN_SUFFIX. */
export function filedServiceId(id) {
    return id.endsWith(RETURN_SUFFIX) ? id.slice(0, -RETURN_SUFFIX.length) : id;
}
//# sourceMappingURL=network.js.map