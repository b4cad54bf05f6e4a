import { type Route } from '../model/index.ts';
import { type LabelPool, type SearchContext } from '../routing/index.ts';
import { type DrawOptions } from './monte-carlo.ts';
export interface BuildOptions {
    departH: number;
    seed?: number;
    /** P50/P90 draws: how many, and whether stratified (the default: monte-carlo.ts) */
    draws?: DrawOptions | undefined;
    /** the query's deadline (epoch hours): a split shipment's parts must arrive by it */
    deadlineH?: number | undefined;
}
export declare function buildRoute(ctx: SearchContext, pool: LabelPool, label: number, opts: BuildOptions): Route;
//# sourceMappingURL=build-route.d.ts.map