/** Cost model of rail services: block trains, rail-sea shuttles, domestic and transit rail. */
import type { CostModel } from './cost-model.ts';
import { commonAllowed, commonTripUsd } from './cost-model.ts';

export const railModel: CostModel = {
  mode: 'rail',
  allowed: commonAllowed,
  tripUsd: commonTripUsd,
};
