// A small GraphQL client over fetch: typed documents from src/graphql/generated.ts in, typed data out.
// Same-origin cookie session with its CSRF token; errors become ApiError with the server's code.
import type { TypedDocumentString } from '../graphql/generated';
import { csrfHeaders } from './csrf';
import { ApiError, errorOf, networkError } from './errors';

interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** Called when the session turns out to have ended (401): the app sends the user to sign in. */
let onUnauthenticated: () => void = () => {};
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  opts: { signal?: AbortSignal } = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...csrfHeaders() },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError(e);
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] } | null = null;
  try {
    body = await response.clone().json();
  } catch {
    body = null;
  }
  const first = body?.errors?.[0];
  if (!response.ok && !first) throw await errorOf(response);
  if (first) {
    const code = first.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL');
    if (code === 'UNAUTHENTICATED') onUnauthenticated();
    throw new ApiError(code, first.message, { status: response.status });
  }
  if (response.status === 401) onUnauthenticated();
  if (!body?.data) throw new ApiError('INTERNAL', 'empty answer', { status: response.status });
  return body.data;
}
