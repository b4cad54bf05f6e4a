/**
 * Route.timeline as Gantt bars on a calendar axis: one row per step in chronological order, each
 * with its label, its start and end as dates and times, and its length; the axis runs from local
 * midnight before departure to local midnight after arrival, ticked and labelled with calendar
 * dates in the page's time zone. Pure: the chart only draws what this returns.
 */
import type { Route } from '../types.ts';
import { formatDateTime, formatDay, formatDuration } from './format.ts';
import { t, type Lang } from './i18n.ts';
import { endOfLocalDay, startOfLocalDay, type TimeZoneId } from './time-zone.ts';

export const STEP_TYPES = ['ride', 'wait', 'transfer', 'border', 'customs'] as const;
export type StepType = (typeof STEP_TYPES)[number];

export const STEP_COLOURS: Record<StepType, string> = {
  ride: '#2563eb',
  wait: '#9ca3af',
  transfer: '#d97706',
  border: '#dc2626',
  customs: '#7c3aed',
};

const HOUR_MS = 3_600_000;

export interface TimelineBar {
  id: string;
  /** position from the top, in chronological order */
  row: number;
  type: StepType;
  /** the step's name in the page's language */
  label: string;
  /** hours from the axis start (local midnight before departure) */
  start_h: number;
  end_h: number;
  /** "1 Dec, 04:00 → 3 Dec, 10:00" in the page's zone */
  when: string;
  /** "2 d 6 h" */
  duration: string;
  colour: string;
}

interface TimelineTick {
  /** hours from the axis start: always a local midnight */
  h: number;
  /** the calendar date, "1 Dec" or "12月1日" */
  label: string;
}

export interface TimelineLayout {
  bars: TimelineBar[];
  /** hours from the axis start to its end (a local midnight after arrival) */
  total_h: number;
  /** where the departure falls on the axis */
  depart_h: number;
  ticks: TimelineTick[];
  /** "Times in Beijing time (UTC+8)": the chart says which zone its dates are in */
  zone_note: string;
}

/** Day steps a tick may take: one a day on a short trip, fewer on a long one or a narrow chart. */
const TICK_STEPS_DAYS = [1, 2, 5, 7, 10, 14, 20, 30, 60];

function tickStepDays(days: number, maxTicks: number): number {
  return TICK_STEPS_DAYS.find((step) => days / step <= maxTicks) ?? 90;
}

/**
 * @example timelineLayout(route departing 2026-11-30T20:00Z, 'en', 'beijing').ticks[0].label === '1 Dec'
 */
/** The instants a route's timeline covers, in epoch ms: for an axis two routes share. */
export function routeSpan(route: Route): { first_ms: number; last_ms: number } {
  const depart = Date.parse(route.depart);
  const starts = route.timeline.map((s) => Date.parse(s.start));
  const ends = route.timeline.map((s) => Date.parse(s.end));
  return {
    first_ms: Math.min(depart, ...starts),
    last_ms: Math.max(Date.parse(route.arrive), depart + HOUR_MS, ...ends),
  };
}

export function timelineLayout(
  route: Route,
  lang: Lang,
  zone: TimeZoneId,
  /** as many date labels as fit the chart's width without touching */
  maxTicks = 10,
  /** widen the axis to cover this span too, so two routes' charts share one scale */
  span?: { first_ms: number; last_ms: number },
): TimelineLayout {
  const steps = route.timeline.map((step, i) => {
    const start = Date.parse(step.start);
    return { step, i, start, end: Math.max(start, Date.parse(step.end)) };
  });
  steps.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const depart = Date.parse(route.depart);
  const own = routeSpan(route);
  const first = Math.min(own.first_ms, span?.first_ms ?? Infinity);
  const last = Math.max(own.last_ms, span?.last_ms ?? -Infinity);
  const axisStart = startOfLocalDay(first, zone);
  const axisEnd = endOfLocalDay(last, zone);
  const hoursFrom = (ms: number) => (ms - axisStart) / HOUR_MS;
  const bars = steps.map(({ step, i, start, end }, row) => ({
    id: `${i}:${step.type}:${step.start}`,
    row,
    type: step.type,
    label: lang === 'zh' ? step.label_zh : step.label,
    start_h: hoursFrom(start),
    end_h: hoursFrom(end),
    when: `${formatDateTime(lang, step.start, zone)} → ${formatDateTime(lang, step.end, zone)}`,
    duration: formatDuration(lang, (end - start) / HOUR_MS),
    colour: STEP_COLOURS[step.type],
  }));
  const total_h = hoursFrom(axisEnd);
  const step = tickStepDays(total_h / 24, Math.max(2, maxTicks));
  const ticks: TimelineTick[] = [];
  for (let d = 0; d * 24 <= total_h + 1e-9; d += step) {
    ticks.push({
      h: d * 24,
      label: formatDay(lang, new Date(axisStart + d * 24 * HOUR_MS).toISOString(), zone),
    });
  }
  return {
    bars,
    total_h,
    depart_h: hoursFrom(depart),
    ticks,
    zone_note: t(lang, zone === 'utc' ? 'tz.note.utc' : 'tz.note.beijing'),
  };
}

/** Hours per step type, for the summary under the chart. */
export function hoursByType(layout: TimelineLayout): Record<StepType, number> {
  const out: Record<StepType, number> = { ride: 0, wait: 0, transfer: 0, border: 0, customs: 0 };
  for (const b of layout.bars) out[b.type] += b.end_h - b.start_h;
  return out;
}
