import type { SearchContext } from './search-context.ts';
import { type StaticObjective } from './search-static.ts';
/**
 * Least static weight from each node to any target (Infinity when no target is reachable). Kept per
 * context by objective and targets: the weights read the context's gateway bans as they
 * stand, so the first call for a key must come with no ban set, as the corridor exploration's first,
 * unbanned search does (bounds worked out under bans would be too high for the searches after).
 */
export declare function lowerBounds(ctx: SearchContext, targets: readonly number[], objective: StaticObjective): Float64Array;
//# sourceMappingURL=lower-bounds.d.ts.map