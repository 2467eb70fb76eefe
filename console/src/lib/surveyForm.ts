// The survey builder's form and the API's survey definition, both ways: a definition (Survey.questions,
// defaultSurveyDefinition) becomes an editable form; the form becomes createSurvey/updateSurvey input and
// the definition the preview widget shows. The API validates; its errors name fields by path
// ("questions[2].options[0].label") and are mapped back to the form's own field keys here.
import type { CreateSurveyInput, SurveyKind, UpdateSurveyInput } from '../graphql/generated';
import { hiddenFieldsForm, hiddenFieldsJson, ruleForm, ruleJson, sourcesFor, type HiddenFieldForm, type RuleForm } from './surveyLogic';

export const KINDS: SurveyKind[] = ['NPS', 'CSAT', 'CES', 'FORM'];
export const SURVEY_LOCALES = ['zh-CN', 'en'] as const;
export type SurveyLocale = (typeof SURVEY_LOCALES)[number];
export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'rating', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** The score range of each kind's main question (surveys/definitions.py SCORE_RANGE); FORM has none. */
export const SCORE_RANGE: Partial<Record<SurveyKind, [number, number]>> = { NPS: [0, 10], CSAT: [1, 5], CES: [1, 7] };

type Json = Record<string, unknown>;

export interface OptionForm {
  id: string;
  label: string;
}

export interface QuestionForm {
  id: string;
  type: QuestionType;
  text: string;
  required: boolean;
  options: OptionForm[];
  min: number | null;
  max: number | null;
  /** Its logic: conditions that show it, skip it or end the survey there (lib/surveyLogic.ts). */
  logic: RuleForm[];
  /** Keys the builder does not edit (scale labels written through the API, ...): kept as they were. */
  rest: Json;
}

export interface FollowUpForm {
  band: string | null;
  minScore: number | null;
  maxScore: number | null;
  text: string;
}

export interface SurveyForm {
  name: string;
  kind: SurveyKind;
  locale: SurveyLocale;
  /** The main question's text (createSurvey/updateSurvey `question`). */
  question: string;
  /** The rest of the main question (type, scale, end labels), shown but not edited. */
  main: Json;
  followUps: FollowUpForm[];
  questions: QuestionForm[];
  thankYou: string;
  /** Filled in by the link's query or VocWidget.init({ hidden }); stored with the answer. */
  hiddenFields: HiddenFieldForm[];
  /** One origin a line. */
  allowedOrigins: string;
  /** The sample rate as a percentage, 0..100 (the API's sampleRate is a fraction). */
  samplePercent: number | null;
  recontactDays: number | null;
  displayLimit: number | null;
  /** The customer-journey moment (TOUCHPOINTS or the organisation's own word); '' for none. */
  touchpoint: string;
}

/** The journey moments the builder suggests (any other word may be typed). */
export const TOUCHPOINTS = ['onboarding', 'usage', 'support', 'renewal'] as const;

/** What the builder needs of a saved survey. */
export interface SurveyLike {
  name: string;
  kind: SurveyKind;
  locale: string;
  questions: unknown;
  allowedOrigins: string[];
  sampleRate: number;
  recontactDays: number;
  displayLimit: number | null;
  touchpoint?: string | null;
}

export interface Definition {
  main: Json;
  followUps: Json[];
  questions: Json[];
  thankYou: string;
  hiddenFields?: Json[];
}

export interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function surveyLocale(value: string): SurveyLocale {
  return value === 'en' ? 'en' : 'zh-CN';
}

function questionForm(raw: unknown): QuestionForm {
  const q = isObject(raw) ? raw : {};
  const { id, type, text, required, options, min, max, logic, ...rest } = q;
  const known = (QUESTION_TYPES as readonly string[]).includes(str(type));
  return {
    id: str(id),
    type: known ? (type as QuestionType) : 'text',
    text: str(text),
    required: required === true,
    options: list(options).map((o) => (isObject(o) ? { id: str(o.id), label: str(o.label) } : { id: '', label: '' })),
    min: int(min),
    max: int(max),
    logic: list(logic).map(ruleForm),
    rest,
  };
}

