// GraphQL over fetch: POST {query, variables}, JSON, no cookies.
import type { PublicSurvey, Respondent, SubmitInput } from './types';

const SURVEY_Q =
  'query($t:String!,$r:RespondentInput,$l:String){surveyForRespondent(token:$t,respondent:$r,locale:$l){token kind locale questions shouldDisplay}}';
const DISPLAY_M =
  'mutation($t:String!,$r:RespondentInput){recordDisplay(token:$t,respondent:$r){ok errors{code field message}}}';
const SUBMIT_M =
  'mutation($i:SubmitResponseInput!){submitResponse(input:$i){errors{code field message}}}';

/** Codes the server uses for a request that will never succeed: drop it from the queue. */
export const PERMANENT = ['SURVEY_NOT_ACTIVE', 'ORIGIN_NOT_ALLOWED', 'IDEMPOTENCY_MISMATCH', 'VALIDATION'];

export type SendResult = { ok: true } | { ok: false; retry: boolean; after?: number; code?: string };

interface GqlError {
  message?: string;
  extensions?: { code?: string };
}

async function post(url: string, query: string, variables: object): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    credentials: 'omit',
  });
}

/**
 * The survey for this respondent; null when it is not active, unknown or unreachable. With a
 * locale, the survey's default texts come in that language (the texts its authors wrote do not).
 */
export async function fetchSurvey(url: string, token: string, respondent: Respondent, locale?: string): Promise<PublicSurvey | null> {
  try {
    const res = await post(url, SURVEY_Q, { t: token, r: respondent, l: locale });
    if (!res.ok) return null;
    const body = await res.json();
    const s = body && body.data && body.data.surveyForRespondent;
    if (!s) return null;
    let def = s.questions;
    if (typeof def === 'string') def = JSON.parse(def);
    return { ...s, questions: def || {} };
  } catch {
    return null;
  }
}

/** Counts a display. Best effort: a lost display only skews the response rate a little. */
export async function recordDisplay(url: string, token: string, respondent: Respondent): Promise<void> {
  try {
    await post(url, DISPLAY_M, { t: token, r: respondent });
  } catch {
    /* ignored */
  }
}

function retryAfter(res: Response): number | undefined {
  const v = res.headers.get('retry-after');
  const n = v ? Number(v) : NaN;
  return n >= 0 ? n * 1000 : undefined;
}

/** One submitResponse attempt, classified for the queue: done, retry later, or drop. */
export async function submit(url: string, input: SubmitInput): Promise<SendResult> {
  let res: Response;
  try {
    res = await post(url, SUBMIT_M, { i: input });
  } catch {
    return { ok: false, retry: true }; // offline, DNS, CORS preflight failure, ...
  }
  if (res.status === 429) return { ok: false, retry: true, after: retryAfter(res), code: 'RATE_LIMITED' };
  if (res.status >= 500 || res.status === 408) return { ok: false, retry: true };
  let body: { data?: { submitResponse?: { errors?: { code: string }[] } }; errors?: GqlError[] };
  try {
    body = await res.json();
  } catch {
    return { ok: false, retry: res.ok };
  }
  const payload = body.data && body.data.submitResponse;
  const codes = ((payload && payload.errors) || [])
    .map((e) => e.code)
    .concat((body.errors || []).map((e) => (e.extensions && e.extensions.code) || ''));
  if (codes.indexOf('RATE_LIMITED') >= 0) return { ok: false, retry: true, after: retryAfter(res), code: 'RATE_LIMITED' };
  const permanent = codes.filter((c) => PERMANENT.indexOf(c) >= 0)[0];
  if (permanent) return { ok: false, retry: false, code: permanent };
  if (payload && !(payload.errors && payload.errors.length)) return { ok: true };
  if (payload) return { ok: false, retry: false, code: payload.errors![0].code }; // other typed user error
  // No payload: a top-level GraphQL error. A 4xx means the request itself is wrong; a 200 with
  // a masked server error is worth retrying.
  return { ok: false, retry: res.ok };
}
