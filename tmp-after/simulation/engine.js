/**
 * The discrete-event engine for one replication, put together from its parts: shipments arrive
 * (event-loop.ts), get route options from a provider (the planner, cached per OD, shipment class and
 * conditions: option-cache.ts), choose one timed against the real departures with room
 * (option-picker.ts, departure-finder.ts), and replay its steps (step-machine.ts): boarding books room
 * on a real departure, borders queue at their capacity (border-crossing.ts), delays are drawn per
 * departure from seeded hashes, and a shipment whose path is closed re-plans from where it is
 * (closures.ts); with no route it waits for the conditions to change.
 * Pure: the provider is the only way out; the same inputs and seed give the same result.
 */
import { deriveSeed } from "../lib/rng.js";
import { BorderCrossing } from "./border-crossing.js";
import { DepartureFinder } from "./departure-finder.js";
import { generateShipments } from "./demand.js";
import { expandDepartures } from "./departures.js";
import { EventLoop } from "./event-loop.js";
import { KpiCollector } from "./kpis.js";
import { OptionCache } from "./option-cache.js";
import { OptionPicker } from "./option-picker.js";
import { promisedAtBookingH } from "./promise.js";
import { cachingProvider, withDemandFactors } from "./elastic-demand.js";
import { follow, newShip } from "./ship.js";
import { StepMachine } from "./step-machine.js";
import { SubsidyLedger } from "./subsidy-ledger.js";
import { replicationTables } from "./tables.js";
import { buildEpochs, epochAt, H_PER_DAY, warmupHoursOf } from "./timeline.js";
export { TEU_PER_TRAIN, TEU_PER_TRUCK } from "./border-crossing.js";
export function runReplication(input) {
    const { network, scenario, provider, replication } = input;
    const seed = deriveSeed(scenario.seed, 'replication', replication);
    const horizonH = scenario.horizon.days * H_PER_DAY;
    const tPerTeu = network.manifest.cargo_t_per_teu.value || 10;
    const epochs = buildEpochs(scenario, network);
    const capacityAt = (service, h) => epochs[epochAt(epochs, h)].capacityFactor.get(service) ?? 1;
    const departures = expandDepartures(network, scenario, 1 / (tPerTeu * 1000), capacityAt);
    // the warm-up's bookings are simulated but not counted, at the borders and in the subsidies too
    const warmupH = warmupHoursOf(scenario);
    const ledger = new SubsidyLedger(scenario.policies, warmupH);
    const kpis = new KpiCollector(scenario, network);
    // elastic demand: each flow's bookings scaled by the change in its expected generalized cost
    const shipments = generateShipments(withDemandFactors(network, scenario, cachingProvider(provider, scenario, input.sharedCache)), seed, tPerTeu);
    const options = new OptionCache({
        scenario,
        epochs,
        provider,
        ledger,
        departures,
        sharedCache: input.sharedCache,
    });
    const finder = new DepartureFinder(departures);
    const picker = new OptionPicker(network, scenario.choice, seed, finder);
    const crossing = new BorderCrossing(network, epochs, departures, seed, scenario.horizon.days, warmupH);
    const loop = new EventLoop(shipments, epochs.map((e) => e.start_h), horizonH);
    const steps = new StepMachine({
        network,
        epochs,
        departures,
        seed,
        horizonH,
        overflowReplanH: scenario.overflow_replan_h,
        ledger,
        crossing,
        replanning: { options, picker, finder },
        schedule: (h, index) => loop.schedule(h, index),
    });
    const ships = [];
    /** shipments that found no route, to try again when the conditions change */
    const stranded = [];
    const settle = (ship, index, progress) => {
        if (progress === 'stranded') {
            ship.stranded = true;
            stranded.push(index);
        }
        else if (progress === 'delivered') {
            ship.delivered = true;
            kpis.delivered(ship.spec, ship.option, ship.now, ship.promised_h, ship.cost_usd, ship.co2e_kg);
            input.onDelivered?.({
                id: ship.spec.id,
                flow: ship.spec.flow,
                ready_h: ship.spec.ready_h,
                delivered_h: ship.now,
                corridor: ship.option.corridor_label,
                replanned: ship.replanned,
                cost_usd: ship.cost_usd,
            });
        }
    };
    /**
     * `ship` takes its first route: the arrival promised at booking is fixed now, from its booking
     * time (a shipment that found no route at first is promised from the booking all the same)
     */
    const book = (ship, option) => {
        const boardings = finder.boardingsOf(option);
        follow(ship, option, boardings);
        ship.promised_h = promisedAtBookingH(option, boardings, ship.spec.ready_h);
    };
    /** a first route for `ship` from its origin now (`attempt` 0 on arrival, 2 on a retry), undefined when none */
    const firstOption = (ship, attempt) => picker.pick(ship, options.optionsFor(ship.spec, ship.spec.from, ship.now), attempt) ??
        picker.pick(ship, options.optionsFor(ship.spec, ship.spec.from, ship.now, true), attempt);
    loop.run({
        arrival: (k) => {
            const ship = newShip(shipments[k]);
            const index = ships.push(ship) - 1;
            kpis.arrived(ship.spec);
            const option = firstOption(ship, 0);
            if (!option) {
                ship.stranded = true;
                stranded.push(index);
                return;
            }
            book(ship, option);
            settle(ship, index, steps.advance(ship, index, true));
        },
        epochStart: (_e, h) => {
            // conditions change: shipments that found no route try again
            for (const i of stranded.splice(0)) {
                ships[i].now = Math.max(ships[i].now, h);
                loop.schedule(ships[i].now, i);
            }
        },
        shipmentDue: (index) => {
            const ship = ships[index];
            if (ship.steps.length === 0) {
                // stranded at the origin: try to find a first route
                const option = firstOption(ship, 2);
                if (!option) {
                    stranded.push(index);
                    return;
                }
                book(ship, option);
            }
            settle(ship, index, steps.advance(ship, index, true));
        },
    });
    crossing.finish(horizonH);
    for (const s of ships) {
        if (!s.delivered && !Number.isNaN(s.departed_h))
            kpis.inTransit(s.spec);
        if (!s.delivered)
            kpis.undelivered(s.spec, s.cost_usd, horizonH);
        if (s.replanned)
            kpis.replanned(s.spec);
        if (s.stranded)
            kpis.stranded(s.spec);
        if (s.subsidy_usd !== 0)
            kpis.subsidised(s.spec, s.subsidy_usd);
    }
    const result = kpis.result({
        replication,
        seed,
        departures,
        queues: crossing.queues,
        ledger,
        plannerCalls: options.plannerCalls,
        horizonDays: scenario.horizon.days,
    });
    if (!input.tables)
        return result;
    const strandedNow = new Set(stranded);
    return {
        ...result,
        tables: replicationTables({
            replication,
            days: scenario.horizon.days,
            flows: scenario.demand.flows.map((f) => f.id),
            shipments: ships.map((s, i) => ({
                flow: s.spec.flow,
                flow_seq: s.spec.flow_seq,
                from: s.spec.from,
                to: s.spec.to,
                teu: s.spec.teu_eq,
                status: s.delivered
                    ? 'delivered'
                    : !Number.isNaN(s.departed_h)
                        ? 'in_transit'
                        : strandedNow.has(i)
                            ? 'stranded'
                            : 'waiting',
                mode: s.option?.main_mode ?? null,
                corridor: s.option?.corridor_label ?? null,
                booked_h: s.spec.ready_h,
                departed_h: s.departed_h,
                arrived_h: s.delivered ? s.now : Number.NaN,
                promised_h: s.promised_h,
                border_h: s.border_h,
                cost_usd: s.cost_usd,
                co2e_kg: s.co2e_kg,
                subsidy_usd: s.subsidy_usd,
                replanned: s.replanned,
            })),
            borders: new Map(Object.entries(result.border_queues).map(([id, q]) => [
                id,
                { unit: q.unit, by_day: q.by_day },
            ])),
            departures,
        }),
    };
}
//# sourceMappingURL=engine.js.map