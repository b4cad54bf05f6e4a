/**
 * The web view's entry: wires the map, the query panel and the result panels to the HTTP API and to
 * the URL. Holds the page state; every panel is re-rendered from it by a pure view-model + D3 layer.
 */
import type { PlanResult, Route, SourceInfo } from './types.ts';
import {
  ensureGlyphs,
  loadCjkFaces,
  loadCjkFacesLater,
  relayoutWhenFontsArrive,
} from './app/cjk-font.ts';
import { STRINGS } from './view-model/i18n-strings.ts';
import { ApiError } from './api/client.ts';
import { api, sourcesById } from './api/endpoints.ts';
import { createMapView } from './map/map-view.ts';
import { drawBasemap, drawRegion, refineBasemap } from './map/basemap-layer.ts';
import {
  applyMapFilter,
  drawBorders,
  drawServices,
  drawTerminals,
  placePoints,
  type PickHandlers,
} from './map/network-layer.ts';
import { drawRoutes } from './map/route-layer.ts';
import { runSteps, runStepsSliced, yieldToBrowser } from './app/steps.ts';
import { forgetLabelSizes, layoutMapLabels } from './map/map-labels.ts';
import { SHOW_ALL, toggleKind, toggleMode, type MapFilter } from './view-model/map-filter.ts';
import { readForm, syncDependentFields, writeForm } from './app/query-form.ts';
import { createDateField } from './app/date-field.ts';
import { noticesOf, reasonOf, renderMessage, type Message } from './app/messages.ts';
import { problemView, type PlaceChoice } from './view-model/problem-text.ts';
import { createScenarioPanel, type ScenarioPanel } from './app/scenario-panel.ts';
import { createPlaceCombobox } from './panels/place-combobox.ts';
import { renderRouteList } from './panels/route-list.ts';
import { renderTimeline } from './panels/timeline-chart.ts';
import { renderCompare } from './panels/compare-chart.ts';
import { renderPareto } from './panels/pareto-chart.ts';
import { renderDetails, type DetailsSubject } from './panels/details-panel.ts';
import { renderLegend } from './panels/legend.ts';
import { hideTooltip, showTooltip } from './panels/tooltip.ts';
import {
  LOCALE,
  bothNames,
  countryName,
  nameById,
  parseLang,
  pickName,
  t,
  tDynamic,
  type Lang,
} from './view-model/i18n.ts';
import type { StringKey } from './view-model/i18n-strings.ts';
import { toNetworkItems, type NetworkItems } from './view-model/network-features.ts';
import { focusBox } from './view-model/route-features.ts';
import { routeCorridorName, shortCorridorLabel } from './view-model/corridor-label.ts';
import { formatDays, formatSourceDate, formatUsd } from './view-model/format.ts';
import * as d3 from 'd3';
import type { Namer } from './view-model/notice-text.ts';
import { CORRIDOR_BAND, PRESET_IDS, type PresetId } from './view-model/projection-presets.ts';
import { isRunnable, type QueryState } from './view-model/query-state.ts';
import type { PlaceField } from './view-model/place-fit.ts';
import { decodePageState, encodePageState, type PageState } from './view-model/url-state.ts';
import { DEFAULT_TIME_ZONE, parseTimeZone } from './view-model/time-zone.ts';
import { comparisonRows, routesRows } from './view-model/csv.ts';
import { corridorTable } from './view-model/corridor-table.ts';
import { reportHeading, routeSources } from './view-model/print-report.ts';
import { createSavedPanel } from './app/saved-panel.ts';
import {
  labelDownloads,
  renderDownloadGroups,
  wireDownloads,
  type DownloadContext,
} from './app/downloads.ts';

const LANG_KEY = 'corridor-planner.lang';
const DEFAULT_NETWORK = 'inner-mongolia';
/** the selection key of a route, kept in the URL as `routes/<id>` */
type Panel = 'routes';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page: element #${id} is missing`);
  return el as T;
};

function storedLang(): Lang | undefined {
  try {
    return parseLang(localStorage.getItem(LANG_KEY));
  } catch {
    return undefined;
  }
}

relayoutWhenFontsArrive();

