/**
 * What restricted the answer for special cargo (issue 12, decisions C5): when a shipment's cargo
 * flags (reefer, dangerous goods, lithium batteries, oversize) or its DG class or battery UN number
 * removed services, the planner searches once more as for ordinary cargo; when that finds a route
 * that ranks above the answer's first and rides services the cargo may not use, a notice names each
 * such service and the rule that refused it.
 */
import type { CargoFlag, Notice, Objective, Route } from '../model/index.ts';
import type { SearchContext, SearchRequest } from '../routing/index.ts';
/**
 * Notices for an answer whose first route is `best`, searched in `restricted` (the shipment's cargo
 * rules) beside `ordinary` (the same query without them).
 */
export declare function cargoRestrictionNotices(restricted: SearchContext, ordinary: SearchContext, req: SearchRequest, best: Route, objective: Objective, departH: number, seed: number, cargo: readonly CargoFlag[]): Pick<Notice, 'code' | 'params' | 'text'>[];
//# sourceMappingURL=cargo-restriction-notices.d.ts.map