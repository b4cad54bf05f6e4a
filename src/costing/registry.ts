/** Mode → cost model. A new mode is one model file and one line here. */
import type { Mode } from '../model/index.ts';
import type { CostModel } from './cost-model.ts';
import { airModel } from './air.ts';
import { railModel } from './rail.ts';
import { roadModel } from './road.ts';
import { seaModel } from './sea.ts';

const MODELS: Readonly<Record<Mode, CostModel>> = {
  rail: railModel,
  road: roadModel,
  sea: seaModel,
  air: airModel,
};

export function costModelFor(mode: Mode): CostModel {
  return MODELS[mode];
}
