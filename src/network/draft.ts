/**
 * The network files after the shape check: every record that passed, with its index in its file, so
 * the cross-file checks can run on what is valid and still name the exact path of each problem.
 */
import type * as model from '../model/index.ts';

export interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

export interface Draft {
  manifest?: model.NetworkManifest;
  sources: Indexed<model.Source>[];
  terminals: Indexed<model.Terminal>[];
  services: Indexed<model.Service>[];
  borders: Indexed<model.BorderCrossing>[];
  factors: Indexed<model.EmissionFactor>[];
  emissionsVersion?: string;
  hubCo2eKgPerT?: number;
  regimes: Indexed<model.RegimeRule>[];
  /** destination customs territories (customs.yaml `destinations`) */
  destinations?: Indexed<model.DestinationCustoms>[];
  /** named corridors (corridors.yaml, optional) */
  corridorGroups?: Indexed<model.CorridorGroup>[];
  /** legality rules (legality.yaml, optional) */
  legalityRules?: Indexed<model.LegalityRule>[];
  /** trucking areas (services.yaml `trucking_areas`, optional) */
  truckingAreas?: Indexed<model.TruckingArea>[];
  /** the trucks of the trucking areas, timed, as the area check filed them (check-trucking-areas.ts) */
  areaServices?: model.Service[];
}