const initial = decodePageState(location.search);
const state = {
  lang: initial.lang ?? storedLang() ?? (navigator.language.startsWith('zh') ? 'zh' : 'en'),
  /** dates and times in Beijing time unless the planner switches to UTC */
  zone: initial.zone ?? DEFAULT_TIME_ZONE,
  network: DEFAULT_NETWORK,
  items: { services: [], terminals: [], borders: [] } as NetworkItems,
  sources: new Map<string, SourceInfo>(),
  query: initial.query,
  /** the preset the planner chose; none means the corridor band (the first view) */
  view: initial.view as PresetId | undefined,
  /** the compare answer: the list, the comparison and the chart are three views of it */
  answer: undefined as PlanResult | undefined,
  message: { type: 'hint' } as Message,
  selected: initial.selected,
  details: undefined as DetailsSubject | undefined,
  running: undefined as AbortController | undefined,
  /** a second route whose timeline is drawn under the selected one's, on the same scale */
  compareWith: initial.compare,
  /** modes and service kinds the legend switched off */
  filter: SHOW_ALL as MapFilter,
};
// the bundled CJK faces: at once on the Chinese page, after load on the English one (decisions W10)
if (state.lang === 'zh') void loadCjkFaces();

// ------------------------------------------------------------------ map

const mapSvg = $<HTMLElement>('map') as unknown as SVGSVGElement;
const map = createMapView(mapSvg);
// a viewBox of the map's on-screen size: printed into a smaller box, the same view scales down
// whole instead of being cut off (the print layout itself must not reset it)
const keepMapViewBox = () => {
  if (matchMedia('print').matches) return;
  const { clientWidth: w, clientHeight: h } = mapSvg;
  if (w > 0 && h > 0) mapSvg.setAttribute('viewBox', `0 0 ${w} ${h}`);
};
new ResizeObserver(keepMapViewBox).observe(mapSvg);
keepMapViewBox();
const tooltip = $<HTMLDivElement>('tooltip');
if (state.view) map.zoomTo(state.view, false);
else map.zoomToBox(CORRIDOR_BAND, false);
map.onZoom((k) => {
  for (const [g, sel] of [
    [map.layers.terminals, 'g.terminal'],
    [map.layers.borders, 'g.border'],
  ] as const) {
    placePoints(g, sel, map.projection, k);
  }
  placePoints(map.layers.labels, 'g.stop', map.projection, k);
});
// a move is already drawn once a frame (inside that frame's callbacks): its names are laid out at once
map.onMove(layoutLabelsNow);
// the 1:110m coastlines suffice for the whole of Eurasia; the 1:50m ones load on the first zoom in
let refined = false;
map.onZoom((k) => {
  if (refined || k < 2) return;
  refined = true;
  // the outline stays on top: the refined countries are drawn beneath it
  void refineBasemap(map.layers.basemap, map.path).catch(() => (refined = false));
});

/** Inner Mongolia's outline over the countries (again after the finer countries arrive). */
function drawRegionOutline(): void {
  drawRegion(map.layers.basemap, map.path, t(state.lang, 'map.region'));
}

let labelFrame = 0;
let labelLayouts = 0;
/**
 * Names on the map, placed anew after every move, draw, filter or font change: before the next frame
 * is drawn, once however many changes of that frame ask (a language switch redraws the network, the
 * details and the route, each asking; decisions W11).
 */
function relabelMap(): void {
  if (labelFrame === 0) labelFrame = requestAnimationFrame(layoutLabelsNow);
}
/** Lays the names out now, taking the place of a layout a frame had waiting. */
function layoutLabelsNow(): void {
  if (labelFrame !== 0) cancelAnimationFrame(labelFrame);
  labelFrame = 0;
  const overlays = [
    ...document.querySelectorAll(
      '.map-export, #map-status, #details:not([hidden]), #map .scale-bar',
    ),
    ...document.querySelectorAll('.legend-key[open] .legend-key-body'),
  ];
  layoutMapLabels(mapSvg, map.layers, map.projection, overlays);
  // how many layouts the page has run: the browser tests count them on a language switch
  mapSvg.dataset['labelLayouts'] = String(++labelLayouts);
}
if ('fonts' in document)
  document.fonts.addEventListener('loadingdone', () => {
    forgetLabelSizes();
    relabelMap();
  });

function hover<T extends { name: string; name_zh: string }>(
  second: (d: T) => string,
): PickHandlers<T>['hover'] {
  return (d, ev) => showTooltip(tooltip, [bothNames(state.lang, d), second(d)], ev);
}

