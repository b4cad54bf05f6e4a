/**
 * Why there is no route: re-run the search with one constraint lifted at a time; the first one whose
 * removal gives a route is the constraint that removed the last corridor.
 */
import type { MessageParams, NoRouteCode, RouteQuery } from '../model/index.ts';
/** A no-route reason in both forms: the English text and its code + params, for clients that translate. */
export interface NoRouteReason {
    code: NoRouteCode;
    params: MessageParams;
    text: string;
}
export interface Relaxation {
    /** what to say when lifting this constraint finds a route */
    reason: NoRouteReason;
    /** runs the search without the constraint; true when a route exists then */
    attempt: () => boolean;
}
export declare function relaxationsFor(q: RouteQuery, hasConditions: boolean, run: (patch: {
    query?: Partial<RouteQuery>;
    constraints?: Partial<RouteQuery['constraints']>;
    noCustoms?: boolean;
    noConditions?: boolean;
}) => boolean): Relaxation[];
export declare function explainNoRoute(relaxations: readonly Relaxation[], fallback: NoRouteReason): NoRouteReason;
//# sourceMappingURL=explain-no-route.d.ts.map