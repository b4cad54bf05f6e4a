/**
 * Route.timeline as Gantt bars: hours from departure, one row per step, and the ticks of the time
 * axis in whole days. Pure.
 */
import type { Route } from '../types.ts';

export const STEP_TYPES = ['ride', 'wait', 'transfer', 'border', 'customs'] as const;
export type StepType = (typeof STEP_TYPES)[number];

export const STEP_COLOURS: Record<StepType, string> = {
  ride: '#2563eb',
  wait: '#d1d5db',
  transfer: '#f59e0b',
  border: '#dc2626',
  customs: '#7c3aed',
};

export interface TimelineBar {
  id: string;
  row: number;
  type: StepType;
  label: string;
  label_zh: string;
  start_h: number;
  end_h: number;
  colour: string;
}

export interface TimelineLayout {
  bars: TimelineBar[];
  total_h: number;
  /** hours at which to draw a day tick */
  ticks_h: number[];
}

/** @example timelineBars(route).bars[0].start_h === 0 when the first step starts at departure */
export function timelineBars(route: Route): TimelineLayout {
  const t0 = Date.parse(route.depart);
  const bars = route.timeline.map((step, i) => {
    const start_h = (Date.parse(step.start) - t0) / 3_600_000;
    const end_h = Math.max(start_h, (Date.parse(step.end) - t0) / 3_600_000);
    return {
      id: `${i}:${step.type}:${step.start}`,
      row: i,
      type: step.type,
      label: step.label,
      label_zh: step.label_zh,
      start_h,
      end_h,
      colour: STEP_COLOURS[step.type],
    };
  });
  const total_h = Math.max(route.duration_h, ...bars.map((b) => b.end_h), 1);
  const days = total_h / 24;
  const stepDays = days <= 8 ? 1 : days <= 20 ? 2 : days <= 45 ? 5 : 10;
  const ticks_h: number[] = [];
  for (let d = 0; d * 24 <= total_h + 1e-9; d += stepDays) ticks_h.push(d * 24);
  return { bars, total_h, ticks_h };
}

/** Hours per step type, for the summary under the chart. */
export function hoursByType(layout: TimelineLayout): Record<StepType, number> {
  const out: Record<StepType, number> = { ride: 0, wait: 0, transfer: 0, border: 0, customs: 0 };
  for (const b of layout.bars) out[b.type] += b.end_h - b.start_h;
  return out;
}