function pick(kind: DetailsSubject['kind']) {
  return (d: { name: string; name_zh: string; props: Record<string, unknown> }) => {
    state.details = { kind, name: d.name, name_zh: d.name_zh, props: d.props };
    renderDetailsPanel();
    $('details').querySelector<HTMLButtonElement>('button.close')?.focus();
  };
}

/** The network's layers, with pauses between (and within) them: see `app/steps.ts`. */
function* networkSteps(): Generator<void | 'frame'> {
  const leave = () => hideTooltip(tooltip);
  yield* drawServices(map.layers.services, state.items.services, map.path, {
    hover: hover(
      (d) =>
        `${tDynamic(state.lang, `kind.${d.kind}`)} · ${tDynamic(state.lang, `mode.${d.mode}`)}`,
    ),
    leave,
    pick: pick('service'),
  });
  yield;
  drawBorders(map.layers.borders, state.items.borders, map.projection, map.k(), {
    hover: hover(
      (d) =>
        `${t(state.lang, 'route.border')}${d.gauge_change ? ` · ${t(state.lang, 'legend.gauge')}` : ''}`,
    ),
    leave,
    pick: pick('border'),
  });
  yield;
  yield* drawTerminals(
    map.layers.terminals,
    state.items.terminals,
    map.projection,
    map.k(),
    {
      hover: hover(
        (d) =>
          `${d.kinds.map((k) => tDynamic(state.lang, `tkind.${k}`)).join(', ')} · ${countryName(state.lang, String(d.props['country'] ?? ''))}`,
      ),
      leave,
      pick: pick('terminal'),
    },
    (d) => pickName(state.lang, d),
  );
  applyMapFilter(map.layers.services, map.layers.terminals, state.filter);
  yield 'frame';
  relabelMap();
}

function renderMapLegend(): void {
  const kinds = [...new Set(state.items.services.map((s) => s.kind))];
  renderLegend($('legend'), {
    lang: state.lang,
    filter: state.filter,
    kinds,
    onToggleMode: (mode) => setFilter(toggleMode(state.filter, mode)),
    onToggleKind: (kind) => setFilter(toggleKind(state.filter, kind)),
  });
}

function setFilter(f: MapFilter): void {
  state.filter = f;
  applyMapFilter(map.layers.services, map.layers.terminals, f);
  renderMapLegend();
  relabelMap();
}

/**
 * Names of the terminals, borders and services the planner's messages and the details panel mention,
 * in the page's language.
 */
const namer: Namer = {
  terminal: (id) => nameById(state.lang, state.items.terminals, id),
  border: (id) => nameById(state.lang, state.items.borders, id),
  service: (id) => nameById(state.lang, state.items.services, id),
};

function renderDetailsPanel(): void {
  renderDetails(
    $('details'),
    state.details,
    state.sources,
    state.lang,
    () => {
      state.details = undefined;
      renderDetailsPanel();
      mapSvg.focus();
    },
    namer.terminal,
  );
  relabelMap();
}
// the open legend key lies over the map: names move out of its way
$('legend').addEventListener('toggle', relabelMap, true);

async function loadNetwork(): Promise<void> {
  const status = $('map-status');
  status.textContent = t(state.lang, 'map.loading');
  try {
    const { networks } = await api.networks();
    const chosen = networks.find((n) => n.id === DEFAULT_NETWORK) ?? networks[0];
    if (!chosen) throw new ApiError({ title: 'No network is loaded', status: 0 });
    state.network = chosen.id;
    const [summary, geojson] = await Promise.all([
      api.summary(state.network),
      api.geojson(state.network),
    ]);
    state.sources = sourcesById(summary);
    state.items = toNetworkItems(geojson);
    if (state.lang === 'zh') await ensureGlyphs(JSON.stringify(geojson));
    await runStepsSliced(networkSteps());
    // the names are in place when the page says it is ready
    layoutLabelsNow();
    renderMapLegend();
    status.textContent = '';
    document.body.dataset.ready = '1';
    labelDownloads(downloads);
  } catch (err) {
    const p = err instanceof ApiError ? err.problem : { title: 'offline', status: 0 };
    status.textContent = `${t(state.lang, 'map.error')}: ${problemView(state.lang, p).title}`;
    document.body.dataset.ready = 'error';
  }
  loadCjkFacesLater();
}

