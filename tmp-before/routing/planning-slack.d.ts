import { type LabelPool } from './label-pool.ts';
import type { SearchContext } from './search-context.ts';
/** Hours of slack to keep after label L before boarding a timetabled departure. */
export declare function plannedSlackH(ctx: SearchContext, pool: LabelPool, label: number): number;
//# sourceMappingURL=planning-slack.d.ts.map