// The overview's time window: whole days in the organisation's time zone. URLs carry `from` and `to`
// as ISO dates (both included); the API gets the instants of their local midnights (to: the next day's).

export type Interval = 'DAY' | 'WEEK' | 'MONTH';
export const PRESETS = [7, 30, 90] as const;
export const DEFAULT_DAYS = 30;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface Period {
  from: string; // YYYY-MM-DD, first day
  to: string; // YYYY-MM-DD, last day
}

export interface Window {
  from: string; // ISO instant of the local midnight starting `from`
  to: string; // ISO instant of the local midnight after `to`
  previousFrom: string; // as long again, ending at `from`
  interval: Interval;
  days: number;
}

/** A valid calendar date in YYYY-MM-DD form, else null. */
export function parseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === value ? value : null;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const t = (s: string) => Date.parse(`${s}T00:00:00Z`);
  return Math.round((t(to) - t(from)) / DAY_MS) + 1;
}

/** Today's date in the time zone. */
export function today(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Milliseconds the zone is ahead of UTC at the instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant (ISO, UTC) a wall-clock time ("2026-11-25T09:00", as a datetime-local input writes it) names in
 * the zone: the organisation's zone, not the browser's, so that what is typed is what the pages show. */
export function wallClock(local: string, timeZone: string): string {
  const guess = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  let instant = guess - offsetAt(guess, timeZone);
  // Across a change of offset the first guess is off by the change: once more settles it.
  instant = guess - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The instant of local midnight starting `date` in the zone (ISO, UTC). */
export function midnight(date: string, timeZone: string): string {
  return wallClock(`${date}T00:00:00`, timeZone);
}

/** The last `days` days, today included. */
export function lastDays(days: number, timeZone: string, now: Date = new Date()): Period {
  const to = today(timeZone, now);
  return { from: addDays(to, 1 - days), to };
}

/** Buckets that keep a chart readable: days up to ~2 months, weeks up to ~6 months, then months. */
export function intervalFor(days: number): Interval {
  return days <= 62 ? 'DAY' : days <= 190 ? 'WEEK' : 'MONTH';
}

export function windowOf(period: Period, timeZone: string): Window {
  const days = daysBetween(period.from, period.to);
  return {
    from: midnight(period.from, timeZone),
    to: midnight(addDays(period.to, 1), timeZone),
    previousFrom: midnight(addDays(period.from, -days), timeZone),
    interval: intervalFor(days),
    days,
  };
}

/** The period a URL asks for: `from` and `to` when both are valid and in order, else the default. */
export function periodFromQuery(query: Record<string, unknown>, timeZone: string, now: Date = new Date()): Period {
  const from = parseDate(first(query.from));
  const to = parseDate(first(query.to));
  if (from && to && from <= to && daysBetween(from, to) <= 3660) return { from, to };
  return lastDays(DEFAULT_DAYS, timeZone, now);
}

/** Which preset the period is (the last N days up to today), or null for a custom one. */
export function presetOf(period: Period, timeZone: string, now: Date = new Date()): number | null {
  return PRESETS.find((n) => {
    const p = lastDays(n, timeZone, now);
    return p.from === period.from && p.to === period.to;
  }) ?? null;
}

export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
