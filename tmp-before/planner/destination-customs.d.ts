/**
 * Which destination customs territory a shipment clears into (docs/decisions.md DC1): the territory
 * (customs union or country, customs.yaml `destinations`) of the destination's country, unless the
 * origin already lies inside it (no border of that territory is crossed) or the destination is the
 * network's home country (its own regimes apply).
 */
import type { DestinationCustoms, Network } from '../model/index.ts';
export declare function destinationTerritory(network: Network, fromCountry: string, toCountry: string): DestinationCustoms | null;
//# sourceMappingURL=destination-customs.d.ts.map