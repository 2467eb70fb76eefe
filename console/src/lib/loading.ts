// What a page shows while it loads: one piece of data in a ShallowRef with its loading flag and error.
// Each page's loader runs its requests through `load`, so that a newer request cancels an older one
// without the older one's answer (or its abort) ever reaching the screen.
import { shallowRef, type ShallowRef } from 'vue';

export interface Part<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
}

/** An empty part: nothing loaded yet. */
export function part<T>(): ShallowRef<Part<T>> {
  return shallowRef<Part<T>>({ data: null, loading: false, error: null });
}

function aborted(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** Runs `run` into `target`, keeping the shown data while it loads; a cancelled run changes nothing. */
export async function load<T>(target: ShallowRef<Part<T>>, run: () => Promise<T>, signal: AbortSignal): Promise<void> {
  target.value = { data: target.value.data, loading: true, error: null };
  try {
    const data = await run();
    if (!signal.aborted) target.value = { data, loading: false, error: null };
  } catch (error) {
    if (!signal.aborted && !aborted(error)) target.value = { data: null, loading: false, error };
  }
}
