import { dijkstra } from 'graphology-shortest-path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildGraph,
  loadNetwork,
  type EdgeAttributes,
  type NetworkGraph,
} from '../../../src/network/index.ts';
import type { Network } from '../../../src/model/index.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let network: Network;
let graph: NetworkGraph;
beforeAll(async () => {
  network = (await loadNetwork(FIXTURE_DIR)).network!;
  graph = buildGraph(network);
});

describe('buildGraph', () => {
  it('has one node per terminal and mode, with its position and gauge', () => {
    const expected = [...network.terminals.values()].reduce((n, t) => n + t.modes.length, 0);
    expect(graph.order).toBe(expected);
    expect(graph.getNodeAttributes('erenhot-rail@rail')).toEqual({
      terminal: 'erenhot-rail',
      mode: 'rail',
      country: 'CN',
      lon: 111.98,
      lat: 43.65,
      gauge_mm: 1435,
    });
    expect(graph.hasNode('incheon-port@road')).toBe(false);
  });

  it('has an edge per service leg, return services included', () => {
    const legs = [...network.services.values()].reduce((n, s) => n + s.legs.length, 0);
    expect(graph.filterEdges((_, a) => a.kind === 'service')).toHaveLength(legs);
    expect(graph.getEdgeAttributes('service:baotou-ulaanbaatar-train:1')).toEqual({
      kind: 'service',
      service: 'baotou-ulaanbaatar-train',
      leg: 1,
      mode: 'rail',
      distance_km: 10,
      duration_h: 1,
    });
    expect(graph.source('service:baotou-ulaanbaatar-train-return:0')).toBe('ulaanbaatar-hub@rail');
  });

  it('has transfer edges both ways between the modes of a terminal, from its own rule before the default', () => {
    expect(graph.getEdgeAttributes('transfer:ulaanbaatar-hub:rail>road')).toMatchObject({
      time_h: 6,
      cost_usd_per_teu: 55,
      rule: 'terminal',
    });
    expect(graph.getEdgeAttributes('transfer:baotou-rail:road>rail')).toMatchObject({
      time_h: 4,
      cost_usd_per_teu: 40,
      rule: 'default',
    });
    expect(graph.getEdgeAttributes('transfer:baotou-airport:air>road')).toMatchObject({
      cost_usd_per_kg: 0.1,
    });
    expect(graph.filterEdges((_, a) => a.kind === 'transfer')).toHaveLength(8);
  });

  it('has border edges per direction with dwell median and gauge change', () => {
    const rail = graph.getEdgeAttributes(
      'border:erenhot-zamyn-uud-rail:zamyn-uud-rail>erenhot-rail',
    );
    expect(rail).toMatchObject({
      kind: 'border',
      mode: 'rail',
      dwell_p50_h: 24,
      gauge_change: { method: 'container_transfer', time_h: 6, cost_usd_per_teu: 90 },
    });
    // triangular 2/6/48: median = 48 − sqrt(46 · 42 / 2)
    const road = graph.getEdgeAttributes(
      'border:erenhot-zamyn-uud-road:erenhot-road>zamyn-uud-road',
    );
    expect(road.kind === 'border' && road.dwell_p50_h).toBeCloseTo(
      48 - Math.sqrt((46 * 42) / 2),
      9,
    );
    expect(graph.filterEdges((_, a) => a.kind === 'border')).toHaveLength(4);
  });

  it('connects Baotou to Ulaanbaatar by rail through the gauge-change border', () => {
    // an Infinity weight does not prune a graphology edge, so non-rail edges get a prohibitive finite weight
    const hours = (_: string, a: EdgeAttributes) =>
      a.kind === 'service' ? a.duration_h : a.kind === 'border' ? a.dwell_p50_h : a.time_h;
    const railOnly = (e: string, a: EdgeAttributes) =>
      a.kind !== 'transfer' && a.mode === 'rail' ? hours(e, a) : 1e6;
    const path = dijkstra.bidirectional(
      graph,
      'baotou-rail@rail',
      'ulaanbaatar-hub@rail',
      railOnly,
    );
    expect(path).toEqual([
      'baotou-rail@rail',
      'erenhot-rail@rail',
      'zamyn-uud-rail@rail',
      'ulaanbaatar-hub@rail',
    ]);
    expect(dijkstra.bidirectional(graph, 'seoul-gimpo@air', 'incheon-port@sea')).toBeNull();
    // by the quickest mix of modes the truck line wins over the train's one-day border dwell
    expect(
      dijkstra.bidirectional(graph, 'baotou-rail@rail', 'ulaanbaatar-hub@rail', hours),
    ).toContain('zamyn-uud-road@road');
  });
});

describe('buildGraph on the built-in network', () => {
  it("puts a parcel product's delivery leg on nodes of the leg's own mode", async () => {
    const builtIn = (await loadBuiltIn()).network;
    const g = buildGraph(builtIn);
    const legs = [...builtIn.services.values()].reduce((n, s) => n + s.legs.length, 0);
    expect(g.filterEdges((_, a) => a.kind === 'service')).toHaveLength(legs);
    // the EPC line flies to Frankfurt and delivers to Duisburg by road (decisions C4)
    const epc = builtIn.services.get('parcel-epc-baotou-germany')!;
    const last = epc.legs.length - 1;
    expect(epc.mode).toBe('air');
    expect(g.target(`service:parcel-epc-baotou-germany:${last}`)).toBe(
      `${epc.legs[last]!.to}@${epc.legs[last]!.mode}`,
    );
    expect(epc.legs[last]!.mode).toBe('road');
  });
});