/** The form of a definition (Survey.questions or defaultSurveyDefinition), with the survey's settings. */
export function formOf(survey: SurveyLike): SurveyForm {
  const def = isObject(survey.questions) ? survey.questions : {};
  const main = isObject(def.main) ? def.main : {};
  const { text, ...mainRest } = main;
  return {
    name: survey.name,
    kind: survey.kind,
    locale: surveyLocale(survey.locale),
    question: str(text),
    main: mainRest,
    followUps: list(def.followUps).map((f) => {
      const o = isObject(f) ? f : {};
      return { band: typeof o.band === 'string' ? o.band : null, minScore: int(o.minScore), maxScore: int(o.maxScore), text: str(o.text) };
    }),
    questions: list(def.questions).map(questionForm),
    thankYou: str(def.thankYou),
    hiddenFields: hiddenFieldsForm(def.hiddenFields),
    allowedOrigins: survey.allowedOrigins.join('\n'),
    samplePercent: Math.round(survey.sampleRate * 10000) / 100,
    recontactDays: survey.recontactDays,
    displayLimit: survey.displayLimit,
    touchpoint: survey.touchpoint ?? '',
  };
}

/** A new survey's form: the kind's default definition in its language, the API's default settings. */
export function newForm(kind: SurveyKind, locale: SurveyLocale, defaults: unknown): SurveyForm {
  return formOf({ name: '', kind, locale, questions: defaults, allowedOrigins: [], sampleRate: 1, recontactDays: 30, displayLimit: 3 });
}

/**
 * Another kind or language for a new survey: the main question and its follow-ups follow the kind
 * (their scales differ); texts still as the old defaults had them take the new defaults' texts, and
 * texts the author wrote stay.
 */
export function withDefaults(form: SurveyForm, kind: SurveyKind, locale: SurveyLocale, oldDefaults: unknown, newDefaults: unknown): SurveyForm {
  const before = newForm(form.kind, form.locale, oldDefaults);
  const after = newForm(kind, locale, newDefaults);
  const kindChanged = kind !== form.kind;
  const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ...form,
    kind,
    locale,
    question: kindChanged || form.question === before.question ? after.question : form.question,
    main: after.main,
    followUps: kindChanged || same(form.followUps, before.followUps) ? after.followUps : form.followUps,
    thankYou: form.thankYou === before.thankYou ? after.thankYou : form.thankYou,
  };
}

function questionJson(form: SurveyForm, q: QuestionForm, i: number): Json {
  const out: Json = { ...q.rest, id: q.id.trim(), type: q.type, text: q.text, required: q.required };
  if (q.logic.length) {
    const sources = sourcesFor(form.questions, i, form.hiddenFields, SCORE_RANGE[form.kind] ?? null);
    out.logic = q.logic.map((r) => ruleJson(r, sources));
  }
  if (q.type === 'single_choice' || q.type === 'multiple_choice') {
    out.options = q.options.map((o) => ({ id: o.id.trim(), label: o.label }));
  }
  if (q.type === 'rating') {
    if (q.min !== null) out.min = q.min;
    if (q.max !== null) out.max = q.max;
  } else {
    delete out.minLabel;
    delete out.maxLabel;
  }
  return out;
}

function followUpJson(f: FollowUpForm): Json {
  const out: Json = { minScore: f.minScore, maxScore: f.maxScore, text: f.text };
  if (f.band) out.band = f.band;
  return out;
}

/** The definition as the widget shows it (the preview's), from the form as it is now. */
export function definitionOf(form: SurveyForm): Definition {
  const def: Definition = {
    main: { ...form.main, text: form.question },
    followUps: form.kind === 'FORM' ? [] : form.followUps.map(followUpJson),
    questions: form.questions.map((q, i) => questionJson(form, q, i)),
    thankYou: form.thankYou,
  };
  if (form.hiddenFields.length) def.hiddenFields = hiddenFieldsJson(form.hiddenFields);
  return def;
}

function origins(text: string): string[] {
  return text.split(/[\s,]+/).map((o) => o.trim()).filter(Boolean);
}

const orNull = (v: number | null | ''): number | null => (v === '' || v === null || Number.isNaN(v) ? null : v);

export function updateInput(form: SurveyForm): UpdateSurveyInput {
  const def = definitionOf(form);
  const percent = orNull(form.samplePercent);
  return {
    name: form.name,
    question: form.question,
    // Always with hiddenFields, so that removing the last one removes it.
    questions: { questions: def.questions, followUps: def.followUps, thankYou: def.thankYou, hiddenFields: def.hiddenFields ?? [] },
    allowedOrigins: origins(form.allowedOrigins),
    sampleRate: percent === null ? null : Math.round(percent * 100) / 10000,
    recontactDays: orNull(form.recontactDays),
    displayLimit: orNull(form.displayLimit),
    touchpoint: form.touchpoint.trim(),
  };
}

