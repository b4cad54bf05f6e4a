/** Query helpers for tests: a parsed RouteQuery from a short input, and a planner with a fixed clock. */
import { RouteQuery, type RouteQueryInput } from '../../src/model/index.ts';

export function query(
  input: Partial<RouteQueryInput> & Pick<RouteQueryInput, 'from' | 'to'>,
): RouteQuery {
  return RouteQuery.parse({
    shipment: { teu: 1 },
    depart: '2026-12-01',
    objective: 'cost',
    ...input,
  });
}
