// Survey logic, the same steps as surveys/logic.py's `path` (tests/fixtures/surveys/logic_cases.json
// runs in both): which further questions a respondent is shown, given the answers so far, the score
// (`score`), the comment (`comment`) and the hidden fields by key. At each question, the first SKIP_TO
// or END rule that holds (in order) skips it (to `target`) or ends the survey; otherwise, with SHOW
// rules, the question is shown only if one of them holds.
import type { Condition, Definition } from './types';

export type Values = Record<string, unknown>;

const answered = (v: unknown) => v != null && v !== '' && !(Array.isArray(v) && !v.length);
const num = (v: unknown): v is number => typeof v === 'number';

/** Only (NOT_)ANSWERED hold for an unanswered question; on a multiple choice EQUALS means "picked". */
export function holds(c: Condition, values: Values): boolean {
  const v = values[c.questionId];
  const w = c.value;
  if (c.op === 'ANSWERED' || c.op === 'NOT_ANSWERED') return answered(v) === (c.op === 'ANSWERED');
  if (!answered(v)) return false;
  const picked = Array.isArray(v) ? v : [v];
  if (c.op === 'EQUALS') return picked.some((x) => x === w);
  if (c.op === 'ONE_OF') return picked.some((x) => Array.isArray(w) && w.indexOf(x) >= 0);
  return num(v) && num(w) && (c.op === 'GT' ? v > w : v < w);
}

/** The ids of the further questions shown, in order. */
export function path(def: Definition, values: Values): string[] {
  const qs = def.questions || [];
  const shown: string[] = [];
  for (let i = 0; i < qs.length; ) {
    const rules = qs[i].logic || [];
    const jump = rules.filter((r) => r.then !== 'SHOW' && holds(r.if, values))[0];
    if (jump) {
      if (jump.then === 'END') break;
      const to = qs.findIndex((q) => q.id === jump.target);
      i = to > i ? to : i + 1; // only forward, even in a preview of a definition the server would refuse
      continue;
    }
    const shows = rules.filter((r) => r.then === 'SHOW');
    if (!shows.length || shows.some((r) => holds(r.if, values))) shown.push(qs[i].id);
    i++;
  }
  return shown;
}
