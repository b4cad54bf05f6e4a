const MATRIX_CSV_COLUMNS = [
    'origin',
    'destination',
    'status',
    'from_id',
    'to_id',
    'cost_usd',
    'days',
    'p50_days',
    'p90_days',
    'co2e_kg',
    'corridor',
    'corridor_short',
    'modes',
    'code',
    'reason',
];
function field(value) {
    if (value === undefined)
        return '';
    const text = String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** The matrix as CSV text with a header line; `origins`/`destinations` label the pair indices. */
export function matrixToCsv(origins, destinations, cells) {
    const lines = [MATRIX_CSV_COLUMNS.join(',')];
    for (const c of cells) {
        lines.push([
            origins[c.origin],
            destinations[c.destination],
            c.status,
            c.from_id,
            c.to_id,
            c.cost_usd,
            c.days,
            c.p50_days,
            c.p90_days,
            c.co2e_kg,
            c.corridor,
            c.corridor_short,
            c.modes?.join('+'),
            c.code,
            c.reason,
        ]
            .map(field)
            .join(','));
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Places from a list file: one per line, the first CSV column; blank lines, `#` comments and a
 * header line ("origin", "destination", "place", "from" or "to") are skipped.
 */
export function placesFromListFile(text) {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        let first;
        if (trimmed.startsWith('"')) {
            const m = /^"((?:[^"]|"")*)"/.exec(trimmed);
            first = m ? m[1].replace(/""/g, '"') : trimmed;
        }
        else
            first = trimmed.split(',')[0].trim();
        if (i === 0 && /^(origin|destination|place|from|to)s?$/i.test(first))
            return;
        if (first !== '')
            out.push(first);
    });
    return out;
}
//# sourceMappingURL=matrix-csv.js.map