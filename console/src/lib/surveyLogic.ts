// The builder's logic editor as plain data: a question's rules as the form edits them and as the
// definition stores them (README "Survey logic"; surveys/logic.py validates them and the widget's
// src/logic.ts follows them, in the preview too), what a rule of question i may read (the score, the
// comment, hidden fields, earlier questions) and where it may skip to (later questions only).
import type { OptionForm, QuestionType } from './surveyForm';

export const OPS = ['EQUALS', 'ONE_OF', 'GT', 'LT', 'ANSWERED', 'NOT_ANSWERED'] as const;
export type Op = (typeof OPS)[number];
export const ACTIONS = ['SHOW', 'SKIP_TO', 'END'] as const;
export type Action = (typeof ACTIONS)[number];
export type SourceType = QuestionType | 'hidden';

/** Operators that fit what a condition reads (surveys/logic.py OPS_BY_TYPE). */
export const OPS_BY_TYPE: Record<SourceType, readonly Op[]> = {
  rating: OPS,
  single_choice: ['EQUALS', 'ONE_OF', 'ANSWERED', 'NOT_ANSWERED'],
  multiple_choice: ['EQUALS', 'ONE_OF', 'ANSWERED', 'NOT_ANSWERED'],
  hidden: ['EQUALS', 'ONE_OF', 'ANSWERED', 'NOT_ANSWERED'],
  text: ['ANSWERED', 'NOT_ANSWERED'],
};

export interface RuleForm {
  then: Action;
  target: string;
  questionId: string;
  op: Op;
  /** EQUALS, GT, LT: one value (a number for a score or rating, an option id, a hidden field's text). */
  value: string;
  /** ONE_OF: the values. */
  values: string[];
}

export interface HiddenFieldForm {
  key: string;
  label: string;
}

/** What a condition may read. kind: where it comes from, for its label. */
export interface Source {
  id: string;
  kind: 'score' | 'comment' | 'hidden' | 'question';
  /** A question's number in the survey (1 for the first further question); 0 for the others. */
  n: number;
  type: SourceType;
  label: string;
  options: OptionForm[];
  min: number | null;
  max: number | null;
}

interface QuestionLike {
  id: string;
  type: QuestionType;
  text: string;
  options: OptionForm[];
  min: number | null;
  max: number | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * What the rules of question `index` may read, in the order the respondent meets them: the score (a
 * scored kind's `scoreRange`), the comment, the hidden fields, then the questions before it.
 */
export function sourcesFor(questions: QuestionLike[], index: number, hidden: HiddenFieldForm[], scoreRange: [number, number] | null): Source[] {
  const none = { n: 0, options: [], min: null, max: null };
  const out: Source[] = [];
  if (scoreRange) out.push({ id: 'score', kind: 'score', n: 0, type: 'rating', label: 'score', options: [], min: scoreRange[0], max: scoreRange[1] });
  out.push({ id: 'comment', kind: 'comment', type: 'text', label: 'comment', ...none });
  for (const f of hidden) if (f.key.trim()) out.push({ id: f.key.trim(), kind: 'hidden', type: 'hidden', label: f.label || f.key, ...none });
  for (const [k, q] of questions.slice(0, index).entries()) {
    out.push({ id: q.id.trim(), kind: 'question', n: k + 1, type: q.type, label: q.text || q.id, options: q.options, min: q.min, max: q.max });
  }
  return out;
}

/** The questions a rule of question `index` may skip to: the later ones. */
export function targetsFor(questions: QuestionLike[], index: number): QuestionLike[] {
  return questions.slice(index + 1);
}

export function newRule(sources: Source[]): RuleForm {
  const first = sources[0];
  return { then: 'SHOW', target: '', questionId: first ? first.id : '', op: first ? OPS_BY_TYPE[first.type][0] : 'ANSWERED', value: '', values: [] };
}

/** A stored rule (Question.logic[j]) as the form edits it. */
export function ruleForm(raw: unknown): RuleForm {
  const r = isObject(raw) ? raw : {};
  const c = isObject(r.if) ? r.if : {};
  const then = (ACTIONS as readonly string[]).includes(text(r.then)) ? (r.then as Action) : 'SHOW';
  const op = (OPS as readonly string[]).includes(text(c.op)) ? (c.op as Op) : 'ANSWERED';
  const many = Array.isArray(c.value);
  return {
    then, target: text(r.target), questionId: text(c.questionId), op,
    value: many ? '' : text(c.value), values: many ? (c.value as unknown[]).map(text) : [],
  };
}

/** A rule as the definition stores it; a score or rating's values are numbers. */
export function ruleJson(rule: RuleForm, sources: Source[]): Json {
  const numeric = sources.find((s) => s.id === rule.questionId)?.type === 'rating';
  const value = (v: string): string | number => (numeric && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v);
  const condition: Json = { questionId: rule.questionId, op: rule.op };
  if (rule.op === 'ONE_OF') condition.value = rule.values.map(value);
  else if (rule.op !== 'ANSWERED' && rule.op !== 'NOT_ANSWERED') condition.value = value(rule.value);
  const out: Json = { if: condition, then: rule.then };
  if (rule.then === 'SKIP_TO') out.target = rule.target;
  return out;
}

/** The form's hidden fields from a definition's `hiddenFields`. */
export function hiddenFieldsForm(raw: unknown): HiddenFieldForm[] {
  return (Array.isArray(raw) ? raw : []).map((f) => (isObject(f) ? { key: text(f.key), label: text(f.label) } : { key: '', label: '' }));
}

export function hiddenFieldsJson(fields: HiddenFieldForm[]): Json[] {
  return fields.map((f) => ({ key: f.key.trim(), label: f.label.trim() || f.key.trim() }));
}

/** The values a condition may compare with, for a select (choice options, a scale's numbers); null: typed in. */
export function choicesFor(source: Source | undefined): { value: string; label: string }[] | null {
  if (!source) return null;
  if (source.type === 'single_choice' || source.type === 'multiple_choice') return source.options.map((o) => ({ value: o.id, label: o.label || o.id }));
  if (source.type === 'rating' && source.min !== null && source.max !== null && source.max - source.min <= 10) {
    const out = [];
    for (let n = source.min; n <= source.max; n++) out.push({ value: String(n), label: String(n) });
    return out;
  }
  return null;
}
