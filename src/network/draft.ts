/**
 * The network files after the shape check: every record that passed, with its index in its file, so
 * the cross-file checks can run on what is valid and still name the exact path of each problem.
 */
import type {
  BorderCrossing,
  CorridorGroup,
  EmissionFactor,
  LegalityRule,
  NetworkManifest,
  RegimeRule,
  Service,
  Source,
  Terminal,
} from '../model/index.ts';

export interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

export interface Draft {
  manifest?: NetworkManifest;
  sources: Indexed<Source>[];
  terminals: Indexed<Terminal>[];
  services: Indexed<Service>[];
  borders: Indexed<BorderCrossing>[];
  factors: Indexed<EmissionFactor>[];
  emissionsVersion?: string;
  hubCo2eKgPerT?: number;
  regimes: Indexed<RegimeRule>[];
  /** named corridors (corridors.yaml, optional) */
  corridorGroups?: Indexed<CorridorGroup>[];
  /** legality rules (legality.yaml, optional) */
  legalityRules?: Indexed<LegalityRule>[];
}
