import { expect, test } from 'vitest';
import { load, part } from '../src/lib/loading';

test('a part keeps its data while it reloads, then shows the new data', async () => {
  const target = part<number>();
  await load(target, async () => 1, new AbortController().signal);
  expect(target.value).toEqual({ data: 1, loading: false, error: null });
  let resolve!: (n: number) => void;
  const next = load(target, () => new Promise<number>((r) => { resolve = r; }), new AbortController().signal);
  expect(target.value).toEqual({ data: 1, loading: true, error: null });
  resolve(2);
  await next;
  expect(target.value).toEqual({ data: 2, loading: false, error: null });
});

test('an error replaces the data', async () => {
  const target = part<number>();
  const error = new Error('boom');
  await load(target, async () => { throw error; }, new AbortController().signal);
  expect(target.value).toEqual({ data: null, loading: false, error });
});

test('a cancelled run changes nothing once it settles, nor does an AbortError', async () => {
  const target = part<number>();
  const controller = new AbortController();
  const run = load(target, async () => 5, controller.signal);
  controller.abort();
  await run;
  expect(target.value).toEqual({ data: null, loading: true, error: null });
  await load(target, async () => { throw new DOMException('stopped', 'AbortError'); }, new AbortController().signal);
  expect(target.value).toEqual({ data: null, loading: true, error: null });
});
