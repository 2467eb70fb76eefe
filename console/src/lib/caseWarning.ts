// A case that an account's early warning opened has no response: it names the account and the rule's
// reason (a code) with the figures the rule compared, told as a sentence in the page's language. What the
// inbox and the case page show instead of the respondent, the score and the comment.
import type { CaseRowFragment } from '../graphql/generated';
import { formatDate } from './dates';
import { hostValue, number as formatNumber } from './format';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The warning rules' codes that have words (casesPage.reasons); another rule's code is shown as it is. */
export const REASONS = ['band_drop', 'score_fall', 'no_login', 'usage_drop', 'renewal_risk', 'complaints', 'churn_intent'] as const;

type Subject = Pick<CaseRowFragment, 'response' | 'account' | 'reason'>;

export function isWarning(c: Subject): boolean {
  return !c.response && c.reason !== null;
}

export function reasonText(reason: string | null | undefined, t: Translate): string {
  if (!reason) return '—';
  return (REASONS as readonly string[]).includes(reason) ? t(`casesPage.reasons.${reason}`) : reason;
}

/** Whom the case is about: the respondent (or "anonymous"), or the warned account (its name; a removed
 * account by the words for it). */
export function subjectOf(c: Subject, t: Translate): string {
  if (c.response) return c.response.respondent?.externalId || t('casesPage.table.anonymous');
  return c.account?.name ?? t('casesPage.warning.noAccount');
}

// The figures each known rule writes (accounts/warnings.py), all needed for its sentence
// (casesPage.warning.triggers, whose placeholders are these keys).
const NEEDS: Record<string, readonly string[]> = {
  band_drop: ['from', 'to', 'score'],
  score_fall: ['score', 'score_before', 'fall', 'days', 'points', 'band'],
  no_login: ['last_login', 'days_without', 'days'],
  usage_drop: ['change', 'share'],
  renewal_risk: ['renewal_at', 'days_left', 'band', 'score'],
  complaints: ['complaints', 'days', 'count'],
  churn_intent: ['signal'],
};
const BANDS = ['HEALTHY', 'WATCH', 'AT_RISK', 'CRITICAL'];
const SIGNALS = ['stated', 'conditional'];

export interface Trigger {
  text: string | null; // what made the warning fire, in a sentence; null for a rule (or figures) it cannot tell
  rows: { key: string; label: string; value: string; known: boolean }[]; // the figures instead, named where known
  responseId: string | null; // the answer that made it fire (churn intent), to link to
}

/** What made an account warning fire, readable: a sentence in the page's language for the known rules,
 * else its figures (known ones named and formatted, others as the rule wrote them); and its answer, if any. */
export function trigger(reason: string | null | undefined, detail: unknown, t: Translate, locale: string, timeZone: string): Trigger {
  const record = detail && typeof detail === 'object' && !Array.isArray(detail) ? (detail as Record<string, unknown>) : {};
  const responseId = typeof record.response_id === 'string' && record.response_id ? record.response_id : null;
  const number = (v: number, options: Intl.NumberFormatOptions = {}) => formatNumber(Math.round(v * 1000) / 1000 + 0, locale,
    { maximumFractionDigits: 1, ...options });
  const values: Record<string, string> = {};
  for (const [key, v] of Object.entries(record)) {
    const value = shown(key, v, t, locale, timeZone, number);
    if (value !== null) values[key] = value;
  }
  const needs = reason ? NEEDS[reason] : undefined;
  if (reason && needs && needs.every((k) => k in values)) {
    const signal = reason === 'churn_intent' ? record.signal : null;
    if (reason !== 'churn_intent' || SIGNALS.includes(signal as string)) {
      const key = reason === 'churn_intent' ? `churn_intent_${signal}` : reason;
      const fall = typeof record.change === 'number' ? number(Math.abs(record.change) * 100) + '%' : '';
      return { text: t(`casesPage.warning.triggers.${key}`, { ...values, fall_share: fall }), rows: [], responseId };
    }
  }
  const rows = Object.keys(record).filter((k) => k !== 'response_id' || !responseId).map((key) => {
    const known = key in values && Object.hasOwn(FIELDS, key);
    return { key, label: known ? t(`casesPage.warning.fields.${key}`) : key, value: known ? values[key] : hostValue(key, record[key], locale), known };
  });
  return { text: null, rows, responseId };
}

// The figures' keys this console names (casesPage.warning.fields) and how their values read.
const FIELDS: Record<string, 'band' | 'number' | 'percent' | 'day' | 'instant' | 'signal'> = {
  from: 'band', to: 'band', band: 'band', score: 'number', score_before: 'number', fall: 'number', points: 'number',
  days: 'number', days_without: 'number', days_left: 'number', complaints: 'number', count: 'number',
  change: 'percent', share: 'percent', last_login: 'day', renewal_at: 'instant', signal: 'signal',
};

/** A known figure's value in the page's language; null when it is not of the kind its key says. */
function shown(key: string, v: unknown, t: Translate, locale: string, timeZone: string,
  number: (v: number, options?: Intl.NumberFormatOptions) => string): string | null {
  const kind = Object.hasOwn(FIELDS, key) ? FIELDS[key] : null;
  if (kind === 'number' && typeof v === 'number' && Number.isFinite(v)) return number(v);
  if (kind === 'percent' && typeof v === 'number' && Number.isFinite(v)) return number(v * 100, { signDisplay: key === 'change' ? 'exceptZero' : 'auto' }) + '%';
  if (kind === 'band' && typeof v === 'string' && BANDS.includes(v)) return t(`accounts.bands.${v}`);
  if (kind === 'signal' && typeof v === 'string' && SIGNALS.includes(v)) return t(`casesPage.warning.signals.${v}`);
  if ((kind === 'day' || kind === 'instant') && typeof v === 'string') {
    // A day is the organisation's calendar day already (formatDate shows it as it is); an instant, in its zone.
    if (kind === 'day' ? !/^\d{4}-\d{2}-\d{2}$/.test(v) : Number.isNaN(new Date(v).getTime())) return null;
    return formatDate(v, timeZone, locale);
  }
  return null;
}
