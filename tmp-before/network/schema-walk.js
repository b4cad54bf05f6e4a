const defOf = (schema) => schema._zod.def;
/** Strips optional/default/… wrappers down to the schema that describes the value. */
function unwrap(schema) {
    let current = schema;
    for (let i = 0; i < 20; i++) {
        const def = defOf(current);
        if (def.innerType &&
            ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(def.type)) {
            current = def.innerType;
        }
        else if (def.type === 'pipe' && def.in) {
            current = def.in;
        }
        else {
            break;
        }
    }
    return current;
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Picks the union member that describes `data`: by discriminator value, else the first that parses. */
function pickOption(def, data) {
    const options = def.options ?? [];
    if (def.discriminator && isRecord(data)) {
        const key = def.discriminator;
        const match = options.find((option) => {
            const field = defOf(unwrap(option)).shape?.[key];
            return field !== undefined && (defOf(unwrap(field)).values ?? []).includes(data[key]);
        });
        if (match)
            return match;
    }
    return (options.find((option) => option.safeParse(data).success) ??
        (isRecord(data) ? options.find((o) => defOf(unwrap(o)).type === 'object') : undefined));
}
export function walkSchema(schema, data, path, visitor) {
    const inner = unwrap(schema);
    const def = defOf(inner);
    switch (def.type) {
        case 'object': {
            if (!isRecord(data) || !def.shape)
                return;
            const shape = def.shape;
            if ('source' in shape && 'assumption' in shape)
                visitor.figure(data, path);
            for (const [key, value] of Object.entries(data)) {
                const field = shape[key];
                if (field)
                    walkSchema(field, value, [...path, key], visitor);
                else
                    visitor.unknownKey([...path, key], Object.keys(shape));
            }
            return;
        }
        case 'array':
            if (Array.isArray(data) && def.element)
                data.forEach((item, i) => walkSchema(def.element, item, [...path, i], visitor));
            return;
        case 'tuple':
            if (Array.isArray(data))
                data.forEach((item, i) => def.items?.[i] && walkSchema(def.items[i], item, [...path, i], visitor));
            return;
        case 'record':
            if (isRecord(data) && def.valueType)
                for (const [key, value] of Object.entries(data))
                    walkSchema(def.valueType, value, [...path, key], visitor);
            return;
        case 'union': {
            const option = pickOption(def, data);
            if (option)
                walkSchema(option, data, path, visitor);
            return;
        }
        default:
            return;
    }
}
//# sourceMappingURL=schema-walk.js.map