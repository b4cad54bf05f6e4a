/**
 * Demand as a CSV of shipments (one row per booking): `day,from,to,teu,kg,pieces,regime,value_usd,cargo`,
 * with `day` in days from the horizon start (fractions allowed) and `cargo` a `;`-separated list of
 * flags. Pure; issues name the file, line and column.
 */
import { didYouMean } from "../lib/suggest.js";
import { CargoFlag, CustomsRegime } from "../model/index.js";
const COLUMNS = [
    'day',
    'from',
    'to',
    'teu',
    'kg',
    'pieces',
    'regime',
    'value_usd',
    'cargo',
];
export function parseShipmentsCsv(file, text, network) {
    const issues = [];
    const shipments = [];
    const lines = text.split(/\r?\n/);
    const header = (lines[0] ?? '').split(',').map((h) => h.trim());
    const at = (name) => header.indexOf(name);
    for (const required of ['day', 'from', 'to', 'value_usd']) {
        if (at(required) < 0)
            issues.push({
                severity: 'error',
                file,
                line: 1,
                path: 'header',
                message: `missing column "${required}"; columns: ${COLUMNS.join(',')}`,
            });
    }
    if (issues.length > 0)
        return { shipments, issues };
    for (let i = 1; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '' || raw.startsWith('#'))
            continue;
        const cells = raw.split(',').map((c) => c.trim());
        const cell = (name) => (at(name) >= 0 ? (cells[at(name)] ?? '') : '');
        const bad = (column, message, hint) => issues.push({
            severity: 'error',
            file,
            line: i + 1,
            path: column,
            message,
            ...(hint ? { hint } : {}),
        });
        const num = (column, optional) => {
            const v = cell(column);
            if (v === '') {
                if (!optional)
                    bad(column, 'required');
                return undefined;
            }
            const n = Number(v);
            if (!Number.isFinite(n) || n < 0)
                bad(column, `not a non-negative number: "${v}"`);
            return n;
        };
        const day = num('day', false);
        const teu = num('teu', true);
        const kg = num('kg', true);
        const pieces = num('pieces', true);
        const value = num('value_usd', false);
        const from = cell('from');
        const to = cell('to');
        for (const [column, id] of [
            ['from', from],
            ['to', to],
        ]) {
            if (network && !network.terminals.has(id))
                bad(column, `unknown terminal "${id}"`, didYouMean(id, network.terminals.keys()));
        }
        if (teu === undefined && kg === undefined)
            bad('teu', 'give teu or kg');
        const regime = CustomsRegime.safeParse(cell('regime') || 'general');
        if (!regime.success)
            bad('regime', `unknown regime "${cell('regime')}"; one of ${CustomsRegime.options.join(', ')}`);
        const cargo = [];
        for (const flag of cell('cargo')
            .split(';')
            .filter((x) => x !== '')) {
            const f = CargoFlag.safeParse(flag);
            if (f.success)
                cargo.push(f.data);
            else
                bad('cargo', `unknown cargo flag "${flag}"`, didYouMean(flag, CargoFlag.options));
        }
        if (day === undefined || value === undefined || !regime.success)
            continue;
        shipments.push({
            day,
            from,
            to,
            ...(teu !== undefined && teu > 0 ? { teu } : {}),
            ...(kg !== undefined && kg > 0 ? { kg } : {}),
            ...(pieces !== undefined && pieces > 0 ? { pieces } : {}),
            regime: regime.data,
            value_usd: value,
            cargo,
        });
    }
    return { shipments, issues };
}
//# sourceMappingURL=shipments-csv.js.map