// A refit of the topic model: asks fitTopics, then follows analysisJob(id) until it ends (the API has
// no subscription for jobs, so it polls). The state lives in the module: leaving the page and coming
// back still shows the refit under way, and `generation` tells the list to reload when one succeeds.
// After a reload (or for a colleague), resumeFit finds the scope's refit under way on the server.
import { reactive } from 'vue';
import { ApiError } from '../../api/errors';
import { request } from '../../api/graphql';
import { ActiveTopicFitDocument, AnalysisJobProgressDocument, FitTopicsDocument } from '../../graphql/generated';

export type FitPhase = 'idle' | 'running' | 'succeeded' | 'failed';

export interface FitState {
  phase: FitPhase;
  jobId: string | null;
  stage: string | null;
  progress: number; // 0..1
  error: string | null; // the job's own words, or a request's error
  failure: unknown; // a request that failed (network, forbidden ...)
  generation: number; // refits that succeeded since the page was loaded
}

/** How often a running refit is asked about (tests shorten it). */
export const fitTiming = { pollMs: 1000 };

export const fitState = reactive<FitState>({
  phase: 'idle', jobId: null, stage: null, progress: 0, error: null, failure: null, generation: 0,
});

let timer: ReturnType<typeof setTimeout> | null = null;

// A function, not an inline comparison: the phase changes behind awaits, which TypeScript's narrowing does not see.
const running = (): boolean => fitState.phase === 'running';

/** The job's progress (status in QUEUED, RUNNING, SUCCEEDED, FAILED) into the state. */
function apply(job: { status: string; progress: number; stage?: string | null; error?: string | null }): void {
  fitState.stage = job.stage ?? null;
  fitState.progress = Math.max(0, Math.min(1, job.progress));
  if (job.status === 'SUCCEEDED') {
    fitState.phase = 'succeeded';
    fitState.progress = 1;
    fitState.generation += 1;
  } else if (job.status === 'FAILED') {
    fitState.phase = 'failed';
    fitState.error = job.error ?? null;
  } else {
    fitState.phase = 'running';
  }
}

async function poll(): Promise<void> {
  timer = null;
  const id = fitState.jobId;
  if (!id || !running()) return;
  try {
    const { analysisJob } = await request(AnalysisJobProgressDocument, { id });
    if (fitState.jobId !== id) return;
    if (!analysisJob) throw new ApiError('NOT_FOUND', 'the refit job is gone');
    apply(analysisJob);
  } catch (e) {
    // A dropped connection is retried at the next tick; anything else ends the watch.
    if (!(e instanceof ApiError && e.code === 'NETWORK')) {
      fitState.phase = 'failed';
      fitState.failure = e;
      return;
    }
  }
  if (running()) timer = setTimeout(() => void poll(), fitTiming.pollMs);
}

/** Starts a refit of the survey's own model (surveyId) or the organisation-wide one (null), from the
 * current topics unless `fresh`. */
export async function startFit(surveyId: string | null, fresh = false): Promise<void> {
  if (running()) return;
  Object.assign(fitState, { phase: 'running', jobId: null, stage: null, progress: 0, error: null, failure: null });
  try {
    const { fitTopics } = await request(FitTopicsDocument, { input: { ...(surveyId ? { surveyId } : {}), ...(fresh ? { fresh } : {}) } });
    if (fitTopics.errors.length || !fitTopics.job) {
      fitState.phase = 'failed';
      fitState.error = fitTopics.errors[0]?.message ?? null;
      return;
    }
    fitState.jobId = fitTopics.job.id;
    apply(fitTopics.job);
  } catch (e) {
    fitState.phase = 'failed';
    fitState.failure = e;
    return;
  }
  if (running()) timer = setTimeout(() => void poll(), fitTiming.pollMs);
}

/** Follows the scope's refit already under way on the server (activeTopicFit), if any and if none is
 * followed yet: the page was reloaded, or someone else started it. */
export async function resumeFit(surveyId: string | null): Promise<void> {
  if (running()) return;
  try {
    const { activeTopicFit } = await request(ActiveTopicFitDocument, { surveyId });
    if (!activeTopicFit || running()) return;
    Object.assign(fitState, { phase: 'running', jobId: activeTopicFit.id, error: null, failure: null });
    apply(activeTopicFit);
  } catch {
    return; // the page works without it; a refit started here is followed as before
  }
  if (running()) timer = setTimeout(() => void poll(), fitTiming.pollMs);
}

/** Hides the outcome of the last refit (the notice's close button). */
export function dismissFit(): void {
  if (!running()) Object.assign(fitState, { phase: 'idle', error: null, failure: null });
}

/** Stops following a refit (sign-out, tests); the job itself goes on on the server. */
export function resetFit(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  Object.assign(fitState, { phase: 'idle', jobId: null, stage: null, progress: 0, error: null, failure: null, generation: 0 });
}

/** The message key of a job's stage (the API names stages in English words); unknown ones shown as they are. */
export const STAGES: Record<string, string> = {
  queued: 'queued',
  'loading comments': 'loading',
  'analysing comments': 'analysing',
  'fitting topics': 'fitting',
  'adapting sentiment': 'sentiment',
  saving: 'saving',
  activating: 'activating',
  'rescoring sentiment': 'rescoring',
  done: 'done',
  failed: 'failed',
};
