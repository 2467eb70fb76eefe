// Test helpers: a fetch that answers from a list of canned responses and records the requests.
import { vi } from 'vitest';

export interface Recorded {
  url: string;
  init: RequestInit;
}

export function fakeFetch(answers: (Response | ((url: string, init: RequestInit) => Response))[]): Recorded[] {
  const calls: Recorded[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    return typeof next === 'function' ? next(url, init) : next;
  }));
  return calls;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export function header(init: RequestInit, name: string): string | null {
  return new Headers(init.headers).get(name);
}