export function createInput(form: SurveyForm): CreateSurveyInput {
  return { ...updateInput(form), name: form.name, kind: form.kind, locale: form.locale };
}

/**
 * The form's field key of an API error's field path: "questions[2].options[0].label" →
 * "questions.2.options.0.label", "questions.followUps[1].text" → "followUps.1.text",
 * "questions.thankYou" → "thankYou", "sampleRate" → "samplePercent". null: not a form field.
 */
export function fieldKey(path: string | null | undefined): string | null {
  if (!path) return null;
  let key = path.replace(/\[(\d+)\]/g, '.$1');
  if (key === 'questions.thankYou') return 'thankYou';
  if (key.startsWith('questions.followUps')) key = key.slice('questions.'.length);
  if (key === 'sampleRate') return 'samplePercent';
  const top = key.split('.')[0];
  return ['name', 'kind', 'locale', 'question', 'followUps', 'questions', 'hiddenFields', 'thankYou', 'allowedOrigins', 'recontactDays', 'displayLimit', 'touchpoint'].includes(top)
    ? key : null;
}

/** An API error at a field: the field's key and what to say there (the i18n key of its kind of field). */
export interface FieldError {
  key: string;
  message: string; // i18n key under surveysPage.fieldErrors, or '' to show the API's own message
  apiMessage: string;
}

/** Which message a field's error gets: keyed by the field's kind ("questions.3.options.1.label" → "optionLabel"). */
export function fieldErrorKind(key: string): string {
  const parts = key.split('.');
  if (parts[0] === 'followUps') return parts.length === 1 ? 'followUps' : parts[2] === 'text' ? 'followUpText' : 'followUpBand';
  if (parts[0] === 'hiddenFields') return 'hiddenField';
  if (parts[0] === 'questions') {
    if (parts.length === 1) return 'questions';
    if (parts[2] === 'logic') return 'logicRule';
    if (parts.length === 2) return 'questionRange';
    if (parts[2] === 'options') return parts.length === 4 ? 'option' : parts[4] === 'id' ? 'optionId' : parts.length > 4 ? 'optionLabel' : 'options';
    return { id: 'questionId', type: 'questionType', text: 'questionText' }[parts[2]] ?? 'questions';
  }
  return parts[0];
}

/** The logic's own refusals (surveys/errors.py), each with its message. */
const LOGIC_ERRORS: Record<string, string> = { LOGIC_REFERENCE: 'logicReference', LOGIC_TYPE: 'logicType', LOGIC_ORDER: 'logicOrder' };

/** The API's typed errors by form field; those of no field (a refused transition ...) go to `other`. */
export function errorsByField(errors: UserErrorLike[]): { fields: Record<string, FieldError>; other: UserErrorLike[] } {
  const fields: Record<string, FieldError> = {};
  const other: UserErrorLike[] = [];
  for (const e of errors) {
    const key = e.code === 'VALIDATION' || e.code in LOGIC_ERRORS ? fieldKey(e.field) : null;
    if (key === null) other.push(e);
    else fields[key] = { key, message: LOGIC_ERRORS[e.code] ?? fieldErrorKind(key), apiMessage: e.message };
  }
  return { fields, other };
}

/** The next free id like `${prefix}${n}` among those taken. */
export function nextId(prefix: string, taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newQuestion(type: QuestionType, taken: string[]): QuestionForm {
  const choice = type === 'single_choice' || type === 'multiple_choice';
  return {
    id: nextId('q', taken), type, text: '', required: false,
    options: choice ? [{ id: 'o1', label: '' }, { id: 'o2', label: '' }] : [],
    min: type === 'rating' ? 1 : null, max: type === 'rating' ? 5 : null, logic: [], rest: {},
  };
}

/** Survey statuses a survey may move to (surveys/service.py TRANSITIONS), in the order buttons show them. */
export const TRANSITIONS: Record<string, ('publish' | 'pause' | 'archive')[]> = {
  DRAFT: ['publish', 'archive'],
  ACTIVE: ['pause', 'archive'],
  PAUSED: ['publish', 'archive'],
  ARCHIVED: [],
};

/** The embed snippet the README documents for the widget. */
export function embedSnippet(origin: string, token: string): string {
  return `<script src="${origin}/widget.js" data-voc-survey="${token}" async></script>`;
}

/** The hosted survey page's link (for e-mail, SMS and WeChat). */
export function hostedLink(origin: string, token: string): string {
  return `${origin}/s/${token}`;
}
