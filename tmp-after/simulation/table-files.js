/**
 * Research tables as files: CSV (RFC 4180, empty cell for null) and Parquet through hyparquet-writer
 * (pure JS; read back by hyparquet, pandas/pyarrow and DuckDB). Both are deterministic: the same table
 * gives the same bytes (no timestamps are written), so shards of replications can be compared and
 * merged. Pure: returns bytes; the caller writes them.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { TABLE_NAMES } from "./tables.js";
const cell = (v) => {
    if (v === null)
        return '';
    const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** The table as CSV text, a header row first. */
export function tableCsv(t) {
    const n = t.columns[0]?.values.length ?? 0;
    const lines = [t.columns.map((c) => cell(c.name)).join(',')];
    for (let i = 0; i < n; i++)
        lines.push(t.columns.map((c) => cell(c.values[i] ?? null)).join(','));
    return lines.join('\n') + '\n';
}
const PARQUET_TYPE = {
    string: 'STRING',
    int: 'INT32',
    double: 'DOUBLE',
    bool: 'BOOLEAN',
};
/** The table as a Parquet file (snappy-compressed, one row group per 100,000 rows, nullable columns). */
export function tableParquet(t) {
    const buffer = parquetWriteBuffer({
        columnData: t.columns.map((c) => ({
            name: c.name,
            data: c.values,
            type: PARQUET_TYPE[c.type],
            nullable: true,
        })),
    });
    return new Uint8Array(buffer);
}
/** Column descriptions as a small data dictionary (Markdown), written beside the tables. */
export function dataDictionary(tables) {
    const out = [
        '# Tables',
        '',
        'One folder per table, one file per replication (CSV and Parquet, long format; `replication` is a',
        'column, so files concatenate). Times are days from the horizon start unless the name says _h.',
        '',
        '```python',
        'import pandas as pd  # or: import pyarrow.parquet as pq; pq.read_table("tables/shipments")',
        'shipments = pd.read_parquet("tables/shipments")  # every replication',
        '```',
        '',
        '```sql',
        '-- DuckDB',
        "SELECT flow, avg(transit_days) FROM read_parquet('tables/shipments/*.parquet') GROUP BY flow;",
        '```',
        '',
    ];
    for (const t of tables) {
        out.push(`## ${t.name}`, '', '| column | type | meaning |', '|---|---|---|');
        for (const c of t.columns)
            out.push(`| ${c.name} | ${c.type} | ${c.description} |`);
        out.push('');
    }
    return out.join('\n');
}
/**
 * The files of the replications' research tables, by path under the result folder: one CSV and one
 * Parquet file per table and replication (`tables/shipments/r000.parquet`), so a reader globs a
 * folder and shards of replications merge by copying files. Empty when no replication has tables.
 */
export function researchTableFiles(replications) {
    const out = {};
    let dictionary;
    for (const r of replications) {
        if (!r.tables)
            continue;
        const tag = `r${String(r.replication).padStart(3, '0')}`;
        for (const name of TABLE_NAMES) {
            const t = r.tables[name];
            out[`tables/${name}/${tag}.csv`] = tableCsv(t);
            out[`tables/${name}/${tag}.parquet`] = tableParquet(t);
        }
        dictionary ??= TABLE_NAMES.map((name) => r.tables[name]);
    }
    if (dictionary)
        out['tables/README.md'] = dataDictionary(dictionary);
    return out;
}
//# sourceMappingURL=table-files.js.map