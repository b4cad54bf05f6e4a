const defOf = (schema) => schema._zod.def;
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch']);
/** The schema with its wrappers removed and, for a union, the option that fits `data`. */
function resolve(schema, data) {
    let s = schema;
    for (;;) {
        const def = defOf(s);
        if (WRAPPERS.has(def.type) && def.innerType)
            s = def.innerType;
        else if (def.type === 'pipe' && def.in)
            s = def.in;
        else if (def.type === 'union' && def.options) {
            const tag = def.discriminator && typeof data === 'object' && data !== null
                ? data[def.discriminator]
                : undefined;
            const match = def.options.find((o) => {
                const shape = defOf(resolve(o, undefined)).shape;
                const lit = shape && def.discriminator ? shape[def.discriminator] : undefined;
                const values = lit ? defOf(lit).values : undefined;
                return values?.includes(tag);
            });
            if (!match)
                return s;
            s = match;
        }
        else
            return s;
    }
}
export function keysAt(schema, path, data) {
    let s = resolve(schema, data);
    let v = data;
    for (const segment of path) {
        const def = defOf(s);
        v =
            typeof v === 'object' && v !== null
                ? v[segment]
                : undefined;
        if (def.type === 'object' && def.shape) {
            const next = def.shape[String(segment)];
            if (!next)
                return [];
            s = resolve(next, v);
        }
        else if (def.type === 'array' && def.element)
            s = resolve(def.element, v);
        else if (def.type === 'record')
            return [];
        else
            return [];
    }
    const def = defOf(s);
    if (def.type === 'union' && def.options)
        return [
            ...new Set(def.options.flatMap((o) => Object.keys(defOf(resolve(o, undefined)).shape ?? {}))),
        ];
    return Object.keys(def.shape ?? {});
}
//# sourceMappingURL=schema-keys.js.map