// ------------------------------------------------------------------ query

const form = $<HTMLFormElement>('query-form');
const searchPlaces = (q: string, signal: AbortSignal) =>
  api.places(state.network, q, signal).then((r) => r.places);
/** the query a place is typed for, as the form holds it now: suggestions are ranked by it */
const placeContext = (field: PlaceField) => () => ({ ...readForm(form, '', ''), field });
const fromBox = createPlaceCombobox(
  $('from'),
  $('from-list'),
  searchPlaces,
  () => state.lang,
  placeContext('from'),
  $('from-note'),
);
const toBox = createPlaceCombobox(
  $('to'),
  $('to-list'),
  searchPlaces,
  () => state.lang,
  placeContext('to'),
  $('to-note'),
);
const departField = createDateField(
  $<HTMLInputElement>('depart'),
  $<HTMLButtonElement>('depart-pick'),
  $<HTMLInputElement>('depart-picker'),
  $('depart-note'),
  () => state.lang,
);
writeForm(form, state.query);
fromBox.set(state.query.from);
toBox.set(state.query.to);

/** Shows a place given by id in a link under its name, once the places API knows it. */
async function nameLinkedPlace(box: typeof fromBox, value: string): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) return;
  try {
    const { places } = await api.places(state.network, value);
    const exact = places.find((p) => p.id === value);
    if (exact && box.value() === value) box.set(value, exact);
  } catch {
    /* the raw id stays in the box, which is still a valid query */
  }
}

function pageState(): PageState {
  const s: PageState = { query: state.query };
  if (state.view) s.view = state.view;
  if (state.selected) s.selected = state.selected;
  if (state.compareWith) s.compare = state.compareWith;
  if (initial.lang) s.lang = state.lang;
  s.zone = state.zone;
  return s;
}

function updateUrl(push: boolean): void {
  const search = encodePageState(pageState());
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

async function runQuery(q: QueryState, push: boolean): Promise<void> {
  if (!isRunnable(q)) {
    const key: StringKey =
      q.from.trim() === '' || q.to.trim() === ''
        ? 'query.need_places'
        : Number.isFinite(q.quantity) && q.quantity > 0
          ? 'query.need_date'
          : 'query.need_quantity';
    state.message = { type: 'invalid', text: t(state.lang, key) };
    renderResults();
    return;
  }
  state.query = q;
  updateUrl(push);
  state.running?.abort();
  const ctl = new AbortController();
  state.running = ctl;
  // the last good answer stays on screen until a new one arrives
  state.message = { type: 'running' };
  setRunning(true);
  renderResults();
  let answer: PlanResult | undefined;
  try {
    answer = await api.compare(state.network, q, ctl.signal, () => {
      if (ctl.signal.aborted) return;
      state.message = { type: 'running', retrying: true };
      renderResults();
    });
  } catch (err) {
    if (ctl.signal.aborted) return;
    state.running = undefined;
    setRunning(false);
    const problem =
      err instanceof ApiError ? err.problem : { title: 'offline', status: 0 as const };
    state.message = { type: 'problem', problem, kept: state.answer !== undefined };
    renderResults();
    return;
  }
  if (state.lang === 'zh') await ensureGlyphs(JSON.stringify(answer));
  if (ctl.signal.aborted) return;
  state.running = undefined;
  setRunning(false);
  state.answer = answer;
  state.message =
    answer.status === 'no_route'
      ? { type: 'no_route', reason: reasonOf(answer) }
      : { type: 'none' };
  if (!findSelected()) {
    const first = answer.routes[0];
    state.selected = first ? `routes/${first.id}` : undefined;
  }
  // a compared route the new answer does not hold leaves the link
  if (!answer.routes.some((r) => r.id === state.compareWith)) state.compareWith = undefined;
  updateUrl(false);
  renderResults();
  frameSelected();
}

/**
 * Frames the selected route (every route when none is): its land legs and its ends, not the sea
 * legs round the Cape; the preset buttons are then no longer the view.
 */
function frameSelected(): void {
  const sel = findSelected();
  const box = focusBox(sel ? [sel] : (state.answer?.routes ?? []));
  if (!box) return;
  map.zoomToBox(box);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-preset]'))
    b.setAttribute('aria-pressed', 'false');
}

