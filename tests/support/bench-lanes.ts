/**
 * The lanes the benchmarks and the P50/P90 accuracy test query on the built-in network: the pilot
 * zones and border towns to China-Europe rail, China–Mongolia–Russia, rail-sea and air destinations,
 * with the objectives taken in turn. One list, so the accuracy test measures the mix the benches time.
 */
export const LANE_ORIGINS = ['Baotou', 'Hohhot', 'Ordos', 'Chifeng', 'Erenhot', 'Manzhouli'];
export const LANE_DESTINATIONS = [
  'Duisburg',
  'Moscow',
  'Hamburg',
  'Ulaanbaatar',
  'Tianjin',
  'Tokyo',
  'Seoul',
  'Małaszewicze',
];
export const LANE_OBJECTIVES = ['generalized', 'cost', 'time'] as const;
