/**
 * Which sources the network's own figures behind a case's measure cite (docs/decisions.md V11). A
 * case whose published figure comes from a source the model was built from does not test the model:
 * it reads back what was put in. The report marks such cases and gives the share within its range
 * over the independent cases beside the share over all.
 *
 * What counts as behind a measure, on the route the case measured:
 * - distances: the distance of every leg ridden;
 * - times (transit, P50, speed): the legs' running times and distances, the services' schedules and
 *   delays, the dwell of the borders crossed, and for trucks on the driving rules those rules and
 *   the road speeds;
 * - money: the services' tariffs and tariff rules, the borders' fees and gauge-change charges;
 * - CO2e: the emission factors the legs name and the legs' distances;
 * - a border's dwell: that border's dwell.
 */
import { type Network, type Route } from '../model/index.ts';
import type { Measure } from './validation-file.schema.ts';
/** The source ids the network's figures behind `measure` on `route` cite (`border`: the case's, for a dwell). */
export declare function inputSources(network: Network, route: Route, measure: Measure, border?: string): Set<string>;
//# sourceMappingURL=input-sources.d.ts.map