import { type SearchContext, type TransitPlan } from './search-context.ts';
/**
 * How many import clearances hop i→j of service s makes: one per border crossed on board into the
 * destination's customs territory, else one at j when the hop enters it without a border (sea, air)
 * and the cargo is discharged there. 0 without an import plan.
 */
export declare function hopImportClearances(ctx: SearchContext, s: number, i: number, j: number): number;
/**
 * Where hop i→j of service s clears into the destination's territory when it enters it without a
 * border on board (sea, air): the stop index k (i < k ≤ j) of the clearance, or -1 when the hop makes
 * no such clearance. Any service clears where it discharges the cargo, j (decisions DC1); a parcel
 * product clears at its first stop inside the territory, where its carrier presents the parcels,
 * before it delivers them on (decisions DC2). Not on the search's hot path: the clearance's hours and
 * money are the same wherever on the ride it falls, so only the answer asks.
 */
export declare function hopImportEntryStop(ctx: SearchContext, s: number, i: number, j: number): number;
/**
 * The transit procedure hop i→j of service s moves under (decisions DC3): the ride crosses one border
 * on board into the destination's territory and goes on inside it past the entry stop, by a mode the
 * territory files a procedure for (T1 for trains into the EU, TIR for trucks). It opens at that
 * border and the import clearance moves to j, where the cargo leaves the train or truck. null: the
 * ride clears where it enters (DC1), a parcel product where its carrier presents the parcels (DC2).
 */
export declare function hopTransit(ctx: SearchContext, s: number, i: number, j: number): TransitPlan | null;
/**
 * What one import clearance on a ride of service s costs: the territory's broker fee, none on a
 * parcel product, whose carrier presents and declares its parcels itself (decisions C7). The search
 * and the answer's customs events both read it.
 */
export declare function clearanceUsdOn(ctx: SearchContext, s: number): number;
/** True when crossing border b from terminal `from` to terminal `to` enters the destination's customs territory. */
export declare function borderEntersImport(ctx: SearchContext, from: number, to: number): boolean;
/** Static cost of edge e (no schedules): out = [money, hours, co2]. */
export declare function edgeStatic(ctx: SearchContext, e: number, out: Float64Array): boolean;
/**
 * Time-dependent cost of edge e for cargo ready at node at epoch hour t: out = [money, arrival, co2, dep0].
 * A hop waits for the service's next usable departure at its boarding stop (first-stop departure + offset)
 * that the cargo makes by the cut-off with `slackH` to spare.
 */
export declare function edgeAt(ctx: SearchContext, e: number, t: number, out: Float64Array, slackH?: number): boolean;
//# sourceMappingURL=edge-cost.d.ts.map