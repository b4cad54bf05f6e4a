/**
 * Paths into a scenario, as design parameters name them: dotted keys, `[id]` for the list item with
 * that id, `[n]` for the n-th item: `demand.scale`, `policies[im-tir-truck-trip].amount_usd`,
 * `events[0].days`. Setting a value checks the path exists in the scenario and keeps its type, so a
 * misspelt path or a string where a number belongs is an issue, not a silently ignored field.
 */
import { didYouMean } from "../lib/suggest.js";
export function parsePath(path) {
    const out = [];
    const re = /([^.[\]]+)|\[([^\]]+)\]/gy;
    let at = 0;
    while (at < path.length) {
        if (path[at] === '.' && out.length > 0)
            at++;
        re.lastIndex = at;
        const m = re.exec(path);
        if (!m)
            return undefined;
        if (m[1] !== undefined)
            out.push(m[1]);
        else if (/^\d+$/.test(m[2]))
            out.push({ index: Number(m[2]) });
        else
            out.push({ id: m[2] });
        at = re.lastIndex;
    }
    return out.length > 0 ? out : undefined;
}
const describe = (s) => typeof s === 'string' ? s : 'id' in s ? `[${s.id}]` : `[${s.index}]`;
/**
 * Sets `value` at `path` in a (deeply copied) scenario object; answers the new object or a message
 * naming the first segment that does not exist (with a did-you-mean) or the type that does not match.
 */
export function setAtPath(target, path, value) {
    const segments = parsePath(path);
    if (!segments)
        return { error: `"${path}" is not a path (keys.joined.by.dots, [id] or [n])` };
    const root = structuredClone(target);
    let node = root;
    for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        const last = i === segments.length - 1;
        const where = segments.slice(0, i).map(describe).join('.') || 'the scenario';
        let key;
        if (typeof seg === 'string') {
            if (node === null || typeof node !== 'object' || Array.isArray(node))
                return { error: `${where} is not an object, so it has no "${seg}"` };
            if (!(seg in node)) {
                const hint = didYouMean(seg, Object.keys(node));
                return { error: `${where} has no "${seg}"${hint ? `; ${hint}` : ''}` };
            }
            key = seg;
        }
        else {
            if (!Array.isArray(node))
                return { error: `${where} is not a list` };
            if ('index' in seg) {
                if (seg.index >= node.length)
                    return { error: `${where} has ${node.length} items, so no [${seg.index}]` };
                key = seg.index;
            }
            else {
                const ids = node.map((x) => String(x?.id));
                key = ids.indexOf(seg.id);
                if (key < 0) {
                    const hint = didYouMean(seg.id, ids);
                    return { error: `${where} has no item with id "${seg.id}"${hint ? `; ${hint}` : ''}` };
                }
            }
        }
        const holder = node;
        if (last) {
            const before = holder[key];
            if (before !== undefined && before !== null && typeof before !== typeof value)
                return {
                    error: `${path} holds a ${typeof before} (${JSON.stringify(before)}), not a ${typeof value}`,
                };
            holder[key] = value;
        }
        else
            node = holder[key];
    }
    return { value: root };
}
//# sourceMappingURL=scenario-path.js.map