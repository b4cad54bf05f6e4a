export function corridorOf(index, gateways) {
    const names = gateways.map((g) => {
        if (g.startsWith('border:')) {
            const b = index.borders[index.borderIndex.get(g.slice(7)) ?? -1]?.border;
            return b ? [b.name, b.name_zh] : [g, g];
        }
        const t = index.terminals[index.terminalIndex.get(g.slice(5)) ?? -1];
        return t ? [t.name, t.name_zh] : [g, g];
    });
    return {
        id: gateways.length > 0 ? gateways.join('>') : 'direct',
        label: names.length > 0 ? names.map((n) => n[0]).join(' · ') : 'direct (no gateway)',
        label_zh: names.length > 0 ? names.map((n) => n[1]).join(' · ') : '直达（无口岸）',
        gateways: [...gateways],
    };
}
//# sourceMappingURL=corridor-label.js.map