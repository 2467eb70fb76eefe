import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERMANENT, submit, type SendResult } from '../src/api';
import { backoff, BASE_DELAY, MAX_AGE, MAX_DELAY, Queue, QUEUE_KEY } from '../src/queue';
import type { SubmitInput } from '../src/types';
import { memoryStore, mockFetch } from './helpers';

const URL = 'https://voc.example.com/graphql';
const input = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  token: 'T',
  idempotencyKey: 'key-1',
  score: 3,
  completed: false,
  channel: 'WIDGET',
  ...over,
});

describe('backoff schedule', () => {
  it('doubles from 1 s, with jitter between half and the full delay', () => {
    expect(backoff(1, 0)).toBe(BASE_DELAY / 2);
    expect(backoff(1, 1)).toBe(BASE_DELAY);
    expect(backoff(2, 0)).toBe(BASE_DELAY);
    expect(backoff(2, 1)).toBe(2 * BASE_DELAY);
    expect(backoff(5, 1)).toBe(16 * BASE_DELAY);
    for (let n = 1; n < 12; n++) {
      const d = backoff(n, 0.5);
      expect(d).toBeGreaterThanOrEqual(backoff(n - 1 || 1, 0.5));
    }
  });
  it('is capped', () => {
    expect(backoff(30, 1)).toBe(MAX_DELAY);
    expect(backoff(1000, 0)).toBe(MAX_DELAY / 2);
  });
});

