/** Small inline SVG icons for the four modes, coloured like the map, for route cards and the legend. */
import type { Mode } from '../types.ts';
import { modeColour } from '../view-model/map-style.ts';

const GLYPHS: Readonly<Record<Mode, string>> = {
  // train front, truck, ship hull, plane
  rail: 'M5 2h6a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2l1.5 2h-1.8L10 12H6l-.7 2H3.5L5 12a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm0 2v3h6V4zm.5 5a1 1 0 1 0 0 2 1 1 0 0 0 0-2zm5 0a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
  road: 'M1 4h8v6h1V6h3l2 3v3h-1.3a1.7 1.7 0 0 1-3.4 0H6.7a1.7 1.7 0 0 1-3.4 0H1zm3.9 7.2a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6zm7 0a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6z',
  sea: 'M6 2h3v3h3v3l2 1-2 4H4L2 9l2-1V5h2zm-.5 5v1.5L8 7.6l2.5.9V7z',
  air: 'M7.2 1h1.6l.7 5.2 5.5 3v1.5L9.6 9.4l-.4 3.4 1.8 1.4V15L8 14.2 5 15v-.8l1.8-1.4-.4-3.4-5.4 1.3V9.2l5.5-3z',
};

export function modeIcon(mode: string, title: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', `mode-icon mode-${mode}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  const t = document.createElementNS(ns, 'title');
  t.textContent = title;
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', (GLYPHS as Readonly<Record<string, string>>)[mode] ?? 'M3 3h10v10H3z');
  p.setAttribute('fill', modeColour(mode));
  svg.append(t, p);
  return svg;
}
