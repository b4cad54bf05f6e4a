/**
 * `corridor route --from <place> --to <place> [options]`: plan routes and print them as a table (or
 * the PlanResult as JSON with --json). The query options are shared with `corridor compare`.
 * Bad arguments name the argument and what is allowed (exit 2); no route prints the reason (exit 1).
 */
import { type Command } from 'commander';
import { RouteQuery } from '../../model/index.ts';
import { checkConstraintIds } from '../../contract/index.ts';
import type { CliIo } from '../io.ts';
export interface QueryOptions {
    from: string;
    to: string;
    depart?: string;
    objective: string;
    teu?: string;
    feu?: string;
    kg?: string;
    m3?: string;
    pieces?: string;
    valueUsd?: string;
    cargo?: string;
    dgClass?: string;
    regime: string;
    modes?: string;
    avoidCountry: string[];
    avoidTerminal: string[];
    avoidBorder: string[];
    maxTransfers?: string;
    deadline?: string;
    budget?: string;
    alternatives?: string;
    carbonPrice?: string;
    valueOfTime?: string;
    transferPenalty?: string;
    network?: string;
    json?: boolean;
}
/** The shipment and constraint options that `route`, `compare` and `matrix` share. */
export declare function addShipmentOptions(cmd: Command): Command;
/** Builds and validates the RouteQuery from the options; prints what is wrong and returns undefined on bad input. */
export declare function queryFromOptions(o: QueryOptions, io: CliIo): RouteQuery | undefined;
/** The API's FILTER_UNKNOWN check (src/contract), printed per flag; false (exit 2) when any id is unknown. */
export declare function reportUnknownConstraintIds(network: Parameters<typeof checkConstraintIds>[0], q: RouteQuery, io: CliIo): boolean;
/**
 * Registers a command that answers one route query, `route` (the planner's `plan`) or `compare`
 * (the best route per corridor): same options, same output, one place.
 */
export declare function registerQueryCommand(program: Command, io: CliIo, name: 'route' | 'compare', description: string): void;
export declare function registerRoute(program: Command, io: CliIo): void;
//# sourceMappingURL=route.d.ts.map