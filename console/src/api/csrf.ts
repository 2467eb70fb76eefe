// The session's CSRF token: the `voc_csrf` cookie (not HttpOnly, by the sign-in contract), sent back
// as X-CSRF-Token on every GraphQL request and every state-changing /auth call.

export const CSRF_COOKIE = 'voc_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export function csrfToken(cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}
