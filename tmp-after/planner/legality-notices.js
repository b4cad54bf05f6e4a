/**
 * How an answer speaks of the legality rules (docs/decisions.md L1): a notice when a rule removed an
 * option that would have ranked above the answer's first route, and the no-route relaxation that
 * names the rules when only forbidden routes reach the destination.
 */
import { buildRoute } from "../itinerary/index.js";
import { betterRouteIn } from "./route-score.js";
import { releasePool, searchLabels, } from "../routing/index.js";
/** A rule's name in Chinese for the texts (decisions API21); its id where the data gives none. */
export const ruleNameZh = (rule) => rule.name_zh ?? rule.id;
/** The bans of the lawful context that a route breaks: services it rides that a rule removed, or a cabotage ride it takes. */
function bansBroken(ctx, route) {
    return ctx.legalityBans.filter((ban) => route.legs.some((leg) => {
        if (leg.service_id !== ban.serviceId)
            return false;
        if (ban.rule.kind !== 'cabotage')
            return true;
        return leg.from.country === ban.rule.country && leg.to.country === ban.rule.country;
    }));
}
/**
 * Notices for an answer whose first route is `best`: search once more with every rule waived, and
 * when that finds a route that ranks better and breaks a rule, name the rule and the service.
 */
export function legalityNotices(lawful, waived, req, best, objective, departH, seed) {
    const other = betterRouteIn(waived, req, best, objective, { departH, seed });
    if (!other)
        return [];
    return bansBroken(lawful, other).map((ban) => ({
        code: 'LEGALITY_REMOVED_OPTION',
        params: {
            rule: ban.rule.id,
            rule_name: ban.rule.name,
            rule_name_zh: ruleNameZh(ban.rule),
            service: ban.serviceId,
            text: ban.text,
        },
        text: `a better-ranked option is not offered: ${ban.text}`,
    }));
}
/**
 * For a query with no lawful route: search with every rule waived; when that finds a route, the rules
 * it breaks (and what they forbid) are the reason there is none. Null when the waived search finds
 * nothing either, or the lawful context banned nothing.
 */
export function legalityBlockers(lawful, waived, req, departH, seed) {
    if (lawful.legalityBans.length === 0)
        return null;
    const ctx = waived();
    const res = searchLabels(ctx, { ...req, objective: 'time' });
    try {
        const label = res.targets[0];
        if (label === undefined)
            return null;
        const broken = bansBroken(lawful, buildRoute(ctx, res.pool, label, { departH, seed }));
        if (broken.length === 0)
            return null;
        const rules = [...new Map(broken.map((b) => [b.rule.id, b.rule])).values()];
        return {
            rules: rules.map((r) => r.id),
            rule_names: rules.map((r) => r.name),
            rule_names_zh: rules.map(ruleNameZh),
            forbidden: broken.map((b) => b.text),
        };
    }
    finally {
        releasePool(res.pool);
    }
}
/** The no-route relaxation for `legalityBlockers`' answer: none when no rule stands in the way. */
export function legalityRelaxation(blockers) {
    if (!blockers)
        return [];
    return [
        {
            reason: {
                code: 'LEGALITY',
                params: {
                    rules: blockers.rules,
                    rule_names: blockers.rule_names,
                    rule_names_zh: blockers.rule_names_zh,
                    forbidden: blockers.forbidden,
                },
                text: `only routes that break ${blockers.rules.join(', ')} (legality.yaml) reach the destination: ${blockers.forbidden.join('; ')}`,
            },
            // legalityBlockers found the route without the rules already
            attempt: () => true,
        },
    ];
}
//# sourceMappingURL=legality-notices.js.map