/**
 * The time zone the page shows dates and times in. Route times are UTC instants; a planner in Inner
 * Mongolia reads Beijing time (China Standard Time, UTC+8 all year, no daylight saving), so that is
 * the default, and UTC is one switch away. Pure.
 */
const TIME_ZONES = ['beijing', 'utc'] as const;
export type TimeZoneId = (typeof TIME_ZONES)[number];

export const DEFAULT_TIME_ZONE: TimeZoneId = 'beijing';

/** The IANA zone Intl formats in. */
export const IANA_ZONE: Record<TimeZoneId, string> = { beijing: 'Asia/Shanghai', utc: 'UTC' };

/** Hours ahead of UTC; fixed, since neither zone has daylight saving. */
const OFFSET_H: Record<TimeZoneId, number> = { beijing: 8, utc: 0 };

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function parseTimeZone(value: string | null | undefined): TimeZoneId | undefined {
  return TIME_ZONES.find((z) => z === value);
}

/**
 * The instant of local midnight at or before `ms` in the zone.
 * @example startOfLocalDay(Date.parse('2026-11-30T20:00Z'), 'beijing') === Date.parse('2026-11-30T16:00Z')
 */
export function startOfLocalDay(ms: number, zone: TimeZoneId): number {
  const offset = OFFSET_H[zone] * HOUR_MS;
  return Math.floor((ms + offset) / DAY_MS) * DAY_MS - offset;
}

/** The instant of local midnight at or after `ms` in the zone. */
export function endOfLocalDay(ms: number, zone: TimeZoneId): number {
  const start = startOfLocalDay(ms, zone);
  return start === ms ? ms : start + DAY_MS;
}

/**
 * A machine-readable local time for tables: "2026-12-01 04:00" (spreadsheets parse it as a date).
 * @example localStamp('2026-11-30T20:00:00Z', 'beijing') === '2026-12-01 04:00'
 */
export function localStamp(iso: string, zone: TimeZoneId): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + OFFSET_H[zone] * HOUR_MS).toISOString().slice(0, 16).replace('T', ' ');
}
