/** Cost model of sea services (deep-sea and short-sea container lines). */
import type { CostModel } from './cost-model.ts';
import { commonAllowed, commonTariffUsd } from './cost-model.ts';

export const seaModel: CostModel = {
  mode: 'sea',
  allowed: commonAllowed,
  tariffUsd: commonTariffUsd,
};
