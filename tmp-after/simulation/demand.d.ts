import type { CargoFlag, CustomsRegime } from '../model/index.ts';
import type { DemandFlow, Scenario } from './scenario.schema.ts';
export interface ShipmentSpec {
    id: number;
    /** hours from the horizon start when the cargo is ready at its origin */
    ready_h: number;
    from: string;
    to: string;
    teu?: number;
    kg?: number;
    pieces?: number;
    /** TEU-equivalent the shipment takes on a departure (kg converted at the network's t/TEU) */
    teu_eq: number;
    regime: CustomsRegime;
    value_usd: number;
    cargo: CargoFlag[];
    /** shipments of one class get the same route options: same OD, size, cargo, regime, value */
    class_key: string;
    flow: string;
    /** the shipment's number within its flow, in booking order */
    flow_seq: number;
    /**
     * key of the shipment's own random draws (choice, dwell), from its flow and number in the flow:
     * a flow's draws stay the same when another flow's demand changes (common random numbers per flow)
     */
    draw_key: number;
    constraints?: DemandFlow['constraints'];
}
/**
 * The class key of a flow's bookings: everything the planner's query reads of a shipment, so a
 * route-option cache shared between a baseline and a scenario that redefines a flow of the same id
 * never mixes their answers.
 */
export declare function flowClassKey(flow: DemandFlow): string;
/** Generates the shipments of one replication, sorted by ready time. */
export declare function generateShipments(scenario: Scenario, seed: number, tPerTeu: number): ShipmentSpec[];
//# sourceMappingURL=demand.d.ts.map