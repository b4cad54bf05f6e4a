/** The median dwell of each border into each of its sides, as a quote assumes it (docs/decisions.md T15). */
import { medianOf } from '../costing/index.ts';
import { dwellInto, type Network } from '../model/index.ts';

/** Median dwell hours by border id, then by the id of the side entered. */
export type MedianDwells = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function medianDwellsOf(network: Network): MedianDwells {
  return new Map(
    [...network.borders.values()].map((b) => [
      b.id,
      new Map(b.sides.map((side) => [side, medianOf(dwellInto(b, side))])),
    ]),
  );
}
