// GraphQL subscriptions over graphql-ws (graphql-transport-ws), one lazily opened socket for the app.
// With the cookie session, the contract asks for the CSRF token in connection_init's payload.
import type { Client } from 'graphql-ws';
import type { TypedDocumentString } from '../graphql/generated';
import { csrfToken } from './csrf';

let client: Promise<Client> | null = null;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

async function liveClient(): Promise<Client> {
  client ??= import('graphql-ws').then(({ createClient }) =>
    createClient({
      url: socketUrl(),
      lazy: true,
      retryAttempts: 5,
      connectionParams: () => ({ csrfToken: csrfToken() }),
    }));
  return client;
}

/** Calls `next` with each event until the returned function is called. */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  handlers: { next: (data: TResult) => void; error?: (e: unknown) => void },
): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  void liveClient().then((c) => {
    if (stopped) return;
    stop = c.subscribe<TResult>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (value) => value.data && handlers.next(value.data),
        error: (e) => handlers.error?.(e),
        complete: () => {},
      },
    );
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Closes the socket (sign-out: the next subscription opens a new one with the new session). */
export async function closeLive(): Promise<void> {
  if (client) {
    const c = client;
    client = null;
    await (await c).dispose();
  }
}
