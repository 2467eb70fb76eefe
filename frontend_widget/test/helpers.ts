import { vi } from 'vitest';
import type { Store } from '../src/util';

export function memoryStore(): Store & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return { data, get: (k) => (k in data ? data[k] : null), set: (k, v) => void (data[k] = v) };
}

export interface FakeReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  throws?: boolean;
}

/** Installs a fetch mock; `handler` sees the GraphQL body and returns the reply. */
export function mockFetch(handler: (body: { query: string; variables: Record<string, any> }) => FakeReply) {
  const calls: { url: string; body: { query: string; variables: Record<string, any> }; init: RequestInit }[] = [];
  const fn = vi.fn(async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    calls.push({ url, body, init });
    const r = handler(body);
    if (r.throws) throw new TypeError('Failed to fetch');
    const status = r.status ?? 200;
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: new Headers(r.headers || {}),
      json: async () => r.body,
    } as unknown as Response;
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
