import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { signIn } from '../src/api/auth';
import { csrfToken } from '../src/api/csrf';
import { ApiError } from '../src/api/errors';
import { request, setUnauthenticatedHandler } from '../src/api/graphql';
import { ConsoleStartDocument } from '../src/graphql/generated';
import { fakeFetch, header, json } from './support';

beforeEach(() => {
  document.cookie = 'voc_csrf=tok%2Fen-1; path=/';
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'voc_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

test('the CSRF token is read from its cookie among others', () => {
  expect(csrfToken('a=1; voc_csrf=x%3Dy; b=2')).toBe('x=y');
  expect(csrfToken('a=1')).toBeNull();
});

test('every GraphQL request carries the session’s CSRF token and the typed document', async () => {
  const calls = fakeFetch([json(200, { data: { viewer: { role: 'ADMIN' } } })]);
  const data = await request(ConsoleStartDocument, {});
  expect(data.viewer.role).toBe('ADMIN');
  expect(calls[0].url).toBe('/graphql');
  expect(header(calls[0].init, 'X-CSRF-Token')).toBe('tok/en-1');
  expect(calls[0].init.credentials).toBe('same-origin');
  expect(JSON.parse(String(calls[0].init.body)).query).toContain('query ConsoleStart');
});

test('an ended session is reported once, with its code', async () => {
  const ended = vi.fn();
  setUnauthenticatedHandler(ended);
  fakeFetch([json(401, { data: null, errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }] })]);
  const error = await request(ConsoleStartDocument, {}).catch((e) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(error.code).toBe('UNAUTHENTICATED');
  expect(ended).toHaveBeenCalledTimes(1);
});

test('a refused CSRF check and an unreachable server are typed errors', async () => {
  fakeFetch([json(403, { error: 'CSRF', message: 'missing token' })]);
  expect((await request(ConsoleStartDocument, {}).catch((e) => e)).code).toBe('CSRF');
  vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
  expect((await request(ConsoleStartDocument, {}).catch((e) => e)).code).toBe('NETWORK');
});

test('sign-in errors carry the contract’s code and Retry-After', async () => {
  fakeFetch([json(429, { error: 'RATE_LIMITED', message: 'slow down' }, { 'retry-after': '42' })]);
  const error = await signIn('a@b.c', 'x').catch((e) => e);
  expect([error.code, error.retryAfter, error.status]).toEqual(['RATE_LIMITED', 42, 429]);
  const calls = fakeFetch([json(204, null)]);
  await signIn('a@b.c', 'secret-password');
  expect(calls[0].init.method).toBe('POST');
  expect(JSON.parse(String(calls[0].init.body))).toEqual({ email: 'a@b.c', password: 'secret-password' });
});
