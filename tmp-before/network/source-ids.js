/** Collects the source ids cited anywhere inside a record (its figures' `source` fields), for display. */
export function sourceIdsOf(value, into = new Set()) {
    visit(value, into);
    return [...into].sort();
}
function visit(value, into) {
    if (Array.isArray(value)) {
        for (const item of value)
            visit(item, into);
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
            if (key === 'source') {
                if (typeof inner === 'string')
                    into.add(inner);
                else if (Array.isArray(inner))
                    for (const id of inner)
                        if (typeof id === 'string')
                            into.add(id);
            }
            else {
                visit(inner, into);
            }
        }
    }
}
//# sourceMappingURL=source-ids.js.map