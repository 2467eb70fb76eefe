// The console's one way of writing a date and a moment, on every page: the locale's own words (zh-CN
// "2026年11月25日 14:05", en "Nov 25, 2026, 14:05"), always with the year (a table mixing "11月25日" and
// "2025年11月25日" reads as two formats) and a 24-hour clock, in the organisation's time zone (what its
// people agree a day is, whatever the browser's zone). Chart axes keep their short ticks (format.ts).
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { sessionState } from '../stores/session';

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DATE_TIME_SECONDS: Intl.DateTimeFormatOptions = { ...DATE_TIME, second: '2-digit' };
const OPTIONS = { date: DATE, dateTime: DATE_TIME, dateTimeSeconds: DATE_TIME_SECONDS };
/** A calendar day ("2026-11-25", as the API's day fields and the period picker write it): no instant, no zone. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Building a DateTimeFormat costs far more than using one, and a table formats a column of them.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: keyof typeof OPTIONS, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...OPTIONS[kind], timeZone });
    cache.set(key, found);
  }
  return found;
}

function instant(value: string): Date | null {
  const d = new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A day: an instant's day in `timeZone`, or a calendar day ("2026-11-25") as it is. '—' for none. */
export function formatDate(value: string | null | undefined, timeZone: string, locale: string): string {
  const d = value ? instant(value) : null;
  if (!d) return '—';
  return formatter('date', locale, DAY.test(value!) ? 'UTC' : timeZone).format(d);
}

/** A moment to the minute, in `timeZone`. '—' for none. Delivery logs ask for the seconds too: their
 * retries can be seconds apart, and two attempts must not read as one. */
export function formatDateTime(
  value: string | null | undefined, timeZone: string, locale: string, { seconds = false } = {},
): string {
  const d = value ? instant(value) : null;
  return d ? formatter(seconds ? 'dateTimeSeconds' : 'dateTime', locale, timeZone).format(d) : '—';
}

type Moment = string | null | undefined;

/** Both, bound to the page's language and the organisation's zone (they follow a switch of either); a
 * moment with its seconds where a page asks (formatDateTime says which). */
export function useDates(): { date: (value: Moment) => string; dateTime: (value: Moment, options?: { seconds?: boolean }) => string } {
  const { locale } = useI18n();
  const zone = computed(() => sessionState.timezone);
  return {
    date: (value) => formatDate(value, zone.value, locale.value),
    dateTime: (value, options) => formatDateTime(value, zone.value, locale.value, options),
  };
}
