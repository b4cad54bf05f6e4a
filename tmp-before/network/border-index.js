export function indexBorders(borders) {
    const directed = new Map();
    const undirected = new Map();
    const add = (map, key, b) => map.set(key, [...(map.get(key) ?? []), b]);
    for (const b of borders) {
        const [a, z] = b.sides;
        add(directed, `${a}|${z}`, b);
        if (b.both_directions)
            add(directed, `${z}|${a}`, b);
        add(undirected, [a, z].sort().join('|'), b);
    }
    return {
        between: (from, to, mode) => (directed.get(`${from}|${to}`) ?? []).filter((b) => b.mode === mode),
        joining: (a, b) => undirected.get([a, b].sort().join('|')) ?? [],
    };
}
//# sourceMappingURL=border-index.js.map