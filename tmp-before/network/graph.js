/**
 * The network as a graphology MultiDirectedGraph: one node per terminal and mode ("<terminal>@<mode>"),
 * an edge per service leg, transfer edges between the modes inside a terminal, and border edges per
 * crossing direction. Physical facts only (distances, times, fees as filed); no generalized costs.
 */
import { MultiDirectedGraph } from 'graphology';
import { dwellInto, } from "../model/index.js";
import { haversineKm } from "../lib/geo.js";
import { ruleFor } from "./handling.js";
import { medianOf } from "./distribution-stats.js";
/** Node key of a terminal in one mode. */
const nodeKey = (terminalId, mode) => `${terminalId}@${mode}`;
function addTransfers(graph, t, defaults) {
    for (const a of t.modes) {
        for (const b of t.modes) {
            if (a === b)
                continue;
            const own = ruleFor(t.handling, a, b);
            const rule = own ?? ruleFor(defaults, a, b);
            if (!rule)
                continue; // the validator warns: no transfer between these modes here
            const attrs = {
                kind: 'transfer',
                terminal: t.id,
                from_mode: a,
                to_mode: b,
                time_h: rule.time_h.value,
                cost_usd_per_teu: rule.cost_usd_per_teu.value,
                rule: own ? 'terminal' : 'default',
            };
            if (rule.cost_usd_per_kg)
                attrs.cost_usd_per_kg = rule.cost_usd_per_kg.value;
            graph.addDirectedEdgeWithKey(`transfer:${t.id}:${a}>${b}`, nodeKey(t.id, a), nodeKey(t.id, b), attrs);
        }
    }
}
export function buildGraph(network) {
    const graph = new MultiDirectedGraph();
    for (const t of network.terminals.values()) {
        for (const mode of t.modes) {
            const attrs = {
                terminal: t.id,
                mode,
                country: t.country,
                lon: t.location.lon,
                lat: t.location.lat,
            };
            if (t.gauge_mm)
                attrs.gauge_mm = t.gauge_mm;
            graph.addNode(nodeKey(t.id, mode), attrs);
        }
        addTransfers(graph, t, network.manifest.default_handling);
    }
    for (const s of network.services.values()) {
        s.legs.forEach((leg, i) => {
            // a parcel product's collection or delivery leg runs by its own mode (decisions C4)
            const mode = leg.mode ?? s.mode;
            graph.addDirectedEdgeWithKey(`service:${s.id}:${i}`, nodeKey(leg.from, mode), nodeKey(leg.to, mode), {
                kind: 'service',
                service: s.id,
                leg: i,
                mode,
                distance_km: leg.distance_km.value,
                duration_h: leg.duration_h.value,
            });
        });
    }
    for (const b of network.borders.values()) {
        const [a, z] = b.sides;
        const directions = b.both_directions
            ? [
                [a, z],
                [z, a],
            ]
            : [[a, z]];
        const ta = network.terminals.get(a);
        const tz = network.terminals.get(z);
        for (const [from, to] of directions) {
            const attrs = {
                kind: 'border',
                border: b.id,
                mode: b.mode,
                from,
                to,
                dwell_p50_h: medianOf(dwellInto(b, to)),
                cost_usd_per_teu: b.cost_usd_per_teu.value,
                distance_km: haversineKm(ta.location, tz.location),
            };
            if (b.gauge_change) {
                attrs.gauge_change = {
                    method: b.gauge_change.method,
                    time_h: b.gauge_change.time_h.value,
                    cost_usd_per_teu: b.gauge_change.cost_usd_per_teu.value,
                };
            }
            graph.addDirectedEdgeWithKey(`border:${b.id}:${from}>${to}`, nodeKey(from, b.mode), nodeKey(to, b.mode), attrs);
        }
    }
    return graph;
}
//# sourceMappingURL=graph.js.map