/**
 * Crossing a border: each border a single server at its daily capacity (BorderQueue), not open before
 * a closure ends, then a dwell drawn per crossing. A through train crosses as one: the first of its
 * shipments to reach the border queues the whole train (one unit, or its TEU on board when the border
 * counts TEU) and fixes the release time of all its shipments. Anything else crosses on its own, as
 * trucks, TEU or a share of a train, as the border counts its capacity.
 */
import { sampleOf } from '../costing/index.ts';
import { hashUniform } from '../lib/rng.ts';
import type { Network } from '../model/index.ts';
import { BorderQueue } from './border-queue.ts';
import { peakLoad } from './capacity.ts';
import type { ServiceDepartures } from './departures.ts';
import type { BorderStep, Ship } from './ship.ts';

/** TEU a truck carries (one FEU or two TEU), to count trucks at a road border and truck trips. */
export const TEU_PER_TRUCK = 2;
/** TEU of one train when a rail border counts trains and a shipment crosses on its own: Erenhot averages ~103–115 TEU/train (figures.md §5, DERIVED). */
export const TEU_PER_TRAIN = 100;
/** the salts of the dwell draws (each kind of hashed draw has its own) */
const DWELL_TRAIN_DRAW = 2;
const DWELL_SHIPMENT_DRAW = 3;

export class BorderCrossing {
  /** the queue of each border, by id (results read them) */
  readonly queues: Map<string, BorderQueue>;
  private readonly network: Network;
  private readonly departures: ReadonlyMap<string, ServiceDepartures>;
  private readonly seed: number;
  private readonly borderIndex: Map<string, number>;
  private readonly serviceIndex: Map<string, number>;
  /** release time of each train (service departure) at each border it crosses whole, NaN until the first of its shipments arrives; by border × services + service */
  private readonly trainRelease: (Float64Array | undefined)[] = [];

  constructor(
    network: Network,
    departures: ReadonlyMap<string, ServiceDepartures>,
    seed: number,
    days: number,
  ) {
    this.network = network;
    this.departures = departures;
    this.seed = seed;
    this.serviceIndex = new Map([...network.services.keys()].map((id, i) => [id, i]));
    this.borderIndex = new Map([...network.borders.keys()].map((id, i) => [id, i]));
    this.queues = new Map(
      [...network.borders.values()].map((b) => [
        b.id,
        new BorderQueue(b.id, b.capacity_per_day ? 24 / b.capacity_per_day.value : 0, days),
      ]),
    );
  }

  /** Whether `border` is one of the network's (others have no queue: crossing them adds the extra dwell only). */
  has(border: string): boolean {
    return this.queues.has(border);
  }

  /**
   * The time `ship`, at the border of `step` since `ship.now`, leaves it: not before `openH`, after
   * its queue and dwell plus `extraH` (the step's and the events'). A border not in the network (see
   * `has`) only adds `extraH`.
   */
  leaveTime(ship: Ship, step: BorderStep, openH: number, extraH: number): number {
    const b = this.network.borders.get(step.border);
    const q = this.queues.get(step.border);
    if (!b || !q) return ship.now + extraH;
    if (step.through !== undefined && ship.onDeparture >= 0 && step.through === ship.onService) {
      // the whole train crosses as one: the first of its shipments to arrive decides for all
      const d = this.departures.get(step.through)!;
      const border = this.borderIndex.get(step.border)!;
      const service = this.serviceIndex.get(step.through) ?? 0;
      const slot = border * this.serviceIndex.size + service;
      let releases = this.trainRelease[slot];
      if (!releases)
        this.trainRelease[slot] = releases = new Float64Array(d.times_h.length).fill(Number.NaN);
      let release = releases[ship.onDeparture]!;
      if (Number.isNaN(release)) {
        const units = b.capacity_per_day?.unit === 'teu' ? peakLoad(d, ship.onDeparture) : 1;
        const start = q.serve(ship.now, units, openH);
        const u = hashUniform(
          this.seed,
          DWELL_TRAIN_DRAW,
          (border << 12) ^ service,
          ship.onDeparture,
        );
        release = start + sampleOf(b.dwell_h, u) + extraH;
        releases[ship.onDeparture] = release;
      }
      return Math.max(ship.now, release);
    }
    const unit = b.capacity_per_day?.unit;
    const units =
      unit === 'teu'
        ? ship.spec.teu_eq
        : unit === 'trains'
          ? ship.spec.teu_eq / TEU_PER_TRAIN
          : Math.ceil(ship.spec.teu_eq / TEU_PER_TRUCK);
    const start = q.serve(ship.now, units, openH);
    return (
      start +
      sampleOf(
        b.dwell_h,
        hashUniform(this.seed, DWELL_SHIPMENT_DRAW, ship.spec.draw_key, ship.step),
      ) +
      extraH
    );
  }
}
