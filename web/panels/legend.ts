/**
 * The map legend, a strip under the map so it hides none of it: one toggle button per mode (its
 * colour; pressed = its lines shown), and a "Key" disclosure with a toggle per service kind (line
 * style) and the terminal symbols. Buttons are native, so Tab, Enter and Space work; the joins are
 * keyed, so a toggled button keeps its focus when the legend is drawn again.
 */
import * as d3 from 'd3';
import {
  KIND_STYLES,
  MODE_COLOURS,
  modeColour,
  TERMINAL_KIND_ORDER,
  TERMINAL_SYMBOLS,
} from '../view-model/map-style.ts';
import { t, tDynamic, type Lang } from '../view-model/i18n.ts';
import type { MapFilter } from '../view-model/map-filter.ts';
import { symbolPath } from '../map/network-layer.ts';

const NS = 'http://www.w3.org/2000/svg';
/** Service kinds in the legend, each with the mode whose colour it is drawn in. */
const KIND_MODE: Readonly<Record<string, string>> = {
  china_europe_train: 'rail',
  rail_sea_train: 'rail',
  domestic_rail: 'rail',
  tir_truck: 'road',
  road_truck: 'road',
  deep_sea: 'sea',
  short_sea: 'sea',
  air_freighter: 'air',
  air_belly: 'air',
};

export interface LegendOptions {
  lang: Lang;
  filter: MapFilter;
  /** kinds the network has; the others are not listed */
  kinds: readonly string[];
  onToggleMode(mode: string): void;
  onToggleKind(kind: string): void;
}

function lineSwatch(colour: string, kind: string | undefined): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const style = kind ? KIND_STYLES[kind] : undefined;
  const line = document.createElementNS(NS, 'line');
  Object.entries({
    x1: '1',
    y1: '5',
    x2: '23',
    y2: '5',
    stroke: colour,
    'stroke-width': String(style?.width_px ?? 3),
    'stroke-dasharray': style?.dash ?? '',
  }).forEach(([k, v]) => line.setAttribute(k, v));
  svg.append(line);
  return svg;
}

function symbolSwatch(kind: string): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const sym = TERMINAL_SYMBOLS[kind];
  if (sym) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', symbolPath(sym.symbol, 60));
    p.setAttribute('transform', 'translate(8,7)');
    p.setAttribute('fill', sym.fill);
    p.setAttribute('stroke', '#fff');
    svg.append(p);
  } else {
    const c = document.createElementNS(NS, 'circle');
    Object.entries({ cx: '8', cy: '7', r: '5', class: 'legend-gauge' }).forEach(([k, v]) =>
      c.setAttribute(k, v),
    );
    svg.append(c);
  }
  return svg;
}

/** A keyed row of toggle buttons; each button's swatch and text are set again on every call. */
function toggles(
  host: HTMLElement | null,
  items: readonly { key: string; label: string; pressed: boolean; swatch: () => SVGSVGElement }[],
  onToggle: (key: string) => void,
): void {
  if (!host) return;
  d3.select(host)
    .selectAll<HTMLButtonElement, (typeof items)[number]>('button')
    .data(items, (d) => d.key)
    .join((enter) =>
      enter
        .append('button')
        .attr('type', 'button')
        .attr('class', 'legend-toggle')
        .on('click', (_ev, d) => onToggle(d.key)),
    )
    .attr('data-key', (d) => d.key)
    .attr('aria-pressed', (d) => String(d.pressed))
    .each(function (d) {
      const label = document.createElement('span');
      label.textContent = d.label;
      this.replaceChildren(d.swatch(), label);
    });
}

export function renderLegend(host: HTMLElement, o: LegendOptions): void {
  const root = d3.select(host);
  if (root.select('.legend-modes').empty()) {
    const modes = root.append('div').attr('class', 'legend-modes').attr('role', 'group');
    modes.append('span').attr('class', 'legend-modes-title');
    modes.append('span').attr('class', 'legend-mode-buttons');
    const key = root.append('details').attr('class', 'legend-key');
    key.append('summary');
    const body = key.append('div').attr('class', 'legend-key-body');
    body.append('p').attr('class', 'legend-sub legend-kinds-title');
    body.append('div').attr('class', 'legend-kinds').attr('role', 'group');
    body.append('p').attr('class', 'legend-sub legend-symbols-title');
    body.append('ul').attr('class', 'legend-symbols');
  }
  root.select('.legend-modes').attr('aria-label', t(o.lang, 'legend.modes'));
  root.select('.legend-modes-title').text(t(o.lang, 'legend.lines'));
  toggles(
    host.querySelector<HTMLElement>('.legend-mode-buttons'),
    Object.keys(MODE_COLOURS).map((mode) => ({
      key: mode,
      label: tDynamic(o.lang, `mode.${mode}`),
      pressed: !o.filter.hiddenModes.has(mode),
      swatch: () => lineSwatch(modeColour(mode), undefined),
    })),
    o.onToggleMode,
  );
  root.select('.legend-key summary').text(t(o.lang, 'legend.title'));
  root.select('.legend-kinds-title').text(t(o.lang, 'legend.kinds'));
  root.select('.legend-kinds').attr('aria-label', t(o.lang, 'legend.kinds'));
  toggles(
    host.querySelector<HTMLElement>('.legend-kinds'),
    o.kinds
      .filter((k) => KIND_MODE[k] !== undefined)
      .map((kind) => ({
        key: kind,
        label: tDynamic(o.lang, `kind.${kind}`),
        pressed:
          !o.filter.hiddenKinds.has(kind) && !o.filter.hiddenModes.has(KIND_MODE[kind] ?? ''),
        swatch: () => lineSwatch(modeColour(KIND_MODE[kind]), kind),
      })),
    o.onToggleKind,
  );
  root.select('.legend-symbols-title').text(t(o.lang, 'legend.symbols'));
  root
    .select('.legend-symbols')
    .selectAll<HTMLLIElement, string>('li')
    .data([...TERMINAL_KIND_ORDER.filter((k) => k !== 'city_hub'), 'gauge'], (d) => d)
    .join('li')
    .each(function (kind) {
      const span = document.createElement('span');
      span.textContent =
        kind === 'gauge' ? t(o.lang, 'legend.gauge') : tDynamic(o.lang, `tkind.${kind}`);
      this.replaceChildren(symbolSwatch(kind), span);
    });
}
