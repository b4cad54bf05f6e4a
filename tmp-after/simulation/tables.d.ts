/**
 * Research tables of one replication in long ("tidy") format: one row per shipment, per flow and day,
 * per border and day, per service departure. Columns are typed (so Parquet keeps integers, doubles
 * and nulls apart) and rows come in a fixed order, so the same inputs give the same bytes: shards of
 * replications can be merged by concatenation. Pure: the engine fills them, writers serialise them.
 */
export type ColumnType = 'string' | 'int' | 'double' | 'bool';
export interface Column {
    name: string;
    type: ColumnType;
    /** what the column holds and its unit */
    description: string;
    values: (string | number | boolean | null)[];
}
export interface Table {
    name: string;
    columns: Column[];
}
/** The tables of one replication, by name. */
export interface ReplicationTables {
    shipments: Table;
    flows_by_day: Table;
    borders_by_day: Table;
    departures: Table;
}
export declare const TABLE_NAMES: readonly ["shipments", "flows_by_day", "borders_by_day", "departures"];
/** What the engine knows of one shipment at the horizon's end. */
export interface ShipmentOutcome {
    flow: string;
    flow_seq: number;
    from: string;
    to: string;
    teu: number;
    status: 'delivered' | 'in_transit' | 'waiting' | 'stranded';
    mode: string | null;
    corridor: string | null;
    booked_h: number;
    /** NaN when it never departed / was not delivered / was promised nothing */
    departed_h: number;
    arrived_h: number;
    promised_h: number;
    border_h: number;
    cost_usd: number;
    co2e_kg: number;
    subsidy_usd: number;
    replanned: boolean;
}
/** What the tables need of a service's departures (src/simulation/departures.ts). */
export interface DepartureLoads {
    times_h: ArrayLike<number>;
    offered_teu: ArrayLike<number>;
    remaining_teu: ArrayLike<number>;
}
/**
 * The four tables of one replication. Shipments are ordered by flow (in the scenario's order) and
 * their number within the flow; flows × day by flow then day; borders and services by id order of
 * the network.
 */
export declare function replicationTables(input: {
    replication: number;
    days: number;
    flows: readonly string[];
    shipments: readonly ShipmentOutcome[];
    borders: ReadonlyMap<string, {
        unit: string;
        by_day: readonly number[];
    }>;
    departures: ReadonlyMap<string, DepartureLoads>;
}): ReplicationTables;
/** Tables of several replications as one (rows of replication 0 first): shards merge the same way. */
export declare function concatTables(tables: readonly Table[]): Table;
//# sourceMappingURL=tables.d.ts.map