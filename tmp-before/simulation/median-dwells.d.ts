import { type Network } from '../model/index.ts';
/** Median dwell hours by border id, then by the id of the side entered. */
export type MedianDwells = ReadonlyMap<string, ReadonlyMap<string, number>>;
export declare function medianDwellsOf(network: Network): MedianDwells;
//# sourceMappingURL=median-dwells.d.ts.map