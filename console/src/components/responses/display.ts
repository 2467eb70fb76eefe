// How the responses page shows an answer's parts. Everything here returns plain text: the templates
// render it with {{ }} (never v-html), so markup in a comment or an answer stays text.
import type { Sentiment } from '../../graphql/generated';
import type { AttributeRow } from '../../lib/accounts';
import { hostValue } from '../../lib/format';

// The bands the API's sentiment filter and a topic's sentiment mix use (analysis/insights.py).
export const POSITIVE = 0.2;
export const NEGATIVE = -0.2;

export function sentimentBand(value: number | null | undefined): Sentiment | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return value > POSITIVE ? 'POSITIVE' : value < NEGATIVE ? 'NEGATIVE' : 'NEUTRAL';
}

/** The first `max` characters (whole code points, so no half of a surrogate pair), whitespace folded. */
export function excerpt(text: string | null | undefined, max = 80): string {
  if (!text) return '';
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}

interface Question {
  id?: unknown;
  text?: unknown;
  type?: unknown;
  options?: unknown;
}

export interface AnswerRow {
  id: string;
  question: string; // the question's text, or its id when the survey no longer has it
  value: string;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The survey's own further questions with their answers, in the survey's order; answers to questions it
 * no longer has come last under their ids. Choice answers show their options' labels. */
export function answerRows(definition: unknown, answers: unknown, separator = ', '): AnswerRow[] {
  const given = asRecord(answers);
  if (!given) return [];
  const questions = (asRecord(definition)?.questions ?? []) as Question[];
  const rows: AnswerRow[] = [];
  const seen = new Set<string>();
  const list = Array.isArray(questions) ? questions : [];
  for (const q of list) {
    if (typeof q?.id !== 'string' || !(q.id in given)) continue;
    seen.add(q.id);
    rows.push({ id: q.id, question: typeof q.text === 'string' ? q.text : q.id, value: answerText(given[q.id], q, separator) });
  }
  for (const [id, value] of Object.entries(given)) {
    if (!seen.has(id)) rows.push({ id, question: id, value: answerText(value, null, separator) });
  }
  return rows;
}

function answerText(value: unknown, question: Question | null, separator: string): string {
  const options = Array.isArray(question?.options) ? (question!.options as { id?: unknown; label?: unknown }[]) : [];
  const label = (v: unknown) => {
    const option = options.find((o) => o?.id === v);
    return typeof option?.label === 'string' ? option.label : String(v);
  };
  if (Array.isArray(value)) return value.map(label).join(separator);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return options.length ? label(value) : String(value);
}

/** The survey's main question (what the score answers). */
export function mainQuestion(definition: unknown): string | null {
  const main = asRecord(asRecord(definition)?.main);
  return typeof main?.text === 'string' ? main.text : null;
}

/** A respondent's attributes sorted by key, keys and values as the host wrote them (hostValue): every key
 * is the host's, none is named by the console. */
export function respondentAttributes(attributes: unknown, locale: string): AttributeRow[] {
  const record = asRecord(attributes);
  if (!record) return [];
  return Object.keys(record).sort().map((key) => ({ key, label: key, value: hostValue(key, record[key], locale), known: false }));
}
