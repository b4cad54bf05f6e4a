/**
 * The engine's event loop: shipments arrive in ready-time order, epochs start, and shipments' steps
 * come due, in time order (ties first in, first out), until the horizon ends. Arrivals are pushed
 * lazily, one pending at a time, which keeps the heap small. What each event does is the handlers'.
 */
import { arrivalEvent, epochEvent, eventIndex, eventKind, shipmentEvent } from "./event-id.js";
import { EventQueue } from "./event-queue.js";
export class EventLoop {
    queue = new EventQueue();
    arrivals;
    horizonH;
    nextArrival = 0;
    /**
     * `arrivals` sorted by ready time, `epochStarts` the start of each epoch (the first, at 0, is not
     * an event), events after `horizonH` never run.
     */
    constructor(arrivals, epochStarts, horizonH) {
        this.arrivals = arrivals;
        this.horizonH = horizonH;
        for (let e = 1; e < epochStarts.length; e++)
            this.queue.push(epochStarts[e], epochEvent(e));
        this.pushArrival();
    }
    /** Makes a step of shipment `index` due at `h`. */
    schedule(h, index) {
        this.queue.push(h, shipmentEvent(index));
    }
    /** Runs events in time order until none is left before the horizon ends. */
    run(handlers) {
        const queue = this.queue;
        while (queue.size > 0) {
            const h = queue.peekTime();
            if (h > this.horizonH)
                break;
            const id = queue.pop();
            const kind = eventKind(id);
            const index = eventIndex(id);
            if (kind === 'epoch')
                handlers.epochStart(index, h);
            else if (kind === 'arrival') {
                this.nextArrival++;
                this.pushArrival();
                handlers.arrival(index);
            }
            else
                handlers.shipmentDue(index);
        }
    }
    pushArrival() {
        if (this.nextArrival < this.arrivals.length)
            this.queue.push(this.arrivals[this.nextArrival].ready_h, arrivalEvent(this.nextArrival));
    }
}
//# sourceMappingURL=event-loop.js.map