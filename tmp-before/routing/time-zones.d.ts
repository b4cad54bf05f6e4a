export interface TzTable {
    readonly zone: string;
    /** offset in hours (local = UTC + offset) at epoch hour `h` */
    offsetH(h: number): number;
}
/** The table for a zone; throws RangeError for a zone Intl does not know. */
export declare function tzTable(zone: string): TzTable;
/** A fixed offset, for a terminal whose zone is unknown (offset from its longitude). */
export declare function fixedTz(zone: string, hours: number): TzTable;
//# sourceMappingURL=time-zones.d.ts.map