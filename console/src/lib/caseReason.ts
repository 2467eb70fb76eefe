// Why the case rule opened a response's case, in words (Case.reason score or sentiment, with reasonDetail as
// actions/cases.py stores it): "评分 3 ≤ 6（贬损者）", "评论情感 −0.99，低于 −0.50 的阈值", and, when a sentiment
// rescoring (not the answer's arrival) opened it, "情感重新评分后开启（回答提交于 …）". Anything else (an account
// warning's reason: lib/caseWarning.ts; a case opened by hand or before reasons were recorded; figures that
// are not what the rule writes) gives null: the page then shows nothing new.
import { formatDateTime } from './dates';
import { signed } from './format';

type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface RuleReason {
  text: string; // the sentence for the case's page
  short: string; // the same, briefly, for the audit trail's "opened the case" line
  rescored: string | null; // when a rescoring opened it: that, with the answer's time
}

const SCORE_THRESHOLDS: Record<string, 'atMost' | 'atLeast'> = { nps_max: 'atMost', csat_max: 'atMost', ces_min: 'atLeast' };

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function npsCategory(score: number): 'DETRACTOR' | 'PASSIVE' | 'PROMOTER' {
  return score <= 6 ? 'DETRACTOR' : score <= 8 ? 'PASSIVE' : 'PROMOTER';
}

function scoreReason(d: Record<string, unknown>, t: Translate): Omit<RuleReason, 'rescored'> | null {
  const field = Object.keys(SCORE_THRESHOLDS).find((k) => finite(d[k]));
  if (!field || !finite(d.score)) return null;
  const values = { score: d.score, threshold: d[field] };
  const side = SCORE_THRESHOLDS[field];
  const text = t(`casesPage.ruleReason.score.${side}`, values);
  return {
    text: d.survey_kind === 'NPS'
      ? t('casesPage.ruleReason.withCategory', { text, category: t(`casesPage.ruleReason.categories.${npsCategory(d.score)}`) })
      : text,
    short: t(`casesPage.ruleReason.short.${side}`, values),
  };
}

function sentimentReason(d: Record<string, unknown>, t: Translate): Omit<RuleReason, 'rescored'> | null {
  if (!finite(d.sentiment) || !finite(d.sentiment_max)) return null;
  const values = { value: signed(d.sentiment, 2), threshold: signed(d.sentiment_max, 2) };
  return {
    text: t(d.sentiment < d.sentiment_max ? 'casesPage.ruleReason.sentimentBelow' : 'casesPage.ruleReason.sentimentAt', values),
    short: t('casesPage.ruleReason.short.sentiment', values),
  };
}

/** The rule's reason in the page's language, or null when the case has none of the rule's. */
export function ruleReason(reason: string | null | undefined, detail: unknown, t: Translate, locale: string,
  timeZone: string): RuleReason | null {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return null;
  const d = detail as Record<string, unknown>;
  const said = reason === 'score' ? scoreReason(d, t) : reason === 'sentiment' ? sentimentReason(d, t) : null;
  if (!said) return null;
  if (d.rescored !== true) return { ...said, rescored: null };
  const submitted = typeof d.submitted_at === 'string' && !Number.isNaN(Date.parse(d.submitted_at))
    ? formatDateTime(d.submitted_at, timeZone, locale) : null;
  return {
    ...said,
    short: t('casesPage.ruleReason.short.rescored', { text: said.short }),
    rescored: submitted ? t('casesPage.ruleReason.rescored', { submitted }) : t('casesPage.ruleReason.rescoredNoTime'),
  };
}
