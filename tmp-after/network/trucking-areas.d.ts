/**
 * On-demand trucks of a trucking area (services.yaml `trucking_areas`, docs/decisions.md T19): one
 * truck for each pair of the area's terminals that no on-demand truck of the file joins, so cargo
 * that reaches a European hub is trucked to its destination in one booking instead of hopping from
 * filed lane to filed lane through the cities between. A pair in two countries is driven through
 * the road borders between them (the fewest kilometres over the borders of the network).
 */
import type { BorderCrossing, Service, Terminal, TruckingArea } from '../model/index.ts';
/** What stops a pair of the area from being trucked: its path in the file and why. */
export interface AreaProblem {
    readonly path: (string | number)[];
    readonly message: string;
}
/** The trucks of one area, and the pairs it cannot truck. Terminals must exist and serve road. */
export declare function areaTrucks(area: TruckingArea, terminals: ReadonlyMap<string, Terminal>, borders: Iterable<BorderCrossing>, filed: Iterable<Service>): {
    services: Service[];
    problems: AreaProblem[];
};
//# sourceMappingURL=trucking-areas.d.ts.map