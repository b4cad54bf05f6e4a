/**
 * The legality rules in force for one query (docs/decisions.md L1): whole services a rule forbids
 * (air links and road hauliers under sanctions) and single rides (cabotage: a foreign carrier between
 * two ports of one country). Built once per query from the departure day; rules the query waives are
 * skipped. The search reads the answers as arrays; the planner reads `bans` to name the rules.
 */
import { type LegalityRule } from '../model/index.ts';
import { type RoutingIndex } from './routing-index.ts';
/** One thing a rule removed: a service, or (cabotage) a ride of a service between two stops. */
export interface LegalityBan {
    readonly rule: LegalityRule;
    readonly serviceId: string;
    /** what the rule forbids, in English, the rule named */
    readonly text: string;
    /** cabotage: the first ride of the service the rule forbids */
    readonly from?: string;
    readonly to?: string;
}
export interface LegalityForQuery {
    /** per service: why a rule forbids it, or null */
    readonly serviceReason: readonly (string | null)[];
    /** edges the rules forbid for this query (cabotage rides, and crossings back into or out of China), or null */
    readonly edgeBanned: Uint8Array | null;
    readonly bans: readonly LegalityBan[];
}
/** Where a shipment starts and ends: in the network's home country (China) or abroad. */
export interface ShipmentEnds {
    readonly fromHome: boolean;
    readonly toHome: boolean;
}
/**
 * `departH` undefined: every rule counts as in force (and no dated exception applies), the
 * strictest reading, for contexts built without a departure. `ends` undefined: no border-direction
 * bans (contexts built without a query).
 * The answer depends on the departure's day only through the rules and exceptions in force on it,
 * so it is kept per index for those, the waived rules and the ends (docs/decisions.md R21): every
 * plan builds one or more contexts and this was a fifth of building one; kept per day, queries over
 * more days than the memo holds built it every time. The arrays are shared between queries and
 * never written.
 */
export declare function legalityFor(index: RoutingIndex, departH: number | undefined, waive: readonly string[], ends: ShipmentEnds | undefined): LegalityForQuery;
//# sourceMappingURL=legality-bans.d.ts.map