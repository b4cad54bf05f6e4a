/**
 * Splits the network GeoJSON (GET /api/v1/networks/:id/geojson) into drawable items for the map
 * layers: service lines, terminal points and border markers. Pure; tolerant of missing properties.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
  kindStyle,
  modeColour,
  terminalSymbol,
  type LineStyle,
  type SymbolName,
} from './map-style.ts';

export type Props = Record<string, unknown>;

export interface ServiceItem {
  id: string;
  name: string;
  name_zh: string;
  mode: string;
  kind: string;
  colour: string;
  style: LineStyle;
  geometry: Geometry;
  props: Props;
}

interface PointItem {
  id: string;
  name: string;
  name_zh: string;
  lon: number;
  lat: number;
  props: Props;
}

export interface TerminalItem extends PointItem {
  kinds: string[];
  kind: string;
  symbol: SymbolName;
  fill: string;
}

export interface BorderItem extends PointItem {
  mode: string;
  /** true when the crossing changes rail gauge (1435 ↔ 1520 mm) */
  gauge_change: boolean;
}

export interface NetworkItems {
  services: ServiceItem[];
  terminals: TerminalItem[];
  borders: BorderItem[];
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

/** A representative point of any geometry: the point itself, or the middle vertex of a line. */
export function anchorOf(geometry: Geometry | null): [number, number] | undefined {
  if (!geometry) return undefined;
  let coords: Position[] = [];
  if (geometry.type === 'Point') coords = [geometry.coordinates];
  else if (geometry.type === 'MultiPoint' || geometry.type === 'LineString')
    coords = geometry.coordinates;
  else if (geometry.type === 'MultiLineString') coords = geometry.coordinates.flat();
  if (coords.length === 0) return undefined;
  if (coords.length === 2 && geometry.type !== 'MultiPoint') {
    const [a, b] = coords as [Position, Position];
    return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
  }
  const mid = coords[Math.floor((coords.length - 1) / 2)] as Position;
  return [mid[0] ?? 0, mid[1] ?? 0];
}

function hasGaugeChange(p: Props): boolean {
  return Boolean(
    p['gauge_change'] ?? p['gauge_change_method'] ?? (p['gauge_change_mm'] as unknown),
  );
}

function kindsOf(p: Props): string[] {
  const k = p['kinds'] ?? p['kind'];
  if (Array.isArray(k)) return k.filter((x): x is string => typeof x === 'string');
  return typeof k === 'string' ? [k] : [];
}

/** @example toNetworkItems(fc).services.length === number of features with feature_type 'service' */
export function toNetworkItems(fc: FeatureCollection): NetworkItems {
  const items: NetworkItems = { services: [], terminals: [], borders: [] };
  fc.features.forEach((f: Feature, i) => {
    const p: Props = f.properties ?? {};
    const id = str(p['id'], String(f.id ?? `feature-${i}`));
    const name = str(p['name'], id);
    const name_zh = str(p['name_zh'], name);
    const type = p['feature_type'];
    if (type === 'service' && f.geometry) {
      const mode = str(p['mode']);
      const kind = kindsOf(p)[0] ?? '';
      items.services.push({
        id,
        name,
        name_zh,
        mode,
        kind,
        colour: modeColour(mode),
        style: kindStyle(kind),
        geometry: f.geometry,
        props: p,
      });
      return;
    }
    const at = anchorOf(f.geometry);
    if (!at) return;
    const base = { id, name, name_zh, lon: at[0], lat: at[1], props: p };
    if (type === 'terminal') {
      const kinds = kindsOf(p);
      items.terminals.push({ ...base, kinds, ...terminalSymbol(kinds) });
    } else if (type === 'border') {
      items.borders.push({ ...base, mode: str(p['mode']), gauge_change: hasGaugeChange(p) });
    }
  });
  return items;
}

/** The source ids a feature cites, from `sources` (array of ids or of {id}). */
export function sourceIdsOf(p: Props): string[] {
  const s = p['sources'];
  if (!Array.isArray(s)) return typeof s === 'string' ? [s] : [];
  return s.flatMap((x) =>
    typeof x === 'string'
      ? [x]
      : x && typeof x === 'object' && typeof (x as Props)['id'] === 'string'
        ? [(x as Props)['id'] as string]
        : [],
  );
}
