// A case that an account's early warning opened has no response: it names the account and the rule's
// reason (a code) with the figures the rule compared. What the inbox and the case page show instead of
// the respondent, the score and the comment.
import type { CaseRowFragment } from '../graphql/generated';

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

/** The figures a warning compared, as [name, value] rows (names as the rule wrote them; numbers as numbers). */
export function figures(detail: unknown, locale: string): [string, string][] {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return [];
  return Object.entries(detail as Record<string, unknown>).map(([k, v]) => [
    k, typeof v === 'number' ? v.toLocaleString(locale, { maximumFractionDigits: 2 })
      : typeof v === 'string' ? v : JSON.stringify(v)]);
}
