// Shapes of the public respondent surface (see shared/contract.graphql) and of the survey
// definition JSON carried by PublicSurvey.questions.

export type Kind = 'NPS' | 'CSAT' | 'CES' | 'FORM';
export type Layout = 'popover' | 'inline' | 'page';
export type Locale = 'zh-CN' | 'en';

export interface MainQuestion {
  id?: string;
  type?: 'nps' | 'csat' | 'ces' | 'text';
  text?: string;
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
}

export interface FollowUp {
  band?: string;
  minScore: number;
  maxScore: number;
  text: string;
}

export interface Option {
  id: string;
  label: string;
}

export interface Condition {
  questionId: string;
  op: 'EQUALS' | 'ONE_OF' | 'GT' | 'LT' | 'ANSWERED' | 'NOT_ANSWERED';
  value?: unknown;
}

/** A question's logic rule (README: survey logic; surveys/logic.py validates it). */
export interface Rule {
  if: Condition;
  then: 'SHOW' | 'SKIP_TO' | 'END';
  target?: string;
}

export interface Question {
  id: string;
  type: 'single_choice' | 'multiple_choice' | 'text' | 'rating';
  text: string;
  required?: boolean;
  options?: Option[];
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  logic?: Rule[];
}

export interface HiddenField {
  key: string;
  label?: string;
}

export interface Definition {
  main?: MainQuestion;
  followUps?: FollowUp[];
  questions?: Question[];
  thankYou?: string;
  hiddenFields?: HiddenField[];
}

export interface PublicSurvey {
  token: string;
  kind: Kind;
  locale: string;
  questions: Definition;
  shouldDisplay: boolean;
}

export interface Respondent {
  externalId?: string;
  attributes?: Record<string, unknown>;
  token?: string;
}

export type AnswerValue = string | string[] | number;

export interface SubmitInput {
  token: string;
  idempotencyKey: string;
  score?: number;
  comment?: string;
  answers?: Record<string, AnswerValue>;
  completed: boolean;
  respondent?: Respondent;
  locale?: string;
  pageUrl?: string;
  channel?: string;
  /** The hidden form field's value; sent only when a bot filled it in. */
  honeypot?: string;
  /** The survey's hidden fields (declared in its definition) with their values. */
  hiddenFields?: Record<string, string>;
}

export interface TriggerSpec {
  type: 'load' | 'delay' | 'scroll' | 'exit' | 'event' | 'route' | 'manual';
  value?: string | number;
}

export interface InitOptions {
  survey: string;
  apiUrl?: string;
  user?: { id?: string; attributes?: Record<string, unknown>; token?: string };
  locale?: string;
  trigger?: string | TriggerSpec;
  layout?: Layout;
  target?: Element | string | null;
  nonce?: string;
  channel?: string;
  /** Values of the survey's hidden fields (an order number ...); keys it does not declare are ignored. */
  hidden?: Record<string, unknown>;
  /** Preview: show this definition as is; nothing is fetched, recorded or sent (the console's builder). */
  preview?: Pick<PublicSurvey, 'kind' | 'locale' | 'questions'>;
}
