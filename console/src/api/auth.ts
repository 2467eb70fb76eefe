// The /auth endpoints of the sign-in contract (JSON; errors {"error": CODE, "message": text}).
import { csrfHeaders } from './csrf';
import { errorOf, networkError } from './errors';

export type Role = 'ADMIN' | 'ANALYST' | 'AGENT' | 'VIEWER';

export interface Session {
  user: { id: string; name: string; email: string; role: Role };
  organization: { id: string; name: string };
  csrfToken: string;
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (e) {
    throw networkError(e);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

function post(path: string, body?: unknown): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...csrfHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Who is signed in; ApiError UNAUTHENTICATED when nobody is. */
export async function fetchSession(): Promise<Session> {
  const session = (await (await call('/auth/session', { headers: { accept: 'application/json' } })).json()) as Session;
  session.user.role = session.user.role.toUpperCase() as Role;
  return session;
}

export async function signIn(email: string, password: string): Promise<void> {
  await post('/auth/login', { email, password });
}

export async function signOut(): Promise<void> {
  await post('/auth/logout');
}

export async function acceptInvitation(token: string, password: string): Promise<void> {
  await post('/auth/invitation', { token, password });
}

export const MIN_PASSWORD_LENGTH = 10;
