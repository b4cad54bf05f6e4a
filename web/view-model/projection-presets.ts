/**
 * Map view presets as geographic boxes, and the zoom transform that frames a box on screen.
 * Pure: the projection is passed in as a function, so Node tests use d3-geo without a DOM.
 */
export const PRESET_IDS = ['eurasia', 'east_asia', 'inner_mongolia'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** [[west, south], [east, north]] in degrees. */
export type GeoBox = [[number, number], [number, number]];

export const PRESETS: Record<PresetId, GeoBox> = {
  // the corridors: Europe's Atlantic coast to Japan, from the Arctic coast down to Singapore
  // (the sea legs round Africa and to Australia run off the frame instead of filling its middle)
  eurasia: [
    [-10, 8],
    [146, 64],
  ],
  // China, Mongolia, the Koreas, Japan and South-East Asia to Singapore
  east_asia: [
    [92, 0],
    [146, 52],
  ],
  // Inner Mongolia with Erenhot, Manzhouli, Ulaanbaatar and the Tianjin coast
  inner_mongolia: [
    [97, 36],
    [127, 53],
  ],
};

/**
 * The page's first view, before any query or preset: the corridor band from Inner Mongolia to
 * Europe, Rotterdam and Duisburg in the west (with room for their names) to Manzhouli and Hulunbuir in the east, Baotou and
 * Tianjin in the south to Moscow and Saint Petersburg in the north (no button: the presets stay as
 * they were).
 */
export const CORRIDOR_BAND: GeoBox = [
  [-4, 36],
  [127, 60],
];

/** The rotation that centres the projection on the Eurasia preset (longitude 70° E). */
export const PROJECTION_ROTATE: [number, number] = [-70, 0];

export interface ZoomFrame {
  k: number;
  x: number;
  y: number;
}

/** Points along a box's edges: projected, they bound the box even when the projection curves its edges. */
function boxOutline(box: GeoBox, steps = 8): [number, number][] {
  const [[w, s], [e, n]] = box;
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    const lat = s + ((n - s) * i) / steps;
    pts.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return pts;
}

/**
 * The zoom transform (scale k, then translate x, y) that fits the projected box into a view of
 * width × height with `padding_px` on each side, centred.
 * @example frameBox(([lon, lat]) => [lon, -lat], [[0, 0], [10, 10]], 100, 100, 0) // { k: 10, x: 0, y: 100 }
 */
export function frameBox(
  project: (p: [number, number]) => [number, number] | null,
  box: GeoBox,
  width: number,
  height: number,
  padding_px = 12,
): ZoomFrame {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of boxOutline(box)) {
    const xy = project(p);
    if (!xy) continue;
    x0 = Math.min(x0, xy[0]);
    y0 = Math.min(y0, xy[1]);
    x1 = Math.max(x1, xy[0]);
    y1 = Math.max(y1, xy[1]);
  }
  if (!Number.isFinite(x0) || x1 === x0 || y1 === y0) return { k: 1, x: 0, y: 0 };
  const innerW = Math.max(1, width - 2 * padding_px);
  const innerH = Math.max(1, height - 2 * padding_px);
  const k = Math.min(innerW / (x1 - x0), innerH / (y1 - y0));
  const x = width / 2 - (k * (x0 + x1)) / 2;
  const y = height / 2 - (k * (y0 + y1)) / 2;
  return { k, x, y };
}
