/** The map legend: modes (colour), main service kinds (line style), terminal kinds (symbol), gauge change. */
import {
  KIND_STYLES,
  modeColour,
  TERMINAL_KIND_ORDER,
  TERMINAL_SYMBOLS,
} from '../view-model/map-style.ts';
import { t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { symbolPath } from '../map/network-layer.ts';

const NS = 'http://www.w3.org/2000/svg';
const SHOWN_KINDS = [
  'china_europe_train',
  'domestic_rail',
  'tir_truck',
  'deep_sea',
  'air_freighter',
] as const;
const KIND_MODE: Record<string, string> = {
  china_europe_train: 'rail',
  domestic_rail: 'rail',
  tir_truck: 'road',
  deep_sea: 'sea',
  air_freighter: 'air',
};

function swatch(draw: (svg: SVGSVGElement) => void): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '26');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  draw(svg);
  return svg;
}

function row(label: string, icon: SVGSVGElement): HTMLLIElement {
  const li = document.createElement('li');
  const span = document.createElement('span');
  span.textContent = label;
  li.append(icon, span);
  return li;
}

export function renderLegend(host: HTMLElement, lang: Lang): void {
  const box = document.createElement('details');
  // open by default where there is room; on narrow screens the legend would hide the map
  box.open = host.dataset.closed !== '1' && window.innerWidth > 860;
  box.addEventListener('toggle', () => (host.dataset.closed = box.open ? '0' : '1'));
  const title = document.createElement('summary');
  title.textContent = t(lang, 'legend.title');
  const ul = document.createElement('ul');
  for (const kind of SHOWN_KINDS) {
    const style = KIND_STYLES[kind];
    ul.append(
      row(
        `${tDynamic(lang, `kind.${kind}`)}`,
        swatch((svg) => {
          const line = document.createElementNS(NS, 'line');
          Object.entries({
            x1: '1',
            y1: '7',
            x2: '25',
            y2: '7',
            stroke: modeColour(KIND_MODE[kind] ?? 'rail'),
            'stroke-width': String(style?.width_px ?? 1.5),
            'stroke-dasharray': style?.dash ?? '',
          }).forEach(([k, v]) => line.setAttribute(k, v));
          svg.append(line);
        }),
      ),
    );
  }
  for (const kind of TERMINAL_KIND_ORDER.slice(0, 5)) {
    const sym = TERMINAL_SYMBOLS[kind];
    if (!sym) continue;
    ul.append(
      row(
        tDynamic(lang, `tkind.${kind}`),
        swatch((svg) => {
          const p = document.createElementNS(NS, 'path');
          p.setAttribute('d', symbolPath(sym.symbol, 60));
          p.setAttribute('transform', 'translate(13,7)');
          p.setAttribute('fill', sym.fill);
          p.setAttribute('stroke', '#fff');
          svg.append(p);
        }),
      ),
    );
  }
  ul.append(
    row(
      t(lang, 'legend.gauge'),
      swatch((svg) => {
        const c = document.createElementNS(NS, 'circle');
        Object.entries({ cx: '13', cy: '7', r: '5.5', class: 'legend-gauge' }).forEach(([k, v]) =>
          c.setAttribute(k, v),
        );
        svg.append(c);
      }),
    ),
  );
  box.append(title, ul);
  host.replaceChildren(box);
}
