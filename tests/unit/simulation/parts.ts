/** The engine's parts put together on the tiny network (tiny.ts), for tests of one part at a time. */
import type { Network } from '../../../src/model/index.ts';
import { BorderCrossing } from '../../../src/simulation/border-crossing.ts';
import { DepartureFinder } from '../../../src/simulation/departure-finder.ts';
import { expandDepartures } from '../../../src/simulation/departures.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';
import { buildEpochs } from '../../../src/simulation/timeline.ts';
import { tinyNetwork, tinyScenario } from './tiny.ts';

export function parts(network: Network = tinyNetwork(), scenario: Scenario = tinyScenario()) {
  const epochs = buildEpochs(scenario, network);
  const departures = expandDepartures(network, scenario, 1 / 10_000, () => 1);
  const finder = new DepartureFinder(departures);
  const crossing = new BorderCrossing(network, epochs, departures, 42, scenario.horizon.days);
  return { network, scenario, epochs, departures, finder, crossing };
}
