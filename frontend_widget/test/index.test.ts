import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch } from './helpers';

type VocApi = { version: string; init: Function; show: Function; track: Function; destroy: Function; flush: Function };
const w = window as unknown as { VocWidget?: VocApi | { q: unknown[] } };

function fakeScript(attrs: Record<string, string>, src = 'https://voc.example.com/widget.js?v=abc123') {
  const s = document.createElement('script');
  for (const k in attrs) s.setAttribute(k, attrs[k]);
  Object.defineProperty(s, 'src', { value: src });
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => s });
  return s;
}

async function load() {
  vi.resetModules();
  await import('../src/index');
  await new Promise((r) => setTimeout(r, 10));
  return w.VocWidget as VocApi;
}

const surveyReply = (shouldDisplay: boolean) => ({
  body: { data: { surveyForRespondent: { token: 'TOK', kind: 'NPS', locale: 'zh-CN', questions: {}, shouldDisplay } } },
});

beforeEach(() => {
  delete w.VocWidget;
  localStorage.clear();
  document.body.replaceChildren();
});
afterEach(() => {
  (w.VocWidget as VocApi | undefined)?.destroy?.();
  vi.unstubAllGlobals();
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
});

describe('widget.js entry', () => {
  it('exposes the JS API', async () => {
    fakeScript({});
    mockFetch(() => surveyReply(false));
    const api = await load();
    for (const m of ['init', 'show', 'track', 'destroy', 'flush']) expect(typeof (api as any)[m]).toBe('function');
  });

  it('auto-inits from data attributes, defaulting the API to the script origin', async () => {
    fakeScript({ 'data-voc-survey': 'TOK', 'data-voc-user-id': 'u-7', 'data-voc-locale': 'en' });
    const { calls } = mockFetch(() => surveyReply(true));
    await load();
    expect(calls[0].url).toBe('https://voc.example.com/graphql');
    // The chosen language is asked for, so that the survey's default texts come in it too.
    expect(calls[0].body.variables).toEqual({ t: 'TOK', r: { externalId: 'u-7' }, l: 'en' });
    const root = document.querySelector('voc-widget')!.shadowRoot!;
    expect(root.textContent).toContain('Not likely');
  });

  it('sends the identity token of data-voc-user-token with the user id (a mail\'s personal link)', async () => {
    fakeScript({ 'data-voc-survey': 'TOK', 'data-voc-user-id': 'u-7', 'data-voc-user-token': 'jwt.x.y', 'data-voc-channel': 'EMAIL' });
    const { calls } = mockFetch(() => surveyReply(true));
    await load();
    expect(calls[0].body.variables.r).toEqual({ externalId: 'u-7', token: 'jwt.x.y' });
  });

  it('honours data-voc-api and data-voc-trigger', async () => {
    fakeScript({ 'data-voc-survey': 'TOK', 'data-voc-api': 'https://api.example.cn/graphql', 'data-voc-trigger': 'event:paid' });
    const { calls } = mockFetch(() => surveyReply(true));
    const api = await load();
    expect(calls).toHaveLength(0);
    api.track('paid');
    await new Promise((r) => setTimeout(r, 10));
    expect(calls[0].url).toBe('https://api.example.cn/graphql');
  });

  it('init() from JS, with user attributes, and calls queued before the script loaded', async () => {
    fakeScript({});
    w.VocWidget = { q: [['init', { survey: 'TOK', trigger: 'manual', user: { id: 'u-1', attributes: { plan: 'pro' } } }], ['show', undefined]] };
    const { calls } = mockFetch(() => surveyReply(true));
    await load();
    expect(calls[0].body.variables.r).toEqual({ externalId: 'u-1', attributes: { plan: 'pro' } });
    expect(document.querySelector('voc-widget')).not.toBeNull();
  });

  it('retries answers left in storage by an earlier page as soon as it loads', async () => {
    const input = { token: 'TOK', idempotencyKey: 'k-old', score: 7, completed: true };
    localStorage.setItem('voc:queue', JSON.stringify([{ k: 'k-old', u: 'https://voc.example.com/graphql', i: input, v: 1, n: 3, t: Date.now() + 1e6, c: Date.now() }]));
    fakeScript({});
    const { calls } = mockFetch(() => ({ body: { data: { submitResponse: { errors: [] } } } }));
    await load();
    expect(calls.map((c) => c.body.variables.i)).toEqual([input]);
    expect(JSON.parse(localStorage.getItem('voc:queue')!)).toEqual([]);
  });

  it('a preview page shows what its same-origin parent posts, and nothing anyone else posts', async () => {
    fakeScript({ 'data-voc-preview': '', 'data-voc-layout': 'page', 'data-voc-target': '#here' });
    document.body.append(Object.assign(document.createElement('main'), { id: 'here' }));
    const { calls } = mockFetch(() => ({ body: {} }));
    await load();
    const vocPreview = { kind: 'CSAT', locale: 'en', questions: { main: { text: 'How was it?' } } };
    const post = (origin: string, source: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data: { vocPreview }, origin, source: source as Window }));
    post('https://evil.example', window.parent);
    await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelector('voc-widget')).toBeNull();
    post(location.origin, window.parent);
    await new Promise((r) => setTimeout(r, 10));
    const root = document.querySelector('#here voc-widget')!.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe('How was it?');
    expect(root.querySelectorAll('[role=radio]')).toHaveLength(5);
    expect(calls).toHaveLength(0);
  });
});
