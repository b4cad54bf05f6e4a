/**
 * One-line text form of a route for tests and logs, e.g.
 * `baotou-rail ~RAIL 765km 1d2h~ erenhot-rail [border erenhot-zamyn-uud-rail 9h, gauge 1435→1520] zamyn-uud-rail ~RAIL …~ duisburg-rail [cost 8123.4 usd, 16d3h]`.
 * Waiting shows as `(wait 2d)`, transfers as `[transfer rail→sea 6h]`, customs as `[customs 9810 export 12h]`,
 * a destination's import clearance by its territory, `[customs eu import 1d]`; borders crossed and
 * import clearances made on board appear inside the ride, a clearance on board away from a border
 * with its terminal, `[customs eu import 1d at frankfurt-airport]`; a transit opened at the entry
 * border with its procedure, `[customs eu transit T1 1h]` (decisions DC3).
 */
import type { Route } from '../model/index.ts';
/** Hours as "16d3h", "9h", "45m" (rounded to the minute; minutes only under a day). */
export declare function formatDuration(hours: number): string;
export declare function formatRoute(route: Route): string;
//# sourceMappingURL=format-route.d.ts.map