/**
 * What restricted the answer for special cargo (issue 12, decisions C5): when a shipment's cargo
 * flags (reefer, dangerous goods, lithium batteries, oversize) or its DG class or battery UN number
 * removed services, the planner searches once more as for ordinary cargo; when that finds a route
 * that ranks above the answer's first and rides services the cargo may not use, a notice names each
 * such service and the rule that refused it.
 */
import type { CargoFlag, Notice, Objective, Route } from '../model/index.ts';
import type { SearchContext, SearchRequest } from '../routing/index.ts';
import { betterRouteIn } from './route-score.ts';

/**
 * Notices for an answer whose first route is `best`, searched in `restricted` (the shipment's cargo
 * rules) beside `ordinary` (the same query without them).
 */
export function cargoRestrictionNotices(
  restricted: SearchContext,
  ordinary: SearchContext,
  req: SearchRequest,
  best: Route,
  objective: Objective,
  departH: number,
  seed: number,
  cargo: readonly CargoFlag[],
): Pick<Notice, 'code' | 'params' | 'text'>[] {
  const other = betterRouteIn(ordinary, req, best, objective, { departH, seed });
  if (!other) return [];
  const notices: Pick<Notice, 'code' | 'params' | 'text'>[] = [];
  const seen = new Set<string>();
  for (const leg of other.legs) {
    if (seen.has(leg.service_id)) continue;
    seen.add(leg.service_id);
    const k = restricted.index.services.findIndex((s) => s.service.id === leg.service_id);
    const reason = k >= 0 ? restricted.serviceReason[k] : null;
    if (!reason) continue;
    const service = restricted.index.services[k]!.service;
    notices.push({
      code: 'CARGO_RESTRICTED_OPTION',
      params: {
        service: service.id,
        service_name: service.name,
        service_name_zh: service.name_zh ?? service.name,
        cargo: [...cargo],
        reason,
      },
      text: `a better-ranked option for ordinary cargo is not offered: ${reason}`,
    });
  }
  return notices;
}
