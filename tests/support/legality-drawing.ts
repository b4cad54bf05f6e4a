/**
 * A drawn network with one dated rule of each legality kind (docs/decisions.md L1): a foreign sea loop
 * and a Chinese coastal service under Chinese cabotage with a dated relay exception, flights via Moscow
 * into the EU beside a direct one under the Russia–EU flight ban, and Belarusian and Polish trucks into
 * Poland under the haulier ban. Used by the legality feature tests (F19) and the legality memo's tests.
 */
import type { Drawing } from './draw-network.ts';

const EU = ['PL', 'NL', 'DE'];
export const legalityDrawing: Drawing = {
  terminals: {
    tianjin: { country: 'CN', at: [117.7, 39.0], modes: ['sea'], customs: ['general'] },
    shanghai: { country: 'CN', at: [121.9, 30.6], modes: ['sea'], customs: ['general'] },
    busan: { country: 'KR', at: [129.0, 35.1], modes: ['sea'], timezone: 'Asia/Seoul' },
    rotterdam: { country: 'NL', at: [4.1, 51.95], modes: ['sea'] },
    'baotou-apt': { country: 'CN', at: [109.85, 40.56], modes: ['air'], customs: ['general'] },
    'moscow-apt': { country: 'RU', at: [37.41, 55.97], modes: ['air'] },
    'amsterdam-apt': { country: 'NL', at: [4.76, 52.31], modes: ['air'] },
    brest: { country: 'BY', at: [23.7, 52.1], modes: ['road'] },
    terespol: { country: 'PL', at: [23.62, 52.08], modes: ['road'] },
    warsaw: { country: 'PL', at: [21.0, 52.23], modes: ['road'] },
  },
  services: {
    // a foreign deep-sea loop that would sell Tianjin → Shanghai cheaply
    loop: {
      mode: 'sea',
      carrier: 'KR',
      stops: ['tianjin', 'shanghai', 'rotterdam'],
      loads_at: ['tianjin', 'shanghai'],
      unloads_at: ['shanghai', 'rotterdam'],
      usd: 1000,
      weekly: ['Mon 08:00'],
    },
    coastal: {
      mode: 'sea',
      kind: 'short_sea',
      carrier: 'CN',
      stops: ['tianjin', 'shanghai'],
      usd: 400,
      weekly: ['Tue 08:00'],
    },
    'shanghai-busan': {
      mode: 'sea',
      kind: 'short_sea',
      carrier: 'KR',
      stops: ['shanghai', 'busan'],
      usd: 300,
      weekly: ['Sat 08:00'],
    },
    'via-moscow': {
      mode: 'air',
      carrier: 'CN',
      stops: ['baotou-apt', 'moscow-apt', 'amsterdam-apt'],
      unit: 'chargeable_kg',
      usd: 2,
      weekly: ['Wed 08:00'],
      cargo: { accepts_containers: false },
    },
    direct: {
      mode: 'air',
      carrier: 'CN',
      stops: ['baotou-apt', 'amsterdam-apt'],
      unit: 'chargeable_kg',
      usd: 4,
      weekly: ['Thu 08:00'],
      cargo: { accepts_containers: false },
    },
    'by-truck': {
      mode: 'road',
      carrier: 'BY',
      stops: ['brest', 'terespol', 'warsaw'],
      usd: 300,
      on_demand_h: 4,
    },
    'pl-truck': {
      mode: 'road',
      carrier: 'PL',
      stops: ['brest', 'terespol', 'warsaw'],
      usd: 700,
      on_demand_h: 4,
    },
  },
  borders: { 'brest-terespol': { mode: 'road', sides: ['brest', 'terespol'], dwell_h: 6 } },
  legality: [
    {
      id: 'cn-cabotage',
      name: 'Chinese cabotage',
      name_zh: '中国沿海运输权',
      kind: 'cabotage',
      country: 'CN',
      exceptions: [
        {
          name: 'relay pilot',
          ports: ['shanghai'],
          with: ['tianjin'],
          from: '2021-11-18',
          to: '2024-12-31',
          source: 'drawn',
        },
      ],
    },
    {
      id: 'eu-ru-air',
      name: 'No Russia–EU flights',
      kind: 'air_link_ban',
      from: '2022-02-28',
      countries_a: ['RU', 'BY'],
      countries_b: EU,
    },
    {
      id: 'eu-ru-by-hauliers',
      name: 'No Russian or Belarusian hauliers in the EU',
      kind: 'haulier_ban',
      from: '2022-04-16',
      carrier_countries: ['RU', 'BY'],
      countries: EU,
    },
  ],
};
