/** Collects the source ids cited anywhere inside a record (its figures' `source` fields), for display. */
export declare function sourceIdsOf(value: unknown, into?: Set<string>): string[];
//# sourceMappingURL=source-ids.d.ts.map