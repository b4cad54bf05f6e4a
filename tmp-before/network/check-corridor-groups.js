import { didYouMean } from "../lib/suggest.js";
export function checkCorridorGroups(draft, terminals, report) {
    const groups = draft.corridorGroups ?? [];
    const borders = new Map(draft.borders.map(({ value }) => [value.id, value]));
    const seen = new Map();
    for (const { value: g, index } of groups) {
        const first = seen.get(g.id);
        if (first !== undefined)
            report.error('corridors', ['groups', index, 'id'], `duplicate corridor "${g.id}" (first at groups[${first}])`);
        else
            seen.set(g.id, index);
        if (g.borders.length === 0 && g.ports.length === 0)
            report.error('corridors', ['groups', index], 'a corridor needs `borders` or `ports`: without them no route can belong to it');
        g.borders.forEach((id, i) => {
            const b = borders.get(id);
            if (!b)
                report.error('corridors', ['groups', index, 'borders', i], `unknown border crossing "${id}"`, didYouMean(id, borders.keys()));
            else if (b.mode !== g.mode)
                report.error('corridors', ['groups', index, 'borders', i], `border crossing "${id}" is ${b.mode}, but the corridor's mode is ${g.mode}`);
        });
        g.ports.forEach((id, i) => {
            const t = terminals.get(id);
            if (!t)
                report.error('corridors', ['groups', index, 'ports', i], `unknown terminal "${id}"`, didYouMean(id, terminals.keys()));
            else if (!t.modes.includes(g.mode))
                report.error('corridors', ['groups', index, 'ports', i], `terminal "${id}" does not serve ${g.mode}, the corridor's mode`);
        });
    }
}
//# sourceMappingURL=check-corridor-groups.js.map