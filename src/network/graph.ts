/**
 * The network as a graphology MultiDirectedGraph: one node per terminal and mode ("<terminal>@<mode>"),
 * an edge per service leg, transfer edges between the modes inside a terminal, and border edges per
 * crossing direction. Physical facts only (distances, times, fees as filed); no generalized costs.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  dwellInto,
  type Gauge,
  type GaugeChangeMethod,
  type HandlingRule,
  type Mode,
  type Network,
  type Terminal,
} from '../model/index.ts';
import { haversineKm } from '../lib/geo.ts';
import { ruleFor } from './handling.ts';
import { medianOf } from './distribution-stats.ts';

interface NodeAttributes {
  terminal: string;
  mode: Mode;
  country: string;
  lon: number;
  lat: number;
  gauge_mm?: Gauge;
}

interface ServiceEdgeAttributes {
  kind: 'service';
  service: string;
  leg: number;
  mode: Mode;
  distance_km: number;
  duration_h: number;
}

interface TransferEdgeAttributes {
  kind: 'transfer';
  terminal: string;
  from_mode: Mode;
  to_mode: Mode;
  time_h: number;
  cost_usd_per_teu: number;
  cost_usd_per_kg?: number;
  /** where the rule comes from: the terminal's own handling or network.yaml default_handling */
  rule: 'terminal' | 'default';
}

interface BorderEdgeAttributes {
  kind: 'border';
  border: string;
  mode: Mode;
  from: string;
  to: string;
  /** median dwell in this edge's direction (docs/decisions.md T15) */
  dwell_p50_h: number;
  cost_usd_per_teu: number;
  /** great-circle distance between the two sides */
  distance_km: number;
  gauge_change?: { method: GaugeChangeMethod; time_h: number; cost_usd_per_teu: number };
}

export type EdgeAttributes = ServiceEdgeAttributes | TransferEdgeAttributes | BorderEdgeAttributes;
export type NetworkGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Node key of a terminal in one mode. */
const nodeKey = (terminalId: string, mode: Mode): string => `${terminalId}@${mode}`;

function addTransfers(graph: NetworkGraph, t: Terminal, defaults: readonly HandlingRule[]): void {
  for (const a of t.modes) {
    for (const b of t.modes) {
      if (a === b) continue;
      const own = ruleFor(t.handling, a, b);
      const rule = own ?? ruleFor(defaults, a, b);
      if (!rule) continue; // the validator warns: no transfer between these modes here
      const attrs: TransferEdgeAttributes = {
        kind: 'transfer',
        terminal: t.id,
        from_mode: a,
        to_mode: b,
        time_h: rule.time_h.value,
        cost_usd_per_teu: rule.cost_usd_per_teu.value,
        rule: own ? 'terminal' : 'default',
      };
      if (rule.cost_usd_per_kg) attrs.cost_usd_per_kg = rule.cost_usd_per_kg.value;
      graph.addDirectedEdgeWithKey(
        `transfer:${t.id}:${a}>${b}`,
        nodeKey(t.id, a),
        nodeKey(t.id, b),
        attrs,
      );
    }
  }
}

export function buildGraph(network: Network): NetworkGraph {
  const graph: NetworkGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const t of network.terminals.values()) {
    for (const mode of t.modes) {
      const attrs: NodeAttributes = {
        terminal: t.id,
        mode,
        country: t.country,
        lon: t.location.lon,
        lat: t.location.lat,
      };
      if (t.gauge_mm) attrs.gauge_mm = t.gauge_mm;
      graph.addNode(nodeKey(t.id, mode), attrs);
    }
    addTransfers(graph, t, network.manifest.default_handling);
  }
  for (const s of network.services.values()) {
    s.legs.forEach((leg, i) => {
      // a parcel product's collection or delivery leg runs by its own mode (decisions C4)
      const mode = leg.mode ?? s.mode;
      graph.addDirectedEdgeWithKey(
        `service:${s.id}:${i}`,
        nodeKey(leg.from, mode),
        nodeKey(leg.to, mode),
        {
          kind: 'service',
          service: s.id,
          leg: i,
          mode,
          distance_km: leg.distance_km.value,
          duration_h: leg.duration_h.value,
        },
      );
    });
  }
  for (const b of network.borders.values()) {
    const [a, z] = b.sides;
    const directions: [string, string][] = b.both_directions
      ? [
          [a, z],
          [z, a],
        ]
      : [[a, z]];
    const ta = network.terminals.get(a)!;
    const tz = network.terminals.get(z)!;
    for (const [from, to] of directions) {
      const attrs: BorderEdgeAttributes = {
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
      graph.addDirectedEdgeWithKey(
        `border:${b.id}:${from}>${to}`,
        nodeKey(from, b.mode),
        nodeKey(to, b.mode),
        attrs,
      );
    }
  }
  return graph;
}
