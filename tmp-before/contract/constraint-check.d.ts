/**
 * Ids named in a query's constraints (countries, terminals, borders to avoid) must exist in the
 * network: a typo ("ZZ", "RS" for RU, "erenhot-rial") would otherwise be ignored and the route run
 * through the place the user meant to avoid. The API answers 400 FILTER_UNKNOWN with these issues
 * (as the GET list filters do); the CLI prints them and exits 2. Every unknown id is reported at once.
 */
import type { Constraints, Network } from '../model/index.ts';
import type { ProblemIssue } from './problem.ts';
/**
 * Issues for every country, terminal and border id in `constraints` that the network lacks; empty
 * when all are known. Paths are the query's own ("constraints.avoid_countries[0]"): prefix them
 * with "body." over HTTP.
 * @example checkConstraintIds(network, { avoid_countries: ['ZZ'], … }) // [{ path: 'constraints.avoid_countries[0]', … }]
 */
export declare function checkConstraintIds(network: Network, constraints: Pick<Constraints, 'avoid_countries' | 'avoid_terminals' | 'avoid_borders'>): ProblemIssue[];
//# sourceMappingURL=constraint-check.d.ts.map