/**
 * Every cell's estimates in long ("tidy") format: one row per cell × KPI (and per mode and corridor
 * share), with the cell's parameter values as columns, the estimate and its 95 % interval. Written as
 * CSV and as Parquet (hyparquet-writer), so pandas, pyarrow, DuckDB and R read it as it is.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { KPI_NAMES } from "../simulation/index.js";
export function longRows(cells) {
    const rows = [];
    for (const c of cells) {
        const add = (kpi, estimate) => rows.push({ cell: c.id, values: c.values, kpi, estimate });
        for (const k of KPI_NAMES)
            add(k, c.result.kpis[k]);
        for (const [m, e] of Object.entries(c.result.mode_share))
            add(`mode_share.${m}`, e);
        for (const [m, e] of Object.entries(c.result.corridor_share))
            add(`corridor_share.${m}`, e);
    }
    return rows;
}
const ESTIMATE_COLUMNS = ['estimate', 'ci95_lo', 'ci95_hi', 'sd', 'n'];
const numbersOf = (e) => [e.mean, e.lo, e.hi, e.sd, e.n].map((x) => typeof x === 'number' && Number.isFinite(x) ? x : null);
const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export function longCsv(parameters, rows) {
    const header = ['cell', ...parameters, 'kpi', ...ESTIMATE_COLUMNS];
    const lines = rows.map((r) => [r.cell, ...parameters.map((p) => r.values[p]), r.kpi, ...numbersOf(r.estimate)]
        .map(cell)
        .join(','));
    return [header.join(','), ...lines].join('\n') + '\n';
}
export function longParquet(parameters, rows) {
    const param = (p) => {
        const data = rows.map((r) => r.values[p]);
        if (data.every((v) => typeof v === 'number'))
            return { name: p, data: data, type: 'DOUBLE' };
        if (data.every((v) => typeof v === 'boolean'))
            return { name: p, data: data, type: 'BOOLEAN' };
        return { name: p, data: data.map((v) => String(v)), type: 'STRING' };
    };
    const numbers = rows.map((r) => numbersOf(r.estimate));
    const buffer = parquetWriteBuffer({
        columnData: [
            { name: 'cell', data: rows.map((r) => r.cell), type: 'STRING' },
            ...parameters.map(param),
            { name: 'kpi', data: rows.map((r) => r.kpi), type: 'STRING' },
            ...ESTIMATE_COLUMNS.map((name, i) => ({
                name,
                data: numbers.map((n) => n[i] ?? null),
                type: name === 'n' ? 'INT32' : 'DOUBLE',
            })),
        ],
    });
    return new Uint8Array(buffer);
}
//# sourceMappingURL=long-table.js.map