// Outbox for submissions. Every answer is written to storage before the first attempt and
// stays there until the server has it (or says it never will), so reloads, tab closes and
// offline periods lose nothing. One entry per idempotency key: a completion replaces the
// partial it completes, and retries always reuse the key, so the server stores one response.
import type { SendResult } from './api';
import type { SubmitInput } from './types';
import type { Store } from './util';

export const QUEUE_KEY = 'voc:queue';
export const BASE_DELAY = 1000;
export const MAX_DELAY = 5 * 60 * 1000;
export const MAX_AGE = 7 * 24 * 3600 * 1000;

export interface Item {
  /** idempotency key */
  k: string;
  /** GraphQL endpoint */
  u: string;
  i: SubmitInput;
  /** version: bumped when the payload for this key changes */
  v: number;
  /** failed attempts since the last change */
  n: number;
  /** next attempt not before (ms epoch) */
  t: number;
  /** created (ms epoch) */
  c: number;
}

/** Exponential backoff, capped, with "equal jitter": between half and all of the capped delay. */
export function backoff(failures: number, rnd: number): number {
  const d = Math.min(MAX_DELAY, BASE_DELAY * 2 ** Math.max(0, failures - 1));
  return Math.round(d / 2 + (rnd * d) / 2);
}

export type Send = (url: string, input: SubmitInput) => Promise<SendResult>;

export class Queue {
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private send: Send,
    private store: Store,
    private now: () => number = Date.now,
    private rnd: () => number = Math.random,
  ) {}

  items(): Item[] {
    let list: Item[] = [];
    try {
      list = JSON.parse(this.store.get(QUEUE_KEY) || '[]');
    } catch {
      /* corrupt: start over */
    }
    const now = this.now();
    return Array.isArray(list) ? list.filter((x) => x && x.k && now - x.c < MAX_AGE) : [];
  }

  private save(list: Item[]): void {
    this.store.set(QUEUE_KEY, JSON.stringify(list));
  }

  /** Stores (or replaces, for the same idempotency key) a submission and tries to send it now. */
  put(url: string, input: SubmitInput): Promise<void> {
    const list = this.items();
    const now = this.now();
    const old = list.filter((x) => x.k === input.idempotencyKey)[0];
    if (old) {
      old.i = input;
      old.u = url;
      old.v++;
      old.n = 0;
      old.t = now;
    } else list.push({ k: input.idempotencyKey, u: url, i: input, v: 1, n: 0, t: now, c: now });
    this.save(list);
    return this.flush();
  }

  /** Connectivity is back (or a new page loaded): everything is due now. */
  wake(): Promise<void> {
    const list = this.items();
    list.forEach((x) => (x.t = this.now()));
    this.save(list);
    return this.flush();
  }

  /** Sends due entries one at a time, then sleeps until the next one is due. */
  async flush(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Each version of an entry is tried at most once per run, whatever storage does.
    const tried: Record<string, number> = {};
    try {
      for (;;) {
        const now = this.now();
        const list = this.items();
        const due = list.filter((x) => x.t <= now && tried[x.k] !== x.v)[0];
        if (!due) {
          if (list.length) {
            const next = Math.min(...list.map((x) => x.t));
            this.timer = setTimeout(() => this.flush(), Math.max(BASE_DELAY / 2, next - now));
          }
          this.save(list); // drops expired entries
          return;
        }
        tried[due.k] = due.v;
        let res: SendResult;
        try {
          res = await this.send(due.u, due.i);
        } catch {
          res = { ok: false, retry: true };
        }
        const cur = this.items();
        const it = cur.filter((x) => x.k === due.k)[0];
        if (it) {
          if (res.ok || !res.retry) {
            // Done or hopeless. A newer payload for the same key (the completion that arrived
            // while its partial was in flight) still has to go.
            if (it.v === due.v) cur.splice(cur.indexOf(it), 1);
          } else if (it.v === due.v) {
            it.n++;
            it.t = this.now() + Math.max(res.after || 0, backoff(it.n, this.rnd()));
          }
          this.save(cur);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
