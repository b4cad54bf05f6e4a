import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { kmPerPxAt, roundScale } from '../../../web/map/scale-bar.ts';

describe('map scale bar', () => {
  it('takes the longest round distance that fits', () => {
    expect(roundScale(10, 160)).toEqual({ km: 1000, px: 100 }); // 1,600 km fit: 1,000
    expect(roundScale(3, 160)).toEqual({ km: 200, px: 200 / 3 }); // 480 km fit: 200
    expect(roundScale(0.5, 160)).toEqual({ km: 50, px: 100 }); // 80 km fit: 50
    expect(roundScale(0, 160)).toBeNull();
    expect(roundScale(Number.NaN, 160)).toBeNull();
  });

  it('measures kilometres per pixel at a screen point through the zoom', () => {
    // an equirectangular projection at 1 px per degree: 111.2 km per px at the equator
    const p = d3
      .geoEquirectangular()
      .scale(180 / Math.PI)
      .translate([0, 0]);
    expect(kmPerPxAt(p, d3.zoomIdentity, 0, 0)).toBeCloseTo(111.19, 1);
    // zoomed in 4×: a quarter of it; at 60° north, half of that again
    expect(kmPerPxAt(p, d3.zoomIdentity.scale(4), 0, 0)).toBeCloseTo(27.8, 1);
    expect(kmPerPxAt(p, d3.zoomIdentity.scale(4), 0, -240, 1)).toBeCloseTo(13.9, 1);
  });
});
