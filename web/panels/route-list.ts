/**
 * The routes list: one card per route with its corridor, mode icons, cost, days, CO2e, P50/P90
 * arrival, and its legs and border crossings in order. Cards are buttons; the selected one is marked.
 */
import * as d3 from 'd3';
import type { Route } from '../types.ts';
import {
  formatCo2e,
  formatDateTime,
  formatDay,
  formatDays,
  formatDuration,
  formatNumber,
  formatUsd,
} from '../view-model/format.ts';
import { pickName, t, tDynamic, type Lang } from '../view-model/i18n.ts';
import { modeSequence, routeSteps, type RouteStep } from '../view-model/route-steps.ts';
import { modeIcon } from './mode-icon.ts';
import type { TimeZoneId } from '../view-model/time-zone.ts';
import { shortCorridorLabel } from '../view-model/corridor-label.ts';

export interface RouteListOptions {
  panel: string;
  lang: Lang;
  /** the zone dates and times are shown in */
  zone: TimeZoneId;
  isSelected(panel: string, route: Route): boolean;
  onSelect(panel: string, route: Route): void;
}

function stepLine(
  lang: Lang,
  zone: TimeZoneId,
  s: RouteStep,
): { icon?: string; text: string; sub: string } {
  if (s.type === 'leg') {
    const wait =
      s.wait_h > 0.5 ? ` · ${t(lang, 'route.wait')} ${formatDuration(lang, s.wait_h)}` : '';
    return {
      icon: s.mode,
      text: `${pickName(lang, s.from)} → ${pickName(lang, s.to)}`,
      sub: `${lang === 'zh' ? s.name_zh : s.name} · ${formatDateTime(lang, s.depart, zone)} → ${formatDateTime(lang, s.arrive, zone)}${wait}`,
    };
  }
  return {
    text: `${t(lang, 'route.border')}: ${lang === 'zh' ? s.name_zh : s.name}`,
    sub: `${formatDuration(lang, s.dwell_h)}${s.gauge_change ? ` · ${t(lang, 'route.gauge')} 1435↔1520` : ''}`,
  };
}

/** what each card was built for (language and rank), and from which route */
const built = new WeakMap<Element, string>();
const routeOf = new WeakMap<Element, Route>();

