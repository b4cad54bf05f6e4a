import { ruleFor } from "./handling.js";
/** Time zones known to the runtime's ICU; memoised because building a formatter is slow. */
const zoneCache = new Map();
const isTimeZone = (tz) => {
    let known = zoneCache.get(tz);
    if (known === undefined) {
        try {
            new Intl.DateTimeFormat('en', { timeZone: tz });
            known = true;
        }
        catch {
            known = false;
        }
        zoneCache.set(tz, known);
    }
    return known;
};
export function checkTerminals(draft, report) {
    const reached = new Set();
    for (const { value } of draft.services)
        for (const leg of value.legs)
            reached.add(leg.from).add(leg.to);
    for (const { value } of draft.borders)
        for (const side of value.sides)
            reached.add(side);
    const defaults = draft.manifest?.default_handling ?? [];
    for (const { value: t, index } of draft.terminals) {
        const at = (...rest) => ['terminals', index, ...rest];
        if (t.modes.includes('rail') && t.gauge_mm === undefined) {
            report.error('terminals', at('modes'), `terminal "${t.id}" serves rail but gives no gauge_mm (1435 or 1520)`);
        }
        if (!isTimeZone(t.timezone))
            report.error('terminals', at('timezone'), `unknown IANA time zone "${t.timezone}"`);
        if (new Set(t.modes).size !== t.modes.length)
            report.error('terminals', at('modes'), 'a mode is listed twice');
        t.handling.forEach((rule, r) => {
            for (const m of rule.modes) {
                if (!t.modes.includes(m))
                    report.warning('terminals', at('handling', r, 'modes'), `handling rule names ${m}, which "${t.id}" does not serve`);
            }
        });
        for (let i = 0; i < t.modes.length; i++) {
            for (let j = i + 1; j < t.modes.length; j++) {
                const [a, b] = [t.modes[i], t.modes[j]];
                if (!ruleFor(t.handling, a, b) && !ruleFor(defaults, a, b)) {
                    report.warning('terminals', at('handling'), `no handling rule for ${a}↔${b} here or in network.yaml default_handling; no transfer between them is possible`);
                }
            }
        }
        if (!reached.has(t.id))
            report.warning('terminals', at('id'), `no service or border crossing reaches terminal "${t.id}"`);
    }
}
//# sourceMappingURL=check-terminals.js.map