// Who is signed in (GET /auth/session) and what the console needs from the start (viewer, surveys).
import { reactive } from 'vue';
import { fetchSession, signOut as postSignOut, type Role, type Session } from '../api/auth';
import { isApiError } from '../api/errors';
import { request } from '../api/graphql';
import { closeLive } from '../api/live';
import { ConsoleStartDocument, type ConsoleStartQuery } from '../graphql/generated';

export type SurveySummary = ConsoleStartQuery['surveys']['edges'][number]['node'];

interface SessionState {
  session: Session | null;
  checked: boolean; // /auth/session has answered once
  timezone: string;
  surveys: SurveySummary[];
  started: boolean; // ConsoleStart has answered
}

export const sessionState = reactive<SessionState>({
  session: null,
  checked: false,
  timezone: 'Asia/Shanghai',
  surveys: [],
  started: false,
});

/** The signed-in session, asking the server once; null when nobody is signed in. */
export async function ensureSession(force = false): Promise<Session | null> {
  if (sessionState.checked && !force) return sessionState.session;
  try {
    sessionState.session = await fetchSession();
  } catch (e) {
    if (!isApiError(e, 'UNAUTHENTICATED')) throw e;
    sessionState.session = null;
  }
  sessionState.checked = true;
  return sessionState.session;
}

/** The organisation's time zone and surveys (once per session). */
export async function ensureStart(): Promise<void> {
  if (sessionState.started) return;
  const data = await request(ConsoleStartDocument, {});
  sessionState.timezone = data.viewer.organization.timezone;
  sessionState.surveys = data.surveys.edges.map((e) => e.node);
  sessionState.started = true;
}

export function role(): Role | null {
  return sessionState.session?.user.role ?? null;
}

/** Forgets the session here (after sign-out, or when the server says it ended). */
export function forget(): void {
  sessionState.session = null;
  sessionState.checked = true;
  sessionState.started = false;
  sessionState.surveys = [];
  void closeLive();
}

export async function signOut(): Promise<void> {
  try {
    await postSignOut();
  } finally {
    forget();
  }
}