function setRunning(on: boolean): void {
  const run = $<HTMLButtonElement>('run');
  run.disabled = on;
  run.textContent = t(state.lang, on ? 'query.running' : 'query.run');
  form.setAttribute('aria-busy', on ? 'true' : 'false');
}

$<HTMLSelectElement>('unit').addEventListener('change', () => syncDependentFields(form));
for (const c of form.querySelectorAll<HTMLInputElement>('input[name="cargo"]'))
  c.addEventListener('change', () => syncDependentFields(form));

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  fromBox.dismiss();
  toBox.dismiss();
  // a typed city becomes the terminal that fits the query, when one does (the note says which)
  void Promise.all([fromBox.resolve(), toBox.resolve()]).then(([from, to]) =>
    runQuery(readForm(form, from, to), true),
  );
});

$('print').addEventListener('click', () => window.print());

$('share').addEventListener('click', async () => {
  const btn = $<HTMLButtonElement>('share');
  try {
    await navigator.clipboard.writeText(location.href);
    btn.textContent = t(state.lang, 'query.copied');
  } catch {
    btn.textContent = location.href;
  }
  setTimeout(() => (btn.textContent = t(state.lang, 'query.share')), 2000);
});

// ------------------------------------------------------------------ results

function selectedId(): string | undefined {
  const [, ...rest] = (state.selected ?? '').split('/');
  return rest.length > 0 ? rest.join('/') : undefined;
}

function findSelected(): Route | undefined {
  const id = selectedId();
  return id === undefined ? undefined : state.answer?.routes.find((r) => r.id === id);
}

const isSelectedId = (routeId: string): boolean => selectedId() === routeId;

function select(routeId: string): void {
  const panel: Panel = 'routes';
  state.selected = `${panel}/${routeId}`;
  // the compared route chosen as the main one is no longer compared (nor in the link)
  if (state.compareWith === routeId) state.compareWith = undefined;
  updateUrl(false);
  renderResults();
  frameSelected();
}

function choosePlace(choice: PlaceChoice): void {
  const box = choice.field === 'from' ? fromBox : toBox;
  box.set(choice.id);
  void nameLinkedPlace(box, choice.id);
  void runQuery(readForm(form, fromBox.value(), toBox.value()), true);
}

function renderResults(): void {
  runSteps(resultSteps());
}

/**
 * The message and the answer's panels, with pauses between them (see `app/steps.ts`). Each step
 * reads the state anew, so a render in one go between two steps leaves no panel behind it.
 */
function* resultSteps(): Generator<void> {
  const routes = (): readonly Route[] => state.answer?.routes ?? [];
  const compared = (sel: Route | undefined) =>
    routes().find((r) => r.id === state.compareWith && r.id !== sel?.id);
  renderMessage($('message'), state.message, state.answer ? noticesOf(state.answer) : [], {
    lang: state.lang,
    zone: state.zone,
    namer,
    onChoose: choosePlace,
  });
  const zoneNote = $('zone-note');
  zoneNote.hidden = routes().length === 0;
  zoneNote.textContent = t(state.lang, state.zone === 'utc' ? 'tz.note.utc' : 'tz.note.beijing');
  renderRouteList($('route-list'), routes(), {
    panel: 'routes',
    lang: state.lang,
    zone: state.zone,
    isSelected: (_p, r) => isSelectedId(r.id),
    onSelect: (_p, r) => select(r.id),
  });
  yield;
  mapSvg.classList.toggle('has-route', findSelected() !== undefined);
  drawRoutes(
    map.layers.routes,
    map.layers.labels,
    routes(),
    findSelected(),
    map.path,
    map.projection,
    map.k(),
    state.lang,
  );
  relabelMap();
  yield;
  const sel = findSelected();
  renderCompareChoice(routes(), sel, compared(sel));
  renderTimeline($('timeline'), sel, state.lang, state.zone, compared(sel));
  yield;
  renderCompare($('compare'), state.answer, {
    lang: state.lang,
    zone: state.zone,
    namer,
    isSelected: isSelectedId,
    onSelect: select,
  });
  yield;
  renderPareto($('pareto'), routes(), {
    lang: state.lang,
    isSelected: isSelectedId,
    onSelect: select,
  });
  yield;
  labelDownloads(downloads);
  yield;
  renderReport(findSelected());
  yield;
  savedPanel.render();
}

