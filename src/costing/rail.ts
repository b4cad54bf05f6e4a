/** Cost model of rail services: block trains, rail-sea shuttles, domestic and transit rail. */
import type { CostModel } from './cost-model.ts';
import { commonAllowed, commonTariffUsd } from './cost-model.ts';

export const railModel: CostModel = {
  mode: 'rail',
  allowed: commonAllowed,
  tariffUsd: commonTariffUsd,
};
