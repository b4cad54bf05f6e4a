/** The web view reads simulation statuses through src/contract; its final statuses are the contract's. */
import { describe, expect, it } from 'vitest';
import { FINAL_SIMULATION_STATUSES, SimulationRunStatus } from '../../../src/contract/index.ts';
import { FINAL_STATUSES } from '../../../web/app/scenario-panel.ts';

describe('simulation status contract', () => {
  it('has cancelled among the final statuses, and the page stops polling at the same ones', () => {
    expect(SimulationRunStatus.options).toContain('cancelled');
    expect(FINAL_SIMULATION_STATUSES).toContain('cancelled');
    expect(FINAL_SIMULATION_STATUSES).not.toContain('running');
    expect(FINAL_STATUSES).toEqual(FINAL_SIMULATION_STATUSES);
  });
});
