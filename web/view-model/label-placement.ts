/**
 * Map label placement: each label tries a few spots around its marker (right, left, above, below,
 * then the diagonals) and takes the first that stays inside the map, clear of the panels laid over
 * it, of other markers and of the labels already placed. A label with no free spot is hidden, never
 * cut: its name is still one hover away. Pure; the map measures the texts and calls it after every
 * zoom.
 */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  /** the marker's centre in screen pixels */
  x: number;
  y: number;
  /** the text block's size in pixels, as measured */
  width_px: number;
  height_px: number;
  /** the marker's radius: the label keeps this far from the centre */
  gap_px: number;
  /** obstacles that are this label's own markers (a border ring drawn round its station), which it may touch */
  own?: readonly string[];
  /** may cover markers (not panels or names): the route's origin and destination are always named */
  over_markers?: boolean;
}

export type Spot =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

const SPOTS: readonly Spot[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

export interface Placement {
  id: string;
  spot: Spot;
  /** the text block's box in screen pixels */
  box: Rect;
}

/** The box a label of this size takes at this spot around its marker. */
export function spotBox(l: LabelRequest, spot: Spot): Rect {
  const { x, y, width_px: w, height_px: h, gap_px: g } = l;
  const diag = g * 0.7;
  switch (spot) {
    case 'right':
      return { x0: x + g, y0: y - h / 2, x1: x + g + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - g - w, y0: y - h / 2, x1: x - g, y1: y + h / 2 };
    case 'above':
      return { x0: x - w / 2, y0: y - g - h, x1: x + w / 2, y1: y - g };
    case 'below':
      return { x0: x - w / 2, y0: y + g, x1: x + w / 2, y1: y + g + h };
    case 'above-right':
      return { x0: x + diag, y0: y - diag - h, x1: x + diag + w, y1: y - diag };
    case 'below-right':
      return { x0: x + diag, y0: y + diag, x1: x + diag + w, y1: y + diag + h };
    case 'above-left':
      return { x0: x - diag - w, y0: y - diag - h, x1: x - diag, y1: y - diag };
    case 'below-left':
      return { x0: x - diag - w, y0: y + diag, x1: x - diag, y1: y + diag + h };
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1
  );
}

/**
 * Places labels in the order given (most important first).
 * @param bounds the visible map, in screen pixels
 * @param obstacles boxes no label may cover: panels over the map, markers, labels of another layer
 * @example placeLabels([{ id: 'a', x: 10, y: 50, width_px: 40, height_px: 12, gap_px: 6 }], { x0: 0, y0: 0, x1: 100, y1: 100 }, [])
 *   // → [{ id: 'a', spot: 'right', box: { x0: 16, y0: 44, x1: 56, y1: 56 } }]
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  bounds: Rect,
  obstacles: readonly (Rect & { id?: string; marker?: boolean })[],
): Placement[] {
  const placed: Placement[] = [];
  for (const l of labels) {
    for (const spot of SPOTS) {
      const box = spotBox(l, spot);
      if (!inside(box, bounds)) continue;
      // a label may touch its own marker, never another's
      if (
        obstacles.some(
          (o) =>
            o.id !== l.id &&
            !(o.id && l.own?.includes(o.id)) &&
            !(l.over_markers && o.marker) &&
            intersects(box, o),
        )
      )
        continue;
      if (placed.some((p) => intersects(box, p.box))) continue;
      placed.push({ id: l.id, spot, box });
      break;
    }
  }
  return placed;
}

/** A marker's box for `placeLabels`' obstacles. */
export function markerBox(
  id: string,
  x: number,
  y: number,
  r: number,
): Rect & { id: string; marker: true } {
  return { id, x0: x - r, y0: y - r, x1: x + r, y1: y + r, marker: true };
}
