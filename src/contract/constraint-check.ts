/**
 * Ids named in a query's constraints (countries, terminals, borders to avoid) must exist in the
 * network: a typo ("ZZ", "RS" for RU, "erenhot-rial") would otherwise be ignored and the route run
 * through the place the user meant to avoid. The API answers 400 FILTER_UNKNOWN with these issues
 * (as the GET list filters do); the CLI prints them and exits 2. Every unknown id is reported at once.
 */
import type { Constraints, Network } from '../model/index.ts';
import { closest, editDistance } from '../lib/suggest.ts';
import type { ProblemIssue } from './problem.ts';

const countriesOf = new WeakMap<Network, string[]>();
/** Countries that have at least one terminal in the network, sorted (computed once per network). */
function networkCountries(network: Network): string[] {
  let list = countriesOf.get(network);
  if (list === undefined) {
    list = [...new Set([...network.terminals.values()].map((t) => t.country))].sort();
    countriesOf.set(network, list);
  }
  return list;
}

const LIST_LIMIT = 40;
const listed = (ids: readonly string[]) =>
  ids.length <= LIST_LIMIT
    ? ids.join(', ')
    : `${ids.slice(0, LIST_LIMIT).join(', ')} … (${ids.length} in all)`;

const plural = (what: string) => (what === 'country' ? 'countries' : `${what}s`);

function unknownIssues(
  field: string,
  what: string,
  given: readonly string[],
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  knownList: () => string[],
  /** two-letter codes are all within two edits of each other: only one edit counts as near for them */
  nearWithin = Number.POSITIVE_INFINITY,
): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  given.forEach((id, i) => {
    if (known.has(id)) return;
    const all = knownList();
    const near = closest(id, all, 3).filter(
      (n) => editDistance(id.toLowerCase(), n.toLowerCase()) <= nearWithin,
    );
    issues.push({
      path: `${field}[${i}]`,
      message: `unknown ${what} ${JSON.stringify(id)}`,
      hint:
        near.length > 0
          ? `did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}? ${plural(what)} in this network: ${listed(all)}`
          : `${plural(what)} in this network: ${listed(all)}`,
    });
  });
  return issues;
}

/**
 * Issues for every country, terminal and border id in `constraints` that the network lacks; empty
 * when all are known. Paths are the query's own ("constraints.avoid_countries[0]"): prefix them
 * with "body." over HTTP.
 * @example checkConstraintIds(network, { avoid_countries: ['ZZ'], … }) // [{ path: 'constraints.avoid_countries[0]', … }]
 */
export function checkConstraintIds(
  network: Network,
  constraints: Pick<Constraints, 'avoid_countries' | 'avoid_terminals' | 'avoid_borders'>,
): ProblemIssue[] {
  const none =
    constraints.avoid_countries.length +
      constraints.avoid_terminals.length +
      constraints.avoid_borders.length ===
    0;
  if (none) return [];
  const countries = networkCountries(network);
  return [
    ...unknownIssues(
      'constraints.avoid_countries',
      'country',
      constraints.avoid_countries,
      new Set(countries),
      () => countries,
      1,
    ),
    ...unknownIssues(
      'constraints.avoid_terminals',
      'terminal',
      constraints.avoid_terminals,
      network.terminals,
      () => [...network.terminals.keys()].sort(),
    ),
    ...unknownIssues(
      'constraints.avoid_borders',
      'border',
      constraints.avoid_borders,
      network.borders,
      () => [...network.borders.keys()].sort(),
    ),
  ];
}
