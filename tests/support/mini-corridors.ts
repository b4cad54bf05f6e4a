/**
 * A drawn miniature of the corridors out of Inner Mongolia, shared by feature tests: Baotou to
 * Duisburg via Erenhot (changing trains at the border), via Manzhouli (a through train), or by
 * rail-sea through Tianjin and Rotterdam. Figures are made up for tests.
 */
import type { DrawDestination, Drawing, DrawService } from './draw-network.ts';

export function miniCorridors(): Drawing {
  return {
    terminals: {
      baotou: {
        country: 'CN',
        at: [109.84, 40.66],
        modes: ['rail', 'road'],
        customs: ['general', '9710', '9810'],
      },
      erenhot: {
        country: 'CN',
        at: [111.98, 43.65],
        modes: ['rail'],
        kinds: ['rail_terminal', 'border_station'],
        customs: ['general'],
      },
      'zamyn-uud': {
        country: 'MN',
        at: [111.9, 43.72],
        modes: ['rail'],
        kinds: ['border_station'],
      },
      ulaanbaatar: { country: 'MN', at: [106.92, 47.92], modes: ['rail'] },
      sukhbaatar: {
        country: 'MN',
        at: [106.21, 50.23],
        modes: ['rail'],
        kinds: ['border_station'],
      },
      naushki: { country: 'RU', at: [106.11, 50.39], modes: ['rail'], kinds: ['border_station'] },
      chifeng: { country: 'CN', at: [118.89, 42.26], modes: ['rail'], customs: ['general'] },
      manzhouli: {
        country: 'CN',
        at: [117.43, 49.6],
        modes: ['rail'],
        kinds: ['border_station'],
        customs: ['general'],
      },
      zabaikalsk: {
        country: 'RU',
        at: [117.33, 49.65],
        modes: ['rail'],
        kinds: ['border_station'],
      },
      moscow: { country: 'RU', at: [37.62, 55.76], modes: ['rail'], kinds: ['city_hub'] },
      brest: { country: 'BY', at: [23.69, 52.1], modes: ['rail'], kinds: ['border_station'] },
      malaszewicze: {
        country: 'PL',
        at: [23.52, 52.03],
        modes: ['rail'],
        kinds: ['border_station'],
      },
      krasnoye: { country: 'RU', at: [31.48, 54.56], modes: ['rail'], kinds: ['border_station'] },
      osinovka: { country: 'BY', at: [31.46, 54.6], modes: ['rail'], kinds: ['border_station'] },
      kunowice: { country: 'PL', at: [14.63, 52.35], modes: ['rail'], kinds: ['border_station'] },
      'frankfurt-oder': {
        country: 'DE',
        at: [14.55, 52.34],
        modes: ['rail'],
        kinds: ['border_station'],
      },
      venlo: { country: 'NL', at: [6.17, 51.37], modes: ['rail'], kinds: ['border_station'] },
      kaldenkirchen: {
        country: 'DE',
        at: [6.2, 51.32],
        modes: ['rail'],
        kinds: ['border_station'],
      },
      duisburg: {
        country: 'DE',
        at: [6.76, 51.43],
        modes: ['rail'],
        kinds: ['rail_terminal', 'city_hub'],
        overseas_warehouse: true,
      },
      tianjin: {
        country: 'CN',
        at: [117.74, 38.98],
        modes: ['rail', 'sea'],
        customs: ['general', '9710'],
      },
      rotterdam: { country: 'NL', at: [4.48, 51.92], modes: ['sea', 'rail'] },
    },
    services: {
      'bt-er': {
        mode: 'rail',
        kind: 'domestic_rail',
        stops: ['baotou', 'erenhot'],
        km: [765],
        hours: [26],
        weekly: ['Mon 08:00', 'Thu 08:00'],
        usd: 500,
      },
      transmongolian: {
        mode: 'rail',
        kind: 'transit_rail',
        stops: ['zamyn-uud', 'ulaanbaatar', 'sukhbaatar', 'naushki', 'moscow'],
        loads_at: ['zamyn-uud', 'ulaanbaatar'],
        unloads_at: ['ulaanbaatar', 'moscow'],
        weekly: ['Wed 10:00', 'Sat 10:00'],
        usd: 2500,
        hours: [22, 12, 1, 170],
      },
      'bt-mzl': {
        mode: 'rail',
        kind: 'domestic_rail',
        stops: ['baotou', 'manzhouli'],
        weekly: ['Tue 09:00'],
        usd: 900,
      },
      'cf-moscow': {
        mode: 'rail',
        kind: 'china_europe_train',
        stops: ['chifeng', 'manzhouli', 'zabaikalsk', 'moscow'],
        weekly: ['Fri 12:00'],
        usd: 3400,
        hours: [30, 1, 190],
      },
      'mzl-moscow': {
        mode: 'rail',
        kind: 'china_europe_train',
        stops: ['manzhouli', 'zabaikalsk', 'moscow'],
        weekly: ['Thu 12:00'],
        usd: 3000,
        hours: [1, 190],
      },
      'moscow-duisburg': {
        mode: 'rail',
        kind: 'transit_rail',
        stops: [
          'moscow',
          'krasnoye',
          'osinovka',
          'brest',
          'malaszewicze',
          'kunowice',
          'frankfurt-oder',
          'duisburg',
        ],
        weekly: ['Mon 06:00', 'Thu 06:00'],
        usd: 2000,
        hours: [12, 1, 14, 1, 14, 1, 16],
      },
      'bt-tj': {
        mode: 'rail',
        kind: 'rail_sea_train',
        stops: ['baotou', 'tianjin'],
        per_week: 7,
        first_time: '20:00',
        usd: 400,
      },
      'tj-rtm': {
        mode: 'sea',
        kind: 'deep_sea',
        stops: ['tianjin', 'rotterdam'],
        km: [20500],
        hours: [720],
        weekly: ['Thu 16:00'],
        usd: 1500,
      },
      'rtm-dui': {
        mode: 'rail',
        kind: 'transit_rail',
        stops: ['rotterdam', 'venlo', 'kaldenkirchen', 'duisburg'],
        per_week: 5,
        usd: 300,
      },
    },
    borders: {
      'erenhot-zamyn-uud': {
        sides: ['erenhot', 'zamyn-uud'],
        dwell_h: { p50: 9, p90: 30 },
        usd_per_teu: 100,
        gauge: { time_h: 5, usd_per_teu: 60 },
      },
      'sukhbaatar-naushki': { sides: ['sukhbaatar', 'naushki'], dwell_h: 6, usd_per_teu: 50 },
      'manzhouli-zabaikalsk': {
        sides: ['manzhouli', 'zabaikalsk'],
        dwell_h: 10,
        usd_per_teu: 110,
        gauge: { time_h: 6, usd_per_teu: 70 },
      },
      'krasnoye-osinovka': { sides: ['krasnoye', 'osinovka'], dwell_h: 2, usd_per_teu: 20 },
      'brest-malaszewicze': {
        sides: ['brest', 'malaszewicze'],
        dwell_h: 12,
        usd_per_teu: 120,
        gauge: { time_h: 8, usd_per_teu: 90 },
      },
      'venlo-kaldenkirchen': { sides: ['venlo', 'kaldenkirchen'], dwell_h: 1 },
      'kunowice-frankfurt-oder': { sides: ['kunowice', 'frankfurt-oder'], dwell_h: 1 },
    },
  };
}

/** A train from Moscow that ends at the EU's entry, Małaszewicze: the cargo clears or transits there. */
export const trainEndingAtEu = (): DrawService => ({
  mode: 'rail',
  kind: 'transit_rail',
  stops: ['moscow', 'krasnoye', 'osinovka', 'brest', 'malaszewicze'],
  weekly: ['Tue 06:00'],
  usd: 1800,
  hours: [12, 1, 14, 1],
});

/**
 * The EU's customs over the mini corridors' EU countries, cleared in 24 h for USD 80, with a T1 for
 * trains at `t1Usd` a declaration (lodged per shipment unless `per` says per container).
 */
export const euWithT1 = (t1Usd: number, per?: 'container' | 'shipment'): DrawDestination => ({
  countries: ['PL', 'DE', 'NL'],
  clearance_h: 24,
  usd: 80,
  transit: [
    { procedure: 'T1', modes: ['rail'], opening_h: 1, usd: t1Usd, ...(per ? { per } : {}) },
  ],
});
