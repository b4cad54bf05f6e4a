/**
 * What the map legend's filter shows: a service line unless its mode or its kind is switched off, a
 * terminal unless every kind of it belongs to a switched-off mode (an airport goes with air; a border
 * station, a city or a bonded zone serves every mode and stays). Pure.
 */
export interface MapFilter {
  hiddenModes: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<string>;
}

export const SHOW_ALL: MapFilter = { hiddenModes: new Set(), hiddenKinds: new Set() };

/** The mode a terminal kind belongs to; kinds serving every mode are absent. */
const TERMINAL_KIND_MODE: Readonly<Record<string, string>> = {
  airport: 'air',
  seaport: 'sea',
  rail_terminal: 'rail',
  road_terminal: 'road',
  express_centre: 'road',
};

export function showsService(f: MapFilter, s: { mode: string; kind: string }): boolean {
  return !f.hiddenModes.has(s.mode) && !f.hiddenKinds.has(s.kind);
}

/** @example showsTerminal({ hiddenModes: new Set(['air']), hiddenKinds: new Set() }, { kinds: ['airport'] }) === false */
export function showsTerminal(f: MapFilter, t: { kinds: readonly string[] }): boolean {
  if (t.kinds.length === 0) return true;
  return t.kinds.some((k) => {
    const mode = TERMINAL_KIND_MODE[k];
    return mode === undefined || !f.hiddenModes.has(mode);
  });
}

/** The filter with one mode (or service kind) switched the other way. */
export function toggleMode(f: MapFilter, mode: string): MapFilter {
  const next = new Set(f.hiddenModes);
  if (!next.delete(mode)) next.add(mode);
  return { ...f, hiddenModes: next };
}

export function toggleKind(f: MapFilter, kind: string): MapFilter {
  const next = new Set(f.hiddenKinds);
  if (!next.delete(kind)) next.add(kind);
  return { ...f, hiddenKinds: next };
}
