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

/** A bucket's start (an ISO instant at local midnight) as its local date, in the organisation's zone. */
export function bucketLabel(iso: string, timeZone: string, locale: string, interval: string): string {
  const options: Intl.DateTimeFormatOptions = interval === 'MONTH'
    ? { timeZone, year: 'numeric', month: 'short' }
    : { timeZone, month: 'numeric', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

/** What a response rate divides (Metrics.rateResponses / rateDisplays: widget, link and e-mail answers over
 * their displays) as overview.rateOf words it, or null where the API gives no rate to explain. */
export function rateCounts(metrics: { rateResponses?: number | null; rateDisplays?: number | null },
  t: (key: string, values: Record<string, unknown>) => string, locale: string): string | null {
  const { rateResponses: answers, rateDisplays: displays } = metrics;
  if (answers === null || answers === undefined || !displays) return null;
  return t('overview.rateOf', { answers: count(answers, locale), displays: count(displays, locale) });
}
