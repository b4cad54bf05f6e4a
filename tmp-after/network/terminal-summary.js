export function terminalSummary(t) {
    return {
        id: t.id,
        name: t.name,
        name_zh: t.name_zh,
        city: t.city,
        city_zh: t.city_zh,
        country: t.country,
        kinds: t.kinds,
        modes: t.modes,
    };
}
//# sourceMappingURL=terminal-summary.js.map