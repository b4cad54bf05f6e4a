// Feature under test: loads_at / unloads_at on services, and how a return service swaps them.
import { describe, expect, it } from 'vitest';
import { reverseService } from '../../../src/network/index.ts';
import type { Service } from '../../../src/model/index.ts';

const figure = (value: number) => ({ value, assumption: 'a figure for this test only' });

const service: Service = {
  id: 'hub-europe-train',
  name: 'Hub – Europe block train',
  mode: 'rail',
  kind: 'china_europe_train',
  legs: [
    { from: 'hub', to: 'border-a', distance_km: figure(500), duration_h: figure(20) },
    { from: 'border-a', to: 'border-b', distance_km: figure(10), duration_h: figure(1) },
    { from: 'border-b', to: 'europe', distance_km: figure(900), duration_h: figure(40) },
  ],
  schedule: { type: 'on_demand', lead_h: 0, assumption: 'a schedule for this test only' },
  tariffs: [{ unit: 'feu', usd: 3000, assumption: 'a tariff for this test only' }],
  emission_factor: 'rail',
  cargo: {
    accepts_containers: true,
    accepts_parcels: true,
    reefer: false,
    dangerous_goods: false,
    lithium_batteries: false,
    oversize: false,
  },
  loads_at: ['hub'],
  unloads_at: ['europe'],
  both_directions: true,
};

describe('cargo stops', () => {
  it('reverseService(service) loads where the outbound train unloads, and unloads where it loads', () => {
    const back = reverseService(service);
    expect(back.loads_at).toEqual(['europe']);
    expect(back.unloads_at).toEqual(['hub']);
  });

  it('reverseService(service) leaves both lists absent when the outbound service has none', () => {
    const { loads_at: _l, unloads_at: _u, ...open } = service;
    const back = reverseService(open);
    expect(back.loads_at).toBeUndefined();
    expect(back.unloads_at).toBeUndefined();
  });
});
