/**
 * How the map encodes the domain: colour by mode, dash and width by service kind, symbol by terminal
 * kind. One table each, so the legend and the layers cannot disagree.
 */
import type { Mode } from '../types.ts';

export const MODE_COLOURS: Readonly<Record<Mode, string>> = {
  rail: '#c2410c',
  road: '#7c3aed',
  sea: '#0369a1',
  air: '#15803d',
};
const UNKNOWN_COLOUR = '#6b7280';

export function modeColour(mode: string | undefined): string {
  return (mode && (MODE_COLOURS as Readonly<Record<string, string>>)[mode]) || UNKNOWN_COLOUR;
}

export interface LineStyle {
  /** SVG stroke-dasharray, '' for solid */
  dash: string;
  width_px: number;
}

/** Trunk services are thick and solid; feeders thin; trucks dashed; air dotted (it flies, no track). */
export const KIND_STYLES: Record<string, LineStyle> = {
  china_europe_train: { dash: '', width_px: 2.6 },
  transit_rail: { dash: '', width_px: 1.8 },
  rail_sea_train: { dash: '6 2', width_px: 1.8 },
  domestic_rail: { dash: '', width_px: 1.2 },
  tir_truck: { dash: '5 3', width_px: 2 },
  road_truck: { dash: '3 3', width_px: 1.2 },
  express_road: { dash: '8 3 2 3', width_px: 1.4 },
  deep_sea: { dash: '', width_px: 2 },
  short_sea: { dash: '4 2', width_px: 1.4 },
  air_freighter: { dash: '1 3', width_px: 1.8 },
  air_belly: { dash: '1 5', width_px: 1.2 },
};

export function kindStyle(kind: string | undefined): LineStyle {
  return (kind && KIND_STYLES[kind]) || { dash: '', width_px: 1.2 };
}

/** d3 symbol names used for terminals (resolved to d3.symbol types in the layer). */
export type SymbolName = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

/** The order decides which kind a multi-kind terminal is drawn as: the rarer, more telling one first. */
export const TERMINAL_KIND_ORDER = [
  'border_station',
  'seaport',
  'airport',
  'bonded_zone',
  'rail_terminal',
  'express_centre',
  'road_terminal',
  'city_hub',
] as const;

export const TERMINAL_SYMBOLS: Record<string, { symbol: SymbolName; fill: string }> = {
  border_station: { symbol: 'diamond', fill: '#b91c1c' },
  seaport: { symbol: 'square', fill: '#0369a1' },
  airport: { symbol: 'triangle', fill: '#15803d' },
  bonded_zone: { symbol: 'star', fill: '#a16207' },
  rail_terminal: { symbol: 'circle', fill: '#c2410c' },
  express_centre: { symbol: 'wye', fill: '#7c3aed' },
  road_terminal: { symbol: 'cross', fill: '#7c3aed' },
  city_hub: { symbol: 'circle', fill: '#374151' },
};

/** The kind a terminal is drawn as. @example primaryTerminalKind(['rail_terminal', 'border_station']) === 'border_station' */
export function primaryTerminalKind(kinds: readonly string[]): string {
  return TERMINAL_KIND_ORDER.find((k) => kinds.includes(k)) ?? kinds[0] ?? 'city_hub';
}

export function terminalSymbol(kinds: readonly string[]): {
  kind: string;
  symbol: SymbolName;
  fill: string;
} {
  const kind = primaryTerminalKind(kinds);
  return { kind, ...(TERMINAL_SYMBOLS[kind] ?? { symbol: 'circle', fill: '#374151' }) };
}
