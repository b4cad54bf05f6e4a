import { tzTable } from "../routing/index.js";
import { H_PER_DAY, windowOf } from "./timeline.js";
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/**
 * Offset of a time zone from UTC in minutes at an instant (positive east), from the routing index's
 * tables so the simulator and the planner read schedules alike. An unknown zone counts as UTC; the
 * network validator reports it.
 */
function tzOffsetMin(timeZone, atMs) {
    try {
        return Math.round(tzTable(timeZone).offsetH(atMs / 3_600_000) * 60);
    }
    catch {
        return 0;
    }
}
function baseTimes(service, startMs, horizonH, tz) {
    const s = service.schedule;
    const out = [];
    if (s.type === 'weekly') {
        for (let day = -1; day * H_PER_DAY < horizonH; day++) {
            const dayMs = startMs + day * 86_400_000;
            for (const dep of s.departures) {
                const [hh, mm] = dep.time.split(':').map(Number);
                const localMs = dayMs + (hh * 60 + mm) * 60_000;
                const weekday = WEEKDAYS[new Date(localMs).getUTCDay()];
                if (weekday !== dep.day)
                    continue;
                const utcMs = localMs - tzOffsetMin(tz, localMs) * 60_000;
                const h = (utcMs - startMs) / 3_600_000;
                if (h >= 0 && h < horizonH)
                    out.push(h);
            }
        }
    }
    else if (s.type === 'frequency') {
        const [hh, mm] = s.first_time.split(':').map(Number);
        const firstMs = startMs + (hh * 60 + mm) * 60_000;
        const first = (firstMs - tzOffsetMin(tz, firstMs) * 60_000 - startMs) / 3_600_000;
        const headway = 168 / s.per_week;
        for (let h = first < 0 ? first + H_PER_DAY : first; h < horizonH; h += headway)
            out.push(h);
    }
    return out.sort((a, b) => a - b);
}
/** Applies frequency factors: ×f adds f−1 evenly spaced departures after each one; ×f<1 keeps a share f. */
function applyFrequency(times, factorAt) {
    const out = [];
    let kept = 0;
    for (let i = 0; i < times.length; i++) {
        const t = times[i];
        const f = factorAt(t);
        if (f >= 1) {
            out.push(t);
            const next = times[i + 1] ?? t + (i > 0 ? t - times[i - 1] : 168);
            const extra = Math.round(f) - 1;
            for (let k = 1; k <= extra; k++)
                out.push(t + (k * (next - t)) / (extra + 1));
        }
        else {
            // keep departure i when the running count of kept departures falls behind f × i
            if (Math.floor((i + 1) * f) > kept) {
                out.push(t);
                kept++;
            }
        }
    }
    return out;
}
/** Expands every service's departures for the scenario. */
export function expandDepartures(network, scenario, teuPerKg, capacityFactorAt) {
    const startMs = Date.parse(`${scenario.horizon.start}T00:00:00Z`);
    const horizonH = scenario.horizon.days * H_PER_DAY;
    const freq = scenario.events
        .filter((e) => e.type === 'frequency')
        .map((e) => ({ e, w: windowOf(scenario, e) }));
    const out = new Map();
    for (const service of network.services.values()) {
        const first = service.legs[0]?.from;
        const tz = (first && network.terminals.get(first)?.timezone) || 'UTC';
        const mine = freq.filter(({ e }) => e.service === service.id ||
            (e.service_kind !== undefined && e.service_kind === service.kind));
        const factorAt = (h) => mine.reduce((f, { e, w }) => w.start_h <= h && h < w.end_h && e.type === 'frequency' ? f * e.factor : f, 1);
        const times = service.schedule.type === 'on_demand'
            ? []
            : applyFrequency(baseTimes(service, startMs, horizonH, tz), factorAt);
        const cap = service.capacity?.teu ??
            (service.capacity?.kg !== undefined
                ? service.capacity.kg * teuPerKg
                : Number.POSITIVE_INFINITY);
        // room left to the region's shipments: through cargo from elsewhere is booked first
        const ownShare = 1 - (service.capacity?.through_cargo_share?.value ?? 0);
        const offered = Float64Array.from(times, (t) => cap * capacityFactorAt(service.id, t) * ownShare);
        const legs = Math.max(1, service.legs.length);
        const legRemaining = new Float64Array(times.length * legs);
        for (let i = 0; i < times.length; i++)
            legRemaining.fill(offered[i], i * legs, (i + 1) * legs);
        out.set(service.id, {
            service,
            times_h: Float64Array.from(times),
            remaining_teu: Float64Array.from(offered),
            offered_teu: offered,
            legs,
            leg_remaining_teu: legRemaining,
            skip: new Map(),
            ...(service.schedule.type === 'on_demand' ? { onDemandLeadH: service.schedule.lead_h } : {}),
        });
    }
    return out;
}
/** Index of the first departure at or after `h` (times.length when none). */
export function firstDepartureAtOrAfter(times, h) {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (times[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=departures.js.map