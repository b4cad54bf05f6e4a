/** Border crossings by the ordered pair of terminals they join, so a leg can find "its" border. */
import type { BorderCrossing, Mode } from '../model/index.ts';
export interface BorderIndex {
    /** crossings usable from `from` to `to` by `mode` */
    between(from: string, to: string, mode: Mode): BorderCrossing[];
    /** crossings joining the two terminals in either direction, by any mode */
    joining(a: string, b: string): BorderCrossing[];
}
export declare function indexBorders(borders: Iterable<BorderCrossing>): BorderIndex;
//# sourceMappingURL=border-index.d.ts.map