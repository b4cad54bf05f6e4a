/** Field paths in issues: ['services', 14, 'legs', 0, 'to'] is printed "services[14].legs[0].to". */
export function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += out === '' ? String(segment) : `.${String(segment)}`;
    }
    return out === '' ? '(file)' : out;
}
//# sourceMappingURL=path.js.map