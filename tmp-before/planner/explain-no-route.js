export function relaxationsFor(q, hasConditions, run) {
    const c = q.constraints;
    const out = [];
    if (c.avoid_countries.length > 0) {
        out.push({
            reason: {
                code: 'AVOID_COUNTRIES',
                params: { countries: [...c.avoid_countries] },
                text: `avoiding ${c.avoid_countries.join(', ')} (constraints.avoid_countries) removes the last corridor`,
            },
            attempt: () => run({ constraints: { avoid_countries: [] } }),
        });
    }
    if (c.avoid_terminals.length > 0) {
        out.push({
            reason: {
                code: 'AVOID_TERMINALS',
                params: { terminals: [...c.avoid_terminals] },
                text: `avoiding terminals ${c.avoid_terminals.join(', ')} (constraints.avoid_terminals) removes the last corridor`,
            },
            attempt: () => run({ constraints: { avoid_terminals: [] } }),
        });
    }
    if (c.avoid_borders.length > 0) {
        out.push({
            reason: {
                code: 'AVOID_BORDERS',
                params: { borders: [...c.avoid_borders] },
                text: `avoiding borders ${c.avoid_borders.join(', ')} (constraints.avoid_borders) removes the last corridor`,
            },
            attempt: () => run({ constraints: { avoid_borders: [] } }),
        });
    }
    if (c.modes) {
        out.push({
            reason: {
                code: 'MODES',
                params: { modes: [...c.modes] },
                text: `no route uses only ${c.modes.join(', ')} (constraints.modes)`,
            },
            attempt: () => run({ constraints: { modes: undefined } }),
        });
    }
    if (c.max_transfers !== undefined) {
        out.push({
            reason: {
                code: 'MAX_TRANSFERS',
                params: { max_transfers: c.max_transfers },
                text: `every route needs more than ${c.max_transfers} transfers (constraints.max_transfers)`,
            },
            attempt: () => run({ constraints: { max_transfers: undefined } }),
        });
    }
    if (c.budget_usd !== undefined) {
        out.push({
            reason: {
                code: 'BUDGET',
                params: { budget_usd: c.budget_usd },
                text: `every route costs more than the budget of ${c.budget_usd} USD (constraints.budget_usd)`,
            },
            attempt: () => run({ constraints: { budget_usd: undefined } }),
        });
    }
    if (c.deadline !== undefined) {
        out.push({
            reason: {
                code: 'DEADLINE',
                params: { deadline: c.deadline },
                text: `no route arrives by the deadline ${c.deadline} (constraints.deadline)`,
            },
            attempt: () => run({ constraints: { deadline: undefined } }),
        });
    }
    if (q.shipment.cargo.length > 0) {
        out.push({
            reason: {
                code: 'CARGO',
                params: { cargo: [...q.shipment.cargo] },
                text: `no service on the remaining corridors takes ${q.shipment.cargo.join(', ')} (shipment.cargo)`,
            },
            attempt: () => run({ query: { shipment: { ...q.shipment, cargo: [] } } }),
        });
    }
    if (q.shipment.regime !== 'general') {
        out.push({
            reason: {
                code: 'REGIME',
                params: { regime: q.shipment.regime },
                text: `no terminal on the remaining corridors clears regime ${q.shipment.regime} (shipment.regime)`,
            },
            attempt: () => run({ noCustoms: true }),
        });
    }
    if (hasConditions) {
        out.push({
            reason: {
                code: 'CONDITIONS',
                params: {},
                text: 'the closures and conditions in force remove the last corridor',
            },
            attempt: () => run({ noConditions: true }),
        });
    }
    return out;
}
export function explainNoRoute(relaxations, fallback) {
    for (const r of relaxations)
        if (r.attempt())
            return r.reason;
    return fallback;
}
//# sourceMappingURL=explain-no-route.js.map