export function renderRouteList(
  list: HTMLElement,
  routes: readonly Route[],
  o: RouteListOptions,
): void {
  const { lang, zone } = o;
  const items = d3
    .select(list)
    .selectAll<HTMLLIElement, Route>('li.route')
    .data(routes, (r) => r.id)
    .join('li')
    .attr('class', 'route')
    .classed('selected', (r) => o.isSelected(o.panel, r));
  items.each(function (r, i) {
    const li = d3.select(this);
    const pressed = o.isSelected(o.panel, r) ? 'true' : 'false';
    // a card is built once per route and language; a selection only updates it, so focus stays put
    if (built.get(this) === `${lang}|${zone}|${i}` && routeOf.get(this) === r) {
      li.select('button.route-card').attr('aria-pressed', pressed);
      return;
    }
    built.set(this, `${lang}|${zone}|${i}`);
    routeOf.set(this, r);
    li.selectAll('*').remove();
    const card = li
      .append('button')
      .attr('type', 'button')
      .attr('class', 'route-card')
      .attr('data-route', r.id)
      .attr('aria-pressed', pressed)
      .attr(
        'aria-label',
        `${t(lang, 'route.select')}: ${(lang === 'zh' ? r.corridor.short_zh : r.corridor.short) ?? (lang === 'zh' ? r.corridor.label_zh : r.corridor.label)}`,
      )
      .on('click', () => o.onSelect(o.panel, r));
    const head = card.append('div').attr('class', 'route-head');
    head
      .append('span')
      .attr('class', 'rank')
      .text(String(i + 1));
    const icons = head.append('span').attr('class', 'icons');
    for (const m of modeSequence(r)) icons.node()?.append(modeIcon(m, tDynamic(lang, `mode.${m}`)));
    const full = lang === 'zh' ? r.corridor.label_zh : r.corridor.label;
    const short = lang === 'zh' ? r.corridor.short_zh : r.corridor.short;
    head
      .append('span')
      .attr('class', 'corridor clamp')
      .attr('title', full)
      .text(short ?? shortCorridorLabel(lang, full));
    if (r.pareto_optimal)
      head.append('span').attr('class', 'badge').attr('title', t(lang, 'route.pareto')).text('★');
    const kpi = card.append('dl').attr('class', 'kpis');
    const add = (label: string, value: string, full = value) => {
      const d = kpi.append('div').attr('title', `${label}: ${full}`);
      d.append('dt').text(label);
      d.append('dd').text(value);
    };
    add(t(lang, 'route.cost'), formatUsd(lang, r.cost.total_usd));
    // P50 days, as in the comparison and the Pareto chart; the scheduled time is in the hover text
    add(
      t(lang, 'route.days'),
      formatDays(lang, r.duration_p50_h),
      `${formatDays(lang, r.duration_p50_h)} (P50) · ${formatDuration(lang, r.duration_h)}`,
    );
    add(t(lang, 'route.co2e'), formatCo2e(lang, r.co2e_kg));
    add(
      t(lang, 'route.p50'),
      formatDay(lang, r.arrive_p50, zone),
      formatDateTime(lang, r.arrive_p50, zone),
    );
    add(
      t(lang, 'route.p90'),
      formatDay(lang, r.arrive_p90, zone),
      formatDateTime(lang, r.arrive_p90, zone),
    );
    // what a carrier quotes: first departure to arrival; the wait before it is in Days above
    const firstDeparture = r.legs[0]?.depart ?? r.depart;
    add(
      t(lang, 'route.transit'),
      formatDays(lang, r.transit_h),
      `${formatDays(lang, r.transit_h)} · ${t(lang, 'route.first_departure')} ${formatDateTime(lang, firstDeparture, zone)} · ${t(lang, 'route.transfers')} ${r.transfers}`,
    );
    const steps = li.append('ol').attr('class', 'steps');
    for (const s of routeSteps(r)) {
      const line = stepLine(lang, zone, s);
      const row = steps.append('li').attr('class', `step step-${s.type}`);
      const iconCell = row.append('span').attr('class', 'step-icon');
      if (line.icon)
        iconCell.node()?.append(modeIcon(line.icon, tDynamic(lang, `mode.${line.icon}`)));
      else iconCell.text(s.type === 'border' && s.gauge_change ? '⇄' : '⊢');
      const txt = row.append('span').attr('class', 'step-text');
      txt.append('span').text(line.text);
      txt.append('span').attr('class', 'muted').text(line.sub);
    }
    if (r.capacity) renderSplit(li, lang, zone, r.capacity);
  });
}

/**
 * A shipment split over departures (docs/decisions.md CP1): which departure carries how much and
 * when each part arrives; what no departure within the deadline or horizon can take.
 */
function renderSplit(
  li: d3.Selection<HTMLLIElement, unknown, null, undefined>,
  lang: Lang,
  zone: TimeZoneId,
  c: NonNullable<Route['capacity']>,
): void {
  const box = li.append('div').attr('class', 'split');
  const per =
    c.unit === 'kg'
      ? `${formatNumber(lang, c.per_departure)} kg`
      : `${formatNumber(lang, c.per_departure)} TEU`;
  box
    .append('div')
    .attr('class', 'split-head')
    .text(
      `${t(lang, 'route.split')}${t(lang, 'punct.colon')}${formatNumber(lang, c.parts.length)} × ${c.bottleneck_service_id} (${t(lang, 'route.split_per')} ${per})`,
    );
  const qty = (p: (typeof c.parts)[number]) =>
    [
      p.feu ? `${formatNumber(lang, p.feu)} FEU` : '',
      p.teu ? `${formatNumber(lang, p.teu)} TEU` : '',
      p.kg ? `${formatNumber(lang, p.kg)} kg` : '',
    ]
      .filter(Boolean)
      .join(' + ');
  const ol = box.append('ol').attr('class', 'split-parts');
  for (const p of c.parts)
    ol.append('li').text(
      `${qty(p)} · ${t(lang, 'route.depart')} ${formatDay(lang, p.depart, zone)} · ${t(lang, 'route.arrive')} ${formatDay(lang, p.arrive, zone)} · ${formatUsd(lang, p.cost_usd)}`,
    );
  if (!c.complete)
    box
      .append('div')
      .attr('class', 'split-short')
      .text(
        `${t(lang, 'route.not_planned')}${t(lang, 'punct.colon')}${formatNumber(lang, c.short_load)} ${c.unit === 'kg' ? 'kg' : 'TEU'}`,
      );
}
