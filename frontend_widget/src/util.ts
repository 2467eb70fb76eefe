// Small helpers: storage that never throws, UUIDs that work outside secure contexts.

export interface Store {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

// Values that localStorage refused (quota, sandboxing) live here and win over what
// localStorage still holds, so a read always returns the last write.
const memory: Record<string, string> = {};

/** localStorage when usable (it throws in some sandboxed iframes / private modes), else memory. */
export const store: Store = {
  get(key) {
    if (key in memory) return memory[key];
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, value);
      delete memory[key];
    } catch {
      memory[key] = value;
    }
  },
};

/** crypto.randomUUID exists only in secure contexts; fall back to getRandomValues (v4 layout). */
export function uuid(): string {
  const c = globalThis.crypto;
  if (c && c.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c && c.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = (Math.random() * 256) | 0;
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  const hex = Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Persistent anonymous id so the server's recontact and display limits apply to visitors too. */
export function anonymousId(s: Store = store): string {
  let id = s.get('voc:aid');
  if (!id) {
    id = uuid();
    s.set('voc:aid', id);
  }
  return 'anon:' + id;
}
