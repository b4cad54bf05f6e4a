import type { Network } from '../model/index.ts';
import { type BorderCrossing } from './border-crossing.ts';
import { type Replanning } from './closures.ts';
import type { ServiceDepartures } from './departures.ts';
import type { Ship } from './ship.ts';
import { type SubsidyLedger } from './subsidy-ledger.ts';
import { type Epoch } from './timeline.ts';
/** Where `advance` left a shipment. */
export type Progress = 
/** at its destination (within the horizon) */
'delivered'
/** its path is closed and no open route exists now: it waits for the conditions to change */
 | 'stranded'
/** a shared step is scheduled, or it cannot go on before the horizon ends */
 | 'waiting';
export interface StepMachineInput {
    network: Network;
    epochs: readonly Epoch[];
    departures: ReadonlyMap<string, ServiceDepartures>;
    seed: number;
    horizonH: number;
    /** hours capacity may hold a shipment before it re-plans (the scenario's overflow_replan_h) */
    overflowReplanH: number;
    ledger: SubsidyLedger;
    crossing: BorderCrossing;
    replanning: Replanning;
    /** makes a shared step of ship `index` due at `h` (the event loop) */
    schedule: (h: number, index: number) => void;
}
export declare class StepMachine {
    private readonly input;
    private readonly serviceIndex;
    constructor(input: StepMachineInput);
    /**
     * Moves `ship` (number `index`) on from its current step at `ship.now` until it is delivered,
     * stranded, or waits for a shared step; `atEvent` means the shared step it is at is due now.
     */
    advance(ship: Ship, index: number, atEvent: boolean): Progress;
}
//# sourceMappingURL=step-machine.d.ts.map