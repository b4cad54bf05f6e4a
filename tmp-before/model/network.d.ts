/**
 * The in-memory network: what load + validate produce and every other module reads.
 * Immutable by contract (readonly types); lookups by id through Maps.
 * Return services (`both_directions`) are already expanded here, so consumers see every service.
 */
import type { BorderCrossing, CorridorGroup, DestinationCustoms, EmissionFactor, LegalityRule, NetworkManifest, RegimeRule, Service, Source, Terminal } from './network-file.schema.ts';
import type { CustomsRegime } from './vocabulary.ts';
export interface Network {
    readonly manifest: NetworkManifest;
    readonly sources: ReadonlyMap<string, Source>;
    readonly terminals: ReadonlyMap<string, Terminal>;
    /** All services, return services included (their id ends in "-return"). */
    readonly services: ReadonlyMap<string, Service>;
    /** All border crossings as given; a `both_directions` crossing is one record used both ways. */
    readonly borders: ReadonlyMap<string, BorderCrossing>;
    readonly emissionFactors: ReadonlyMap<string, EmissionFactor>;
    readonly emissionsVersion: string;
    readonly hubCo2eKgPerT: number;
    readonly regimes: ReadonlyMap<CustomsRegime, RegimeRule>;
    /** import clearance of destination customs territories (customs.yaml `destinations`); absent: none */
    readonly destinationCustoms?: readonly DestinationCustoms[];
    /** named corridors in file order (corridors.yaml); absent or empty: routes keep gateway labels */
    readonly corridorGroups?: readonly CorridorGroup[];
    /** legality rules in file order (legality.yaml); absent or empty: none applies */
    readonly legalityRules?: readonly LegalityRule[];
}
/** Suffix of the id of a service generated from `both_directions`. */
export declare const RETURN_SUFFIX = "-return";
/** The id of the service as filed: a generated return service's id without RETURN_SUFFIX. */
export declare function filedServiceId(id: string): string;
//# sourceMappingURL=network.d.ts.map