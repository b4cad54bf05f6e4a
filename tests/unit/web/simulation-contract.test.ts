/** The web view reads simulation statuses through src/contract; the server's route schema must agree. */
import { describe, expect, it } from 'vitest';
import {
  FINAL_SIMULATION_STATUSES,
  SimulationRunStatus,
  SimulationStatusHead,
} from '../../../src/contract/index.ts';
import { SimulationStatus } from '../../../src/server/routes/simulations.ts';
import { FINAL_STATUSES } from '../../../web/app/scenario-panel.ts';

describe('simulation status contract', () => {
  it('lists the same statuses as the server, cancelled among the final ones', () => {
    expect(SimulationStatus.shape.status.options).toEqual(SimulationRunStatus.options);
    expect(FINAL_SIMULATION_STATUSES).toContain('cancelled');
    expect(FINAL_SIMULATION_STATUSES).not.toContain('running');
    expect(FINAL_STATUSES).toEqual(FINAL_SIMULATION_STATUSES);
  });
  it('has the fields of the server status (result aside)', () => {
    const { result: _r, ...server } = SimulationStatus.shape;
    expect(Object.keys(SimulationStatusHead.shape).sort()).toEqual(Object.keys(server).sort());
  });
});
