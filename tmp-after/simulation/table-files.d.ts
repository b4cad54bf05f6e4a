import { type ReplicationTables, type Table } from './tables.ts';
/** The table as CSV text, a header row first. */
export declare function tableCsv(t: Table): string;
/** The table as a Parquet file (snappy-compressed, one row group per 100,000 rows, nullable columns). */
export declare function tableParquet(t: Table): Uint8Array;
/** Column descriptions as a small data dictionary (Markdown), written beside the tables. */
export declare function dataDictionary(tables: readonly Table[]): string;
/**
 * The files of the replications' research tables, by path under the result folder: one CSV and one
 * Parquet file per table and replication (`tables/shipments/r000.parquet`), so a reader globs a
 * folder and shards of replications merge by copying files. Empty when no replication has tables.
 */
export declare function researchTableFiles(replications: readonly {
    replication: number;
    tables?: ReplicationTables;
}[]): Record<string, string | Uint8Array>;
//# sourceMappingURL=table-files.d.ts.map