/** The timeline's "compare with" choice: every route of the answer but the selected one. */
function renderCompareChoice(
  routes: readonly Route[],
  sel: Route | undefined,
  other: Route | undefined,
): void {
  const lang = state.lang;
  const select = $<HTMLSelectElement>('timeline-compare');
  const options = [
    { id: '', text: t(lang, 'timeline.compare.none') },
    ...routes
      .filter((r) => r.id !== sel?.id)
      .map((r) => ({
        id: r.id,
        text: `${routeCorridorName(lang, r)} · ${formatDays(lang, r.duration_p50_h)} · ${formatUsd(lang, r.cost.total_usd)}`,
      })),
  ];
  d3.select(select)
    .selectAll<HTMLOptionElement, (typeof options)[number]>('option')
    .data(options, (o) => o.id)
    .join('option')
    .attr('value', (o) => o.id)
    .text((o) => o.text)
    .order();
  select.value = other?.id ?? '';
  select.disabled = sel === undefined || options.length < 2;
}

/** The printed report's heading (the query) and the sources behind the chosen route. */
function renderReport(route: Route | undefined): void {
  const lang = state.lang;
  const head = $('report-head');
  const h = reportHeading(lang, state.query, route, state.zone, new Date());
  head.replaceChildren();
  // not an <h1>: the page has its own, and this heading exists for paper only
  const title = document.createElement('p');
  title.className = 'report-title';
  title.textContent = h.title;
  const facts = document.createElement('dl');
  for (const [label, value] of h.facts) {
    const div = document.createElement('div');
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = label;
    dd.textContent = value;
    div.append(dt, dd);
    facts.append(div);
  }
  const printed = document.createElement('p');
  printed.className = 'muted';
  printed.textContent = `${h.printed} · ${t(lang, 'report.link')}: ${location.href}`;
  head.append(title, facts, printed);
  const list = $('report-sources').querySelector('ol');
  if (!list) return;
  list.replaceChildren();
  const cited = route ? routeSources(route, state.items, state.sources) : [];
  if (cited.length === 0) {
    const li = document.createElement('li');
    li.textContent = t(lang, 'report.no_sources');
    list.append(li);
  }
  for (const src of cited) {
    const li = document.createElement('li');
    // on paper the site names where to look; the full links are one click away online
    const site =
      src.url && URL.canParse(src.url)
        ? new URL(src.url).hostname.replace(/^www\./, '')
        : (src.url ?? '');
    const date = src.date ? formatSourceDate(lang, src.date) : '';
    li.textContent = [src.title, src.publisher, date, site].filter(Boolean).join(' · ');
    list.append(li);
  }
}

// ------------------------------------------------------------------ downloads

const downloads: DownloadContext = {
  lang: () => state.lang,
  baseName: () =>
    [state.query.from, state.query.to]
      .map((p) =>
        p
          .trim()
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, ''),
      )
      .filter(Boolean)
      .join('_') || 'corridor-planner',
  ready: (target) =>
    target === 'map'
      ? document.body.dataset.ready === '1'
      : target === 'timeline'
        ? findSelected() !== undefined
        : (state.answer?.routes.length ?? 0) > 0 ||
          (target === 'compare' && (state.answer?.corridors?.length ?? 0) > 0),
  table: (target) => {
    const answer = state.answer;
    if (!answer) return undefined;
    if (target === 'routes') return routesRows(answer.routes, state.lang, state.zone);
    if (target === 'compare')
      return comparisonRows(corridorTable(answer), state.lang, state.zone, namer);
    return undefined;
  },
};
renderDownloadGroups();
wireDownloads(downloads);

const savedPanel = createSavedPanel({
  lang: () => state.lang,
  zone: () => state.zone,
  current: () =>
    state.answer && state.answer.status !== 'no_route'
      ? { query: state.query, answer: state.answer }
      : undefined,
  run: (query) => {
    writeForm(form, query);
    fromBox.set(query.from);
    toBox.set(query.to);
    void nameLinkedPlace(fromBox, query.from);
    void nameLinkedPlace(toBox, query.to);
    void runQuery(query, true);
  },
});

// ------------------------------------------------------------------ language and presets

function applyLang(): void {
  runSteps(langSteps());
}

