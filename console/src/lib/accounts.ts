// Accounts and their health (the accounts page and an account's page): the URL's filters, the bands'
// order and tones, MRR from the host's attributes (as money), the attributes' names, and the charts'
// options (a score gauge, the trend).
import type { AccountOrder, HealthBand } from '../graphql/generated';
import { hostValue, number as formatNumber } from './format';

export const BANDS: HealthBand[] = ['HEALTHY', 'WATCH', 'AT_RISK', 'CRITICAL'];
export const ORDERS: AccountOrder[] = ['NAME', 'SCORE_ASC', 'SCORE_DESC', 'SCORE_CHANGE_ASC', 'SCORE_CHANGE_DESC', 'MRR_DESC', 'MRR_ASC'];
export const RENEWAL_WINDOWS = [30, 90, 180] as const;
export const BAND_COLORS: Record<HealthBand, string> = { HEALTHY: '#2ba471', WATCH: '#e6a23c', AT_RISK: '#e37318', CRITICAL: '#d54941' };
// The bands' colours as text on white (4.5:1 or more).
export const BAND_TEXT: Record<HealthBand, string> = { HEALTHY: '#005c3a', WATCH: '#7a4d00', AT_RISK: '#8a3f00', CRITICAL: '#a3222c' };
// The model's default bands (the API's HealthBand description): the gauge's coloured arcs.
export const BAND_FLOORS: Record<HealthBand, number> = { HEALTHY: 80, WATCH: 60, AT_RISK: 40, CRITICAL: 0 };

export interface AccountsQuery {
  band: HealthBand | null;
  orderBy: AccountOrder;
  renewalWithinDays: number | null;
}

/** A health band from a URL parameter; null for anything else. */
export function bandParam(value: unknown): HealthBand | null {
  return typeof value === 'string' && (BANDS as string[]).includes(value) ? (value as HealthBand) : null;
}

/** The accounts page's filters from its URL (anything unknown ignored). */
export function accountsQuery(query: Record<string, unknown>): AccountsQuery {
  const band = bandParam(query.band);
  const orderBy = typeof query.order === 'string' && (ORDERS as string[]).includes(query.order) ? (query.order as AccountOrder) : 'SCORE_ASC';
  const days = typeof query.renewal === 'string' ? Number(query.renewal) : NaN;
  return { band, orderBy, renewalWithinDays: (RENEWAL_WINDOWS as readonly number[]).includes(days) ? days : null };
}

/** The URL's query of the filters (defaults left out). */
export function accountsUrl(q: AccountsQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.band) out.band = q.band;
  if (q.orderBy !== 'SCORE_ASC') out.order = q.orderBy;
  if (q.renewalWithinDays) out.renewal = String(q.renewalWithinDays);
  return out;
}

/** The account's monthly recurring revenue, from the host's `mrr` attribute (a number), or null. */
export function mrrOf(attributes: unknown): number | null {
  if (!attributes || typeof attributes !== 'object') return null;
  const mrr = (attributes as Record<string, unknown>).mrr;
  return typeof mrr === 'number' && Number.isFinite(mrr) ? mrr : null;
}

