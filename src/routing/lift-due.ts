/**
 * Whether boarding from a label costs a lift: the cargo arrived on a service (or crossed a border
 * without a gauge change right after one), so it must be lifted onto the next service. The search
 * charges it and the itinerary reports it, so both read this one rule. Hot path: no allocation.
 */
import { EDGE_CLEARANCE, type LabelPool } from './label-pool.ts';
import { EDGE_BORDER, EDGE_HOP, type RoutingIndex } from './routing-index.ts';

export function liftDue(idx: RoutingIndex, pool: LabelPool, label: number): boolean {
  let l = label;
  while (pool.edge[l] === EDGE_CLEARANCE) l = pool.pred[l]!;
  const e = pool.edge[l]!;
  if (e < 0) return false;
  const kind = idx.eKind[e]!;
  if (kind === EDGE_HOP) return true;
  if (kind !== EDGE_BORDER || idx.borders[idx.eRef[e]!]!.border.gauge_change) return false;
  const pe = pool.edge[pool.pred[l]!]!;
  return pe >= 0 && idx.eKind[pe] === EDGE_HOP;
}
