/**
 * The codes behind the planner's texts (no-route reason, warnings, why a corridor of a comparison
 * carries no route), for clients that word them in
 * their own language: each code with the names of its params. Defined in src/model/route.ts.
 */
export { CargoAmount, CORRIDOR_REASON_CODES, CorridorReasonCode, MessageParams, NO_ROUTE_CODES, NOTICE_CODES, Notice, NoRouteCode, NoticeCode, RateTerm, } from '../model/index.ts';
//# sourceMappingURL=messages.d.ts.map