/** The score's 30-day change (Health.change30d) signed, one decimal at most, never "-0"; '—' when unknown. */
export function signedChange(change: number | null | undefined, locale: string): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const rounded = Math.round(change * 10) / 10 + 0; // + 0 turns -0 into 0
  return formatNumber(rounded, locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** An amount of MRR in whole units, grouped in the page's language ("36,000"). Accounts carry no currency
 * (their `mrr` attribute is a bare number, the host's): a symbol would be a guess, and a wrong one misleads. */
export function money(value: number, locale: string): string {
  return formatNumber(value, locale, { maximumFractionDigits: 0 });
}

/** The account attributes with a name in the page's language (accounts.attributeNames), in this order, and
 * how their values read: numbers as counts or money; anything else as the host wrote it. */
const KNOWN_ATTRIBUTES: Record<string, 'text' | 'count' | 'money'> = {
  plan: 'text', industry: 'text', region: 'text', size: 'text', seats: 'count', mrr: 'money',
};

export interface AttributeRow {
  key: string;
  label: string; // the localised name of a known key, else the key itself
  value: string;
  known: boolean;
}

/** An account's attributes to show: the known ones first (named and formatted), then the others in the
 * host's order, keys as they are and values as the host wrote them (hostValue). A known key whose value is
 * not what it expects reads as written too. */
export function accountAttributes(attributes: unknown, locale: string, name: (key: string) => string): AttributeRow[] {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return [];
  const record = attributes as Record<string, unknown>;
  const known = Object.keys(KNOWN_ATTRIBUTES).filter((k) => Object.hasOwn(record, k)).map((key): AttributeRow => {
    const v = record[key];
    const kind = KNOWN_ATTRIBUTES[key];
    const number = typeof v === 'number' && Number.isFinite(v);
    const value = kind === 'money' && number ? money(v, locale)
      : kind === 'count' && number ? formatNumber(v, locale, { maximumFractionDigits: 2 }) : hostValue(key, v, locale);
    return { key, label: name(key), value, known: true };
  });
  const others = Object.keys(record).filter((k) => !Object.hasOwn(KNOWN_ATTRIBUTES, k))
    .map((key): AttributeRow => ({ key, label: key, value: hostValue(key, record[key], locale), known: false }));
  return [...known, ...others];
}

/** A gauge of the score (0-100) with the bands' arcs. */
export function gaugeOption(score: number, band: HealthBand, label: string) {
  const stops = [...BANDS].reverse().map((b, i, all) => [i + 1 < all.length ? BAND_FLOORS[all[i + 1]] / 100 : 1, BAND_COLORS[b]]);
  return {
    series: [{
      type: 'gauge', min: 0, max: 100, startAngle: 210, endAngle: -30, radius: '95%',
      axisLine: { lineStyle: { width: 14, color: stops } },
      pointer: { width: 5, itemStyle: { color: '#1f2937' } },
      axisTick: { show: false }, splitLine: { length: 10, lineStyle: { color: '#fff', width: 2 } },
      axisLabel: { distance: 18, color: '#4b5563', fontSize: 11 },
      title: { offsetCenter: [0, '72%'], fontSize: 13, color: BAND_COLORS[band] },
      detail: { valueAnimation: false, offsetCenter: [0, '40%'], fontSize: 30, fontWeight: 700, formatter: (v: number) => v.toFixed(0) },
      data: [{ value: score, name: label }],
    }],
  };
}

/** The daily score over the trend (0-100). */
export function trendOption(points: readonly { day: string; score: number }[], dayLabel: (iso: string) => string, scoreName: string) {
  return {
    grid: { left: 36, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => dayLabel(p.day)), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{
      name: scoreName, type: 'line', data: points.map((p) => Math.round(p.score * 10) / 10), symbolSize: 4, lineStyle: { width: 2, color: '#0052d9' },
      itemStyle: { color: '#0052d9' },
    }],
  };
}

/** A health component's measured value as its key measures it (accounts/health_inputs.py): ratios as
 * percentages, the usage trend and sentiment signed, days and cases whole; never "-0". */
export function componentValue(key: string, value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const format = (v: number, options: Intl.NumberFormatOptions, digits = 0) => {
    const rounded = Math.round(v * 10 ** digits) / 10 ** digits + 0; // + 0 turns -0 into 0
    return formatNumber(rounded, locale, { maximumFractionDigits: digits, ...options });
  };
  switch (key) {
    case 'usage':
    case 'responsiveness':
      return format(value * 100, {}) + '%';
    case 'usage_trend':
      return format(value * 100, { signDisplay: 'exceptZero' }) + '%';
    case 'csat':
      return format(value, {}) + '%';
    case 'nps':
      return format(value, { signDisplay: 'exceptZero' });
    case 'sentiment':
      return format(value, { signDisplay: 'exceptZero', minimumFractionDigits: 2 }, 2);
    case 'activity':
      return format(value, { style: 'unit', unit: 'day', unitDisplay: 'short' });
    case 'complaints':
      return format(value, {});
    default:
      return format(value, {}, 2);
  }
}
