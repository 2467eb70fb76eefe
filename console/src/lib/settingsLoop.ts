// The loop's settings pages' logic (teams and routing, automation, SLA, webhooks, vocabulary), kept
// out of the views so it is tested on its own.

export interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

/** The events a webhook may subscribe to (the API's CreateWebhookInput.events). */
export const WEBHOOK_EVENTS = [
  'response.created', 'case.created', 'case.updated', 'case.sla_breached', 'case.account_warning',
  'action.status_changed', 'action.shipped', 'topic.emerging',
] as const;

/** The API's limit on one stop word or product term. */
export const MAX_WORD_CHARS = 32;

/** A textarea's words: one per line (commas and the Chinese enumeration comma also split), trimmed, no repeats. */
export function parseWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/[\n,，、;；]+/)) {
    const word = raw.trim();
    if (word && !words.includes(word)) words.push(word);
  }
  return words;
}

export function wordsText(words: readonly string[]): string {
  return words.join('\n');
}

/** The first word the API would refuse (too long), or null. */
export function tooLongWord(words: readonly string[]): string | null {
  return words.find((w) => [...w].length > MAX_WORD_CHARS) ?? null;
}

/** The API's typed errors by field (the first per field); the ones of no field go to `other`. */
export function splitErrors(errors: readonly UserErrorLike[]): { fields: Record<string, UserErrorLike>; other: UserErrorLike[] } {
  const fields: Record<string, UserErrorLike> = {};
  const other: UserErrorLike[] = [];
  for (const e of errors) {
    if (e.field && !fields[e.field]) fields[e.field] = e;
    else if (!e.field) other.push(e);
  }
  return { fields, other };
}

/** Hours as people say them: 24 → "24 h (1 d)" style parts for the i18n message. */
export function hoursParts(hours: number): { days: number; hours: number } {
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

export interface SlaForm {
  firstContactHours: number | null;
  resolveHours: number | null;
}

/** What the SLA form would send, or the field that is wrong (whole hours 1-8760; resolution not before first contact). */
export function slaInput(form: SlaForm): { input: { firstContactHours: number; resolveHours: number } } | { field: string; problem: string } {
  const first = form.firstContactHours;
  const resolve = form.resolveHours;
  if (first === null || !Number.isInteger(first) || first <= 0 || first > 8760) return { field: 'firstContactHours', problem: 'positive' };
  if (resolve === null || !Number.isInteger(resolve) || resolve <= 0 || resolve > 8760) return { field: 'resolveHours', problem: 'positive' };
  if (resolve < first) return { field: 'resolveHours', problem: 'beforeFirst' };
  return { input: { firstContactHours: first, resolveHours: resolve } };
}

export interface RuleForm {
  enabled: boolean;
  npsMax: number | null;
  csatMax: number | null;
  cesMin: number | null;
  sentimentMax: number | null;
  reopenDays: number | null;
}

export interface RuleLike extends RuleForm {
  id?: string | null;
  surveyId?: string | null;
  builtIn: boolean;
  firstContactHours: number;
  resolveHours: number;
}

const RANGES: Record<Exclude<keyof RuleForm, 'enabled'>, [number, number, boolean, boolean]> = {
  // min, max, whole numbers only, may be empty (that criterion off)
  npsMax: [0, 10, true, true], csatMax: [1, 5, true, true], cesMin: [1, 7, true, true],
  sentimentMax: [-1, 1, false, true], reopenDays: [0, 365, true, false],
};

/** The rule's form fields (threshold fields may be empty: that criterion is off). */
export function ruleForm(rule: RuleLike): RuleForm {
  return { enabled: rule.enabled, npsMax: rule.npsMax, csatMax: rule.csatMax, cesMin: rule.cesMin,
    sentimentMax: rule.sentimentMax, reopenDays: rule.reopenDays };
}

export type RuleInput = Partial<{ [K in keyof RuleForm]: RuleForm[K] }>;

/**
 * The CaseRuleInput of the changed fields (every field when `full`: a survey's first own rule starts
 * from the stored defaults, not from the rule it inherited), or the first out-of-range field.
 */
export function ruleChanges(rule: RuleLike, form: RuleForm, full = false): { input: RuleInput } | { field: string; range: [number, number] } {
  const input: RuleInput = {};
  if (full || form.enabled !== rule.enabled) input.enabled = form.enabled;
  for (const key of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
    const [min, max, whole, nullable] = RANGES[key];
    const value = form[key];
    if (value === null || (typeof value === 'number' && Number.isNaN(value))) {
      if (!nullable) return { field: key, range: [min, max] };
      if (full || rule[key] !== null) input[key] = null;
      continue;
    }
    if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) return { field: key, range: [min, max] };
    if (full || value !== rule[key]) input[key] = value;
  }
  return { input };
}

/** The rule that applies to a survey: its own, else the organisation's (the first of caseRules). */
export function ruleOf<R extends { surveyId?: string | null }>(rules: readonly R[], surveyId: string | null): R | null {
  if (surveyId) {
    const own = rules.find((r) => r.surveyId === surveyId);
    if (own) return own;
  }
  return rules.find((r) => !r.surveyId) ?? null;
}

/** A delivery's outcome as a badge tone. */
export function deliveryTone(status: string, code: number | null | undefined): 'good' | 'bad' | 'pending' {
  if (status === 'SUCCEEDED') return 'good';
  if (status === 'FAILED') return 'bad';
  return code != null && code >= 400 ? 'bad' : 'pending';
}

/** A URL the API may take (http or https, with a host); the API checks the rest (a public address). */
export function looksLikeUrl(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !!parsed.hostname;
  } catch {
    return false;
  }
}

/** Agents who can join a team: agent role and not already a member. */
export function joinable<U extends { id: string; role: string }>(users: readonly U[], memberIds: readonly string[]): U[] {
  return users.filter((u) => u.role === 'AGENT' && !memberIds.includes(u.id));
}
