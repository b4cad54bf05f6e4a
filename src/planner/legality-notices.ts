/**
 * How an answer speaks of the legality rules (docs/decisions.md L1): a notice when a rule removed an
 * option that would have ranked above the answer's first route, and the no-route relaxation that
 * names the rules when only forbidden routes reach the destination.
 */
import { buildRoute } from '../itinerary/index.ts';
import type { Relaxation } from './explain-no-route.ts';
import type { Notice, Objective, Route } from '../model/index.ts';
import { betterRouteIn } from './route-score.ts';
import {
  releasePool,
  searchLabels,
  type SearchContext,
  type SearchRequest,
} from '../routing/index.ts';

/** The bans of the lawful context that a route breaks: services it rides that a rule removed, or a cabotage ride it takes. */
function bansBroken(ctx: SearchContext, route: Route) {
  return ctx.legalityBans.filter((ban) =>
    route.legs.some((leg) => {
      if (leg.service_id !== ban.serviceId) return false;
      if (ban.rule.kind !== 'cabotage') return true;
      return leg.from.country === ban.rule.country && leg.to.country === ban.rule.country;
    }),
  );
}

/**
 * Notices for an answer whose first route is `best`: search once more with every rule waived, and
 * when that finds a route that ranks better and breaks a rule, name the rule and the service.
 */
export function legalityNotices(
  lawful: SearchContext,
  waived: SearchContext,
  req: SearchRequest,
  best: Route,
  objective: Objective,
  departH: number,
  seed: number,
): Pick<Notice, 'code' | 'params' | 'text'>[] {
  const other = betterRouteIn(waived, req, best, objective, { departH, seed });
  if (!other) return [];
  return bansBroken(lawful, other).map((ban) => ({
    code: 'LEGALITY_REMOVED_OPTION' as const,
    params: { rule: ban.rule.id, service: ban.serviceId, text: ban.text },
    text: `a better-ranked option is not offered: ${ban.text}`,
  }));
}

/**
 * For a query with no lawful route: search with every rule waived; when that finds a route, the rules
 * it breaks (and what they forbid) are the reason there is none. Null when the waived search finds
 * nothing either, or the lawful context banned nothing.
 */
export function legalityBlockers(
  lawful: SearchContext,
  waived: () => SearchContext,
  req: SearchRequest,
  departH: number,
  seed: number,
): { rules: string[]; forbidden: string[] } | null {
  if (lawful.legalityBans.length === 0) return null;
  const ctx = waived();
  const res = searchLabels(ctx, { ...req, objective: 'time' });
  try {
    const label = res.targets[0];
    if (label === undefined) return null;
    const broken = bansBroken(lawful, buildRoute(ctx, res.pool, label, { departH, seed }));
    if (broken.length === 0) return null;
    return {
      rules: [...new Set(broken.map((b) => b.rule.id))],
      forbidden: broken.map((b) => b.text),
    };
  } finally {
    releasePool(res.pool);
  }
}

/** The no-route relaxation for `legalityBlockers`' answer: none when no rule stands in the way. */
export function legalityRelaxation(
  blockers: { rules: string[]; forbidden: string[] } | null,
): Relaxation[] {
  if (!blockers) return [];
  return [
    {
      reason: {
        code: 'LEGALITY',
        params: { rules: blockers.rules, forbidden: blockers.forbidden },
        text: `only routes that break ${blockers.rules.join(', ')} (legality.yaml) reach the destination: ${blockers.forbidden.join('; ')}`,
      },
      // legalityBlockers found the route without the rules already
      attempt: () => true,
    },
  ];
}
