/** Cost model of sea services (deep-sea and short-sea container lines). */
import type { CostModel } from './cost-model.ts';
import { commonAllowed, commonTripUsd } from './cost-model.ts';

export const seaModel: CostModel = {
  mode: 'sea',
  allowed: commonAllowed,
  tripUsd: commonTripUsd,
};
