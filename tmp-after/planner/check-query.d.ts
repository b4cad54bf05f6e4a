/**
 * Semantic checks of a parsed query against the network (the schema checked its shape): known ids in
 * avoid lists, quantities, regime vs shipment and trade direction, times. Each failure is a
 * CorridorError('QUERY_INVALID') whose issue names the field and what is allowed.
 */
import { CorridorError, type Network, type Notice, type RegimeRule, type RouteQuery, type Terminal } from '../model/index.ts';
export declare function invalid(path: string, message: string, hint?: string): CorridorError;
export declare function checkStaticQuery(network: Network, q: RouteQuery): void;
/** Epoch hours of a DepartTime: a date is 00:00 local time at `t` (or 24:00 with endOfDay). */
export declare function parseTimeH(value: string, t: Terminal, path: string, endOfDay?: boolean): number;
export type TradeDirection = 'export' | 'import' | null;
/** Export from the network's home country, import into it, or neither (domestic or foreign to foreign). */
export declare function tradeDirection(from: Terminal, to: Terminal, home: string): TradeDirection;
/** The customs plan for the query, or null; throws when the regime does not fit the trade direction. Warnings go to `notices`. */
export declare function customsFor(network: Network, q: RouteQuery, direction: TradeDirection, notices: Notice[]): {
    direction: 'export' | 'import';
    rule: RegimeRule;
} | null;
//# sourceMappingURL=check-query.d.ts.map