// Numbers as the console shows them: NPS in points with one decimal, rates as percentages. A negative
// number has a real minus sign (U+2212: typeset as wide as "+", read as "minus" by screen readers), never
// the hyphen toFixed and Intl print; a number that rounds to zero has no sign ("0.0", never "−0.0").

export const MINUS = '\u2212';

/** A formatted number's text (toFixed's, Intl's) with a real minus sign, and none on a zero. */
export function withMinus(text: string): string {
  return text.replace(/-(?=\d)/, /[1-9]/.test(text) ? MINUS : '');
}

/** Intl.NumberFormat's text, with a real minus sign. */
export function number(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return withMinus(new Intl.NumberFormat(locale, options).format(value));
}

export function fixed(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : withMinus(value.toFixed(digits));
}

/** +3.2 / −1.5 / 0.0. */
export function signed(value: number, digits = 1): string {
  const text = fixed(value, digits);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A fraction 0..1 as a percentage. */
export function percent(fraction: number | null | undefined, digits = 1): string {
  return fraction === null || fraction === undefined ? '—' : `${fixed(fraction * 100, digits)}%`;
}

export function count(value: number, locale: string): string {
  return number(value, locale);
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
  return number(value, locale, { maximumFractionDigits: 20, useGrouping: grouped });
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