/** Every text of the page in `state.lang`, with pauses between the panels: see `app/steps.ts`. */
function* langSteps(): Generator<void | 'frame'> {
  const lang = state.lang;
  document.documentElement.lang = LOCALE[lang];
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = t(lang, el.dataset.i18n as StringKey);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
    el.placeholder = t(lang, el.dataset.i18nPlaceholder as StringKey);
  const toggle = $<HTMLButtonElement>('lang-toggle');
  toggle.textContent = t(lang, 'lang.switch');
  toggle.lang = lang === 'en' ? 'zh' : 'en';
  toggle.setAttribute('aria-label', t(lang, 'lang.switch.label'));
  document.title = t(lang, 'app.title');
  fromBox.relabel(lang);
  toBox.relabel(lang);
  departField.relabel();
  map.relabel();
  setRunning(state.running !== undefined);
  yield;
  renderMapLegend();
  drawRegionOutline();
  yield;
  if (state.items.terminals.length) yield* networkSteps();
  renderDetailsPanel();
  yield;
  yield* resultSteps();
  yield;
  scenarioPanel?.render();
}

$('lang-toggle').addEventListener('click', () => {
  state.lang = state.lang === 'en' ? 'zh' : 'en';
  try {
    localStorage.setItem(LANG_KEY, state.lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  if (initial.lang) initial.lang = state.lang;
  updateUrl(false);
  applyLang();
  // the labels switch at once; text drawn before its font slice arrives is laid out again then
  void uiGlyphs();
});

/** The Chinese of the page's labels (all of them on the 中文 page, the 中文 button on the English one). */
function uiGlyphs(): Promise<void> {
  return ensureGlyphs(
    state.lang === 'zh'
      ? Object.values(STRINGS.zh).join('') + JSON.stringify(state.items)
      : STRINGS.en['lang.switch'],
  );
}

function markPreset(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-preset]'))
    b.setAttribute('aria-pressed', String(b.dataset.preset === state.view));
}

$<HTMLSelectElement>('timeline-compare').addEventListener('change', (ev) => {
  state.compareWith = (ev.target as HTMLSelectElement).value || undefined;
  // the link carries the comparison, so "Copy link" shares it
  updateUrl(false);
  renderResults();
});

const zoneSelect = $<HTMLSelectElement>('time-zone');
zoneSelect.value = state.zone;
zoneSelect.addEventListener('change', () => {
  state.zone = parseTimeZone(zoneSelect.value) ?? DEFAULT_TIME_ZONE;
  updateUrl(false);
  renderResults();
});

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
  b.addEventListener('click', () => {
    const id = PRESET_IDS.find((p) => p === b.dataset.preset);
    if (!id) return;
    state.view = id;
    map.zoomTo(id);
    markPreset();
    updateUrl(false);
  });
}

document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && state.details) {
    state.details = undefined;
    renderDetailsPanel();
  }
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  if (resizeTimer) clearTimeout(resizeTimer);
  resizeTimer = setTimeout(renderResults, 150);
});

window.addEventListener('popstate', () => {
  const s = decodePageState(location.search);
  writeForm(form, s.query);
  fromBox.set(s.query.from);
  toBox.set(s.query.to);
  state.selected = s.selected;
  state.compareWith = s.compare;
  if (isRunnable(s.query)) void runQuery(s.query, false);
});

// ------------------------------------------------------------------ start

let scenarioPanel: ScenarioPanel | undefined = undefined; // set once the scenario list has loaded
markPreset();
// the page's own work at load, in tasks short enough for a phone: the countries first, then the
// texts, then the network (docs/decisions.md W)
await yieldToBrowser();
await drawBasemap(map.layers.basemap, map.path);
drawRegionOutline();
await yieldToBrowser();
// the Chinese page's glyphs before its texts; the English page's one Chinese word (the 中文 button)
// comes with the faces, after load (decisions W10): waiting for them here held up the whole page
if (state.lang === 'zh') await uiGlyphs();
await runStepsSliced(langSteps());
await loadNetwork();
const borderName = (id: string) => {
  const b = state.items.borders.find((x) => x.id === id);
  return b ? shortCorridorLabel(state.lang, state.lang === 'zh' ? b.name_zh : b.name) : id;
};
void nameLinkedPlace(fromBox, state.query.from);
void nameLinkedPlace(toBox, state.query.to);
if (isRunnable(state.query)) void runQuery(state.query, false);
scenarioPanel = await createScenarioPanel(state.network, () => state.lang, borderName);