describe('Queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('persists an unsent submission before the first attempt', async () => {
    const store = memoryStore();
    let seen: string | null = null;
    const q = new Queue(async () => {
      seen = store.get(QUEUE_KEY);
      return { ok: false, retry: true };
    }, store);
    await q.put(URL, input());
    expect(JSON.parse(seen!)[0].i.idempotencyKey).toBe('key-1');
    const left = JSON.parse(store.get(QUEUE_KEY)!);
    expect(left).toHaveLength(1);
    expect(left[0].n).toBe(1);
    q.stop();
  });

  it('survives a reload: a new queue on the same storage sends it with the same key', async () => {
    const store = memoryStore();
    const first = new Queue(async () => ({ ok: false, retry: true }), store);
    await first.put(URL, input({ comment: '还没发出去' }));
    first.stop();
    const sent: SubmitInput[] = [];
    const second = new Queue(async (_u, i) => (sent.push(i), { ok: true }), store);
    await second.wake();
    expect(sent).toEqual([input({ comment: '还没发出去' })]);
    expect(JSON.parse(store.get(QUEUE_KEY)!)).toEqual([]);
  });

  it('retries with exponential backoff and jitter, reusing the idempotency key', async () => {
    const store = memoryStore();
    const times: number[] = [];
    const keys: string[] = [];
    const start = Date.now();
    let fails = 3;
    const q = new Queue(
      async (_u, i) => {
        times.push(Date.now() - start);
        keys.push(i.idempotencyKey);
        return fails-- > 0 ? { ok: false, retry: true } : { ok: true };
      },
      store,
      Date.now,
      () => 1, // no jitter: full delay
    );
    await q.put(URL, input());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(times).toEqual([0, 1000, 3000, 7000]);
    expect(new Set(keys)).toEqual(new Set(['key-1']));
    expect(JSON.parse(store.get(QUEUE_KEY)!)).toEqual([]);
  });

  it('honours Retry-After when rate limited', async () => {
    const store = memoryStore();
    const times: number[] = [];
    const start = Date.now();
    let n = 0;
    const q = new Queue(
      async () => {
        times.push(Date.now() - start);
        return n++ ? { ok: true } : { ok: false, retry: true, after: 30_000, code: 'RATE_LIMITED' };
      },
      store,
      Date.now,
      () => 0,
    );
    await q.put(URL, input());
    await vi.advanceTimersByTimeAsync(29_000);
    expect(times).toEqual([0]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(times).toEqual([0, 30_000]);
  });

  it.each(PERMANENT)('drops the submission on %s without retrying', async (code) => {
    const store = memoryStore();
    const send = vi.fn(async (): Promise<SendResult> => ({ ok: false, retry: false, code }));
    const q = new Queue(send, store);
    await q.put(URL, input());
    await vi.advanceTimersByTimeAsync(600_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(JSON.parse(store.get(QUEUE_KEY)!)).toEqual([]);
  });

  it('keeps one entry per idempotency key: the completion replaces an unsent partial', async () => {
    const store = memoryStore();
    let online = false;
    const sent: SubmitInput[] = [];
    const q = new Queue(async (_u, i) => (online ? (sent.push(i), { ok: true }) : { ok: false, retry: true }), store);
    await q.put(URL, input({ score: 8 }));
    await q.put(URL, input({ score: 8, comment: '物流太慢', completed: true }));
    expect(JSON.parse(store.get(QUEUE_KEY)!)).toHaveLength(1);
    online = true;
    await q.wake();
    expect(sent).toEqual([input({ score: 8, comment: '物流太慢', completed: true })]);
  });

  it('sends a completion that arrives while its partial is in flight, after the partial', async () => {
    const store = memoryStore();
    const sent: SubmitInput[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const q = new Queue(async (_u, i) => {
      sent.push(i);
      if (sent.length === 1) await gate;
      return { ok: true };
    }, store);
    const p = q.put(URL, input({ score: 2 }));
    await q.put(URL, input({ score: 2, comment: '太贵了', completed: true })); // busy: just stored
    release();
    await p;
    expect(sent.map((i) => [i.idempotencyKey, i.completed])).toEqual([
      ['key-1', false],
      ['key-1', true],
    ]);
    expect(JSON.parse(store.get(QUEUE_KEY)!)).toEqual([]);
  });

  it('sends each stored submission exactly once when it succeeds', async () => {
    const store = memoryStore();
    const send = vi.fn(async (): Promise<SendResult> => ({ ok: true }));
    const q = new Queue(send, store);
    await q.put(URL, input({ idempotencyKey: 'a' }));
    await q.put(URL, input({ idempotencyKey: 'b' }));
    await q.wake();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(send.mock.calls.map((c) => (c as unknown as [string, SubmitInput])[1].idempotencyKey)).toEqual(['a', 'b']);
  });

  it('forgets submissions older than the maximum age', async () => {
    const store = memoryStore();
    const old = { k: 'old', u: URL, i: input({ idempotencyKey: 'old' }), v: 1, n: 9, t: 0, c: Date.now() - MAX_AGE - 1 };
    store.set(QUEUE_KEY, JSON.stringify([old]));
    const send = vi.fn(async (): Promise<SendResult> => ({ ok: true }));
    await new Queue(send, store).wake();
    expect(send).not.toHaveBeenCalled();
    expect(JSON.parse(store.get(QUEUE_KEY)!)).toEqual([]);
  });

  it('treats a corrupt stored queue as empty', async () => {
    const store = memoryStore();
    store.set(QUEUE_KEY, '{not json');
    const q = new Queue(async () => ({ ok: true }), store);
    expect(q.items()).toEqual([]);
  });
});

describe('submit() classification', () => {
  afterEach(() => vi.unstubAllGlobals());
  const payload = (errors: { code: string }[]) => ({ body: { data: { submitResponse: { errors } } } });

  it('accepts a payload without errors', async () => {
    const { calls } = mockFetch(() => payload([]));
    expect(await submit(URL, input())).toEqual({ ok: true });
    expect(calls[0].body.query).toContain('submitResponse(input:$i)');
    expect(calls[0].body.variables.i.idempotencyKey).toBe('key-1');
    expect(calls[0].init.credentials).toBe('omit');
  });
  it.each(PERMANENT)('does not retry %s', async (code) => {
    mockFetch(() => payload([{ code }]));
    expect(await submit(URL, input())).toEqual({ ok: false, retry: false, code });
  });
  it('retries RATE_LIMITED (HTTP 429) after Retry-After', async () => {
    mockFetch(() => ({ status: 429, headers: { 'retry-after': '12' }, body: payload([{ code: 'RATE_LIMITED' }]).body }));
    expect(await submit(URL, input())).toEqual({ ok: false, retry: true, after: 12000, code: 'RATE_LIMITED' });
  });
  it('retries RATE_LIMITED in the payload', async () => {
    mockFetch(() => payload([{ code: 'RATE_LIMITED' }]));
    expect(await submit(URL, input())).toMatchObject({ ok: false, retry: true });
  });
  it('retries network errors and 5xx', async () => {
    mockFetch(() => ({ throws: true }));
    expect(await submit(URL, input())).toEqual({ ok: false, retry: true });
    mockFetch(() => ({ status: 503, body: {} }));
    expect(await submit(URL, input())).toEqual({ ok: false, retry: true });
  });
  it('retries a masked server error but drops a request the server calls malformed', async () => {
    mockFetch(() => ({ body: { data: null, errors: [{ message: 'Unexpected error.' }] } }));
    expect(await submit(URL, input())).toEqual({ ok: false, retry: true });
    mockFetch(() => ({ status: 400, body: { data: null, errors: [{ message: 'Cannot query field' }] } }));
    expect(await submit(URL, input())).toEqual({ ok: false, retry: false });
  });
});

describe('storage that refuses writes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still reads back the last write and sends each answer once', async () => {
    const { store } = await import('../src/util');
    localStorage.clear();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.set('voc:test', '1');
    expect(store.get('voc:test')).toBe('1');
    const send = vi.fn(async (): Promise<SendResult> => ({ ok: true }));
    const q = new Queue(send, store);
    await q.put(URL, input());
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.items()).toEqual([]);
  });
});
