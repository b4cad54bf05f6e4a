/**
 * The origin–destination pairs the plausibility suite asks about: every pilot-zone origin (and the
 * two border towns that are hubs in their own right) to destinations in Europe, Russia, Mongolia,
 * the RCEP markets and the Chinese seaports, i.e. each corridor the network is for, in both the cost
 * and the time objective, plus compare().
 */
export const ORIGINS = ['Baotou', 'Ordos', 'Chifeng', 'Hohhot', 'Ulanqab', 'Erenhot', 'Manzhouli'];

export const DESTINATIONS = [
  // Europe
  'Duisburg',
  'Hamburg',
  'Rotterdam',
  'Warsaw',
  'Minsk',
  // Russia
  'Moscow',
  'Yekaterinburg',
  'Novosibirsk',
  'Ulan-Ude',
  // Mongolia
  'Ulaanbaatar',
  // RCEP markets
  'Tokyo',
  'Seoul',
  'Busan',
  'Singapore',
  'Sydney',
  'Auckland',
  // Chinese seaports
  'Tianjin',
  'Ningbo',
  'Shanghai',
  'Dalian',
];

/** The pairs asked with compare() as well (compare is the costliest call): one per corridor family. */
export const COMPARE_DESTINATIONS = ['Duisburg', 'Moscow', 'Ulaanbaatar', 'Tokyo', 'Ningbo'];
