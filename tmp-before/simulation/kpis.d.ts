/**
 * Collects one replication's outcomes as shipments arrive and are delivered, and turns them into a
 * ReplicationResult: throughput, backlog, transit-time percentiles, cost and CO2e per TEU, on-time
 * share and lateness against the promise made at booking, shares by mode and corridor, utilisation,
 * border queues and subsidies. Shipments booked in the warm-up (horizon.warmup_days) are not counted,
 * nor are departures that leave in it; border queues are reported for every day of the run.
 */
import type { Network } from '../model/index.ts';
import type { BorderQueue } from './border-queue.ts';
import type { ShipmentSpec } from './demand.ts';
import type { ServiceDepartures } from './departures.ts';
import type { ReplicationResult } from './result.ts';
import type { RouteOption } from './route-option.ts';
import type { Scenario } from './scenario.schema.ts';
import type { SubsidyLedger } from './subsidy-ledger.ts';
export declare class KpiCollector {
    private shipments;
    private teuIn;
    private deliveredN;
    private deliveredTeu;
    private transit;
    private cost;
    private co2e;
    private onTime;
    private replans;
    private strandedN;
    private byMode;
    private byCorridor;
    readonly scenario: Scenario;
    readonly network: Network;
    private inTransitTeu;
    private deliveredTransitTeuH;
    /** hours of the warm-up: shipments booked before are simulated, not counted */
    private readonly warmupH;
    private latenessH;
    private subsidyUsd;
    constructor(scenario: Scenario, network: Network);
    /** whether the shipment counts: booked after the warm-up */
    counts(spec: ShipmentSpec): boolean;
    arrived(spec: ShipmentSpec): void;
    delivered(spec: ShipmentSpec, option: RouteOption, atH: number, promisedH: number, costUsd: number, co2eKg: number): void;
    replanned(spec: ShipmentSpec): void;
    /** what the subsidy paid towards this shipment */
    subsidised(spec: ShipmentSpec, usd: number): void;
    /** an undelivered shipment that had left on its first departure by the horizon's end */
    inTransit(spec: ShipmentSpec): void;
    private undeliveredAgeTeuH;
    private undeliveredCost;
    /**
     * a shipment not delivered by the horizon's end (`endH`), with what it has paid so far: its age
     * counts in the time per TEU offered (as a lower bound: it is not there yet) and its cost in the
     * cost per TEU offered, so stranding cargo cannot make the averages look better
     */
    undelivered(spec: ShipmentSpec, costSoFarUsd: number, endH: number): void;
    stranded(spec: ShipmentSpec): void;
    result(x: {
        replication: number;
        seed: number;
        departures: ReadonlyMap<string, ServiceDepartures>;
        queues: ReadonlyMap<string, BorderQueue>;
        ledger: SubsidyLedger;
        plannerCalls: number;
        horizonDays: number;
    }): ReplicationResult;
}
//# sourceMappingURL=kpis.d.ts.map