/**
 * Number, money, mass, duration and date formatting for the chosen language, through Intl.
 * Pure: the same inputs give the same text. Route times are UTC instants; dates and times are shown
 * in the page's time zone (Beijing time unless the planner switches to UTC), which the page states.
 */
import { LOCALE, t, type Lang } from './i18n.ts';
import { DEFAULT_TIME_ZONE, IANA_ZONE, type TimeZoneId } from './time-zone.ts';

const HOURS_PER_DAY = 24;

/** @example formatNumber('en', 12345.6) === '12,346' */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** @example formatUsd('en', 4210) === 'US$4,210' */
export function formatUsd(lang: Lang, value_usd: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value_usd);
}

/** Emissions: kg below one tonne, tonnes with one decimal above. */
export function formatCo2e(lang: Lang, co2e_kg: number): string {
  if (Math.abs(co2e_kg) < 1000) return `${formatNumber(lang, co2e_kg)} ${t(lang, 'unit.kg')}`;
  return `${formatNumber(lang, co2e_kg / 1000, 1)} ${t(lang, 'unit.t')}`;
}

/** Days with one decimal, the unit planners compare corridors in. @example formatDays('en', 36) === '1.5 d' */
export function formatDays(lang: Lang, duration_h: number): string {
  return `${formatNumber(lang, duration_h / HOURS_PER_DAY, 1)} ${t(lang, 'unit.days')}`;
}

/** A duration as days and hours: "3 d 4 h", "5 h", "3天4小时". */
export function formatDuration(lang: Lang, duration_h: number): string {
  const total_h = Math.max(0, Math.round(duration_h));
  const days = Math.floor(total_h / HOURS_PER_DAY);
  const hours = total_h % HOURS_PER_DAY;
  const sep = lang === 'zh' ? '' : ' ';
  const d = `${formatNumber(lang, days)}${sep}${t(lang, 'unit.days')}`;
  const h = `${formatNumber(lang, hours)}${sep}${t(lang, 'unit.hours')}`;
  if (days === 0) return h;
  if (hours === 0) return d;
  return `${d}${sep}${h}`;
}

/** A calendar date written without a time ("2027-03-12") names the same day in every zone. */
const isCalendarDate = (iso: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(iso);

function formatIn(
  lang: Lang,
  iso: string,
  zone: TimeZoneId,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = isCalendarDate(iso) ? 'UTC' : IANA_ZONE[zone];
  return new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone }).format(date);
}

/**
 * Date and time of an ISO instant in the zone: "1 Dec, 04:00" or "12月1日 04:00".
 * @example formatDateTime('en', '2026-11-30T20:00:00Z', 'beijing') === '1 Dec, 04:00'
 */
export function formatDateTime(
  lang: Lang,
  iso: string,
  zone: TimeZoneId = DEFAULT_TIME_ZONE,
): string {
  return formatIn(lang, iso, zone, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** Day and month only, in the zone: "1 Dec" or "12月1日" (for compact cards and axis ticks). */
export function formatDay(lang: Lang, iso: string, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  return formatIn(lang, iso, zone, { month: 'short', day: 'numeric' });
}

/** Date with the year, in the zone: "12 Mar 2027" or "2027年3月12日". */
export function formatDate(lang: Lang, iso: string, zone: TimeZoneId = DEFAULT_TIME_ZONE): string {
  return formatIn(lang, iso, zone, { year: 'numeric', month: 'short', day: 'numeric' });
}

/**
 * A calendar date with its weekday, for the note under the departure field: "Tue, 1 Dec 2026" or
 * "2026年12月1日周二".
 */
export function formatWeekdayDate(lang: Lang, isoDate: string): string {
  return formatIn(lang, isoDate, 'utc', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  });
}

/**
 * A source's date as its sources.yaml entry gives it (a day, a month or a year), in the page's
 * language: "25 Nov 2015" / "2015年11月25日", "Aug 2015" / "2015年8月", "2015" / "2015年".
 */
export function formatSourceDate(lang: Lang, date: string): string {
  if (isCalendarDate(date)) return formatDate(lang, date, 'utc');
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return formatIn(lang, `${date}-01`, 'utc', { year: 'numeric', month: 'short' });
  if (/^\d{4}$/.test(date) && lang === 'zh') return `${date}年`;
  return date;
}
