/**
 * What the legality rules of legality.yaml forbid (docs/decisions.md L1): the one reading of the
 * rules, shared by the validator (which warns about services a rule forbids) and the search context
 * (which drops them for a query's departure date). Pure functions over the network's records.
 */
import type { LegalityRule, Service, Terminal } from './network-file.schema.ts';
/** A day as YYYY-MM-DD (UTC) from epoch hours. */
export declare function dayOf(epochH: number): string;
/** true when a rule (or exception) dated `from`…`to` (inclusive days) applies on `day` (YYYY-MM-DD). */
export declare function inForce(dated: {
    from?: string | undefined;
    to?: string | undefined;
}, day: string): boolean;
/** "from 2022-02-28", "until 2024-12-31", "2021-11-18 to 2024-12-31", or "" when always. */
export declare function datesText(dated: {
    from?: string | undefined;
    to?: string | undefined;
}): string;
type Terminals = ReadonlyMap<string, Terminal>;
/**
 * Why a rule forbids the whole service (an air rotation with a banned sector cannot be flown; a
 * haulier barred from a country cannot drive there), or null. Cabotage forbids rides, not services:
 * see cabotageForbids.
 */
export declare function serviceViolation(rule: LegalityRule, service: Service, terminals: Terminals): string | null;
/**
 * true when a cabotage rule forbids riding `service` from `from` to `to`: both stops in the rule's
 * country, the service of one of its modes, its carrier of another country, and no exception in
 * force admits the ride. A service with no carrier filed is not judged (the validator warns).
 * `day` undefined: the rule and its exceptions are read as always in force (the validator's view).
 */
export declare function cabotageForbids(rule: LegalityRule, service: Service, from: Terminal, to: Terminal, day: string | undefined, foreignTrade: boolean): boolean;
export {};
//# sourceMappingURL=legality.d.ts.map