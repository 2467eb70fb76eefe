// Numbers as the console shows them: NPS in points with one decimal, rates as percentages.

export function fixed(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

/** +3.2 / −1.5 / 0.0 (a real minus sign, read correctly by screen readers). */
export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A fraction 0..1 as a percentage. */
export function percent(fraction: number | null | undefined, digits = 1): string {
  return fraction === null || fraction === undefined ? '—' : `${(fraction * 100).toFixed(digits)}%`;
}

export function count(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

// A value as the host (the customer's system: attributes, a warning rule's figures) wrote it: text as it
// is, a number with every digit it has, anything else as JSON. Numbers are grouped in the page's language
// ("36,000") only from five integer digits on, and never under a key that names an identifier (id,
// user_id, orderNo, zip_code, mobile): a year grouped ("2,024"), a short code or an id ("10,086") misreads.
const IDENTIFIER_WORD = /(^|[_\-\s.])(id|no|number|code|phone|tel|mobile)$/i;
const IDENTIFIER_CAMEL = /[a-z0-9](Id|ID|No|Number|Code|Phone|Tel|Mobile)$/;

export function hostValue(key: string, value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return JSON.stringify(value);
  const grouped = Math.abs(value) >= 10_000 && !IDENTIFIER_WORD.test(key) && !IDENTIFIER_CAMEL.test(key);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: grouped }).format(value + 0); // + 0: no "-0"
}

/** A bucket's start (an ISO instant at local midnight) as its local date, in the organisation's zone. */
export function bucketLabel(iso: string, timeZone: string, locale: string, interval: string): string {
  const options: Intl.DateTimeFormatOptions = interval === 'MONTH'
    ? { timeZone, year: 'numeric', month: 'short' }
    : { timeZone, month: 'numeric', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

type RateMetrics = { rateResponses?: number | null; rateDisplays?: number | null };

/** What a response rate divides (Metrics.rateResponses / rateDisplays: widget, link and e-mail answers over
 * their displays), or null where the API gives no rate to explain (no displays, or no counts). */
export function rateParts(metrics: RateMetrics): { answers: number; displays: number } | null {
  const { rateResponses: answers, rateDisplays: displays } = metrics;
  return answers === null || answers === undefined || !displays ? null : { answers, displays };
}

/** rateParts as overview.rateOf words them, or null. */
export function rateCounts(metrics: RateMetrics, t: (key: string, values: Record<string, unknown>) => string, locale: string): string | null {
  const parts = rateParts(metrics);
  return parts && t('overview.rateOf', { answers: count(parts.answers, locale), displays: count(parts.displays, locale) });
}
