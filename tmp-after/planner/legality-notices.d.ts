import type { Relaxation } from './explain-no-route.ts';
import type { LegalityRule, Notice, Objective, Route } from '../model/index.ts';
import { type SearchContext, type SearchRequest } from '../routing/index.ts';
/** A rule's name in Chinese for the texts (decisions API21); its id where the data gives none. */
export declare const ruleNameZh: (rule: Pick<LegalityRule, "id" | "name_zh">) => string;
/**
 * Notices for an answer whose first route is `best`: search once more with every rule waived, and
 * when that finds a route that ranks better and breaks a rule, name the rule and the service.
 */
export declare function legalityNotices(lawful: SearchContext, waived: SearchContext, req: SearchRequest, best: Route, objective: Objective, departH: number, seed: number): Pick<Notice, 'code' | 'params' | 'text'>[];
/** The rules that stand between a query and its only routes: ids, names in both languages, what they forbid. */
interface LegalityBlockers {
    rules: string[];
    rule_names: string[];
    rule_names_zh: string[];
    forbidden: string[];
}
/**
 * For a query with no lawful route: search with every rule waived; when that finds a route, the rules
 * it breaks (and what they forbid) are the reason there is none. Null when the waived search finds
 * nothing either, or the lawful context banned nothing.
 */
export declare function legalityBlockers(lawful: SearchContext, waived: () => SearchContext, req: SearchRequest, departH: number, seed: number): LegalityBlockers | null;
/** The no-route relaxation for `legalityBlockers`' answer: none when no rule stands in the way. */
export declare function legalityRelaxation(blockers: LegalityBlockers | null): Relaxation[];
export {};
//# sourceMappingURL=legality-notices.d.ts.map