// When to ask the server whether to show the survey. Each trigger calls `fire` (possibly more
// than once; the widget shows at most once per page) and returns a cleanup function.
import type { TriggerSpec } from './types';

/** "load", "delay:5000", "scroll:50", "exit", "event:checkout", "route", "route:/pricing", "manual". */
export function parseTrigger(t?: string | TriggerSpec | null): TriggerSpec {
  if (t && typeof t === 'object') return t;
  const s = String(t || 'load');
  const i = s.indexOf(':');
  const type = (i < 0 ? s : s.slice(0, i)) as TriggerSpec['type'];
  const value = i < 0 ? undefined : s.slice(i + 1);
  return { type, value };
}

const ROUTE_EVENT = 'voc:route';

/** Wraps history.pushState/replaceState once so SPA navigations become a window event. */
function patchHistory(win: Window): void {
  const h = win.history as History & { __voc?: boolean };
  if (h.__voc) return;
  h.__voc = true;
  (['pushState', 'replaceState'] as const).forEach((name) => {
    const orig = h[name];
    h[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      const r = orig.apply(this, args);
      win.dispatchEvent(new Event(ROUTE_EVENT));
      return r;
    };
  });
}

export interface TriggerHandle {
  stop(): void;
  /** VocWidget.track(name): fires "event:name" triggers. */
  track(name: string): void;
}

export function setupTrigger(spec: TriggerSpec, fire: () => void, win: Window = window): TriggerHandle {
  const doc = win.document;
  const offs: (() => void)[] = [];
  const on = (t: EventTarget, ev: string, fn: EventListener, opts?: AddEventListenerOptions) => {
    t.addEventListener(ev, fn, opts);
    offs.push(() => t.removeEventListener(ev, fn, opts));
  };
  const later = (ms: number) => {
    const id = win.setTimeout(fire, ms);
    offs.push(() => win.clearTimeout(id));
  };
  const v = spec.value;
  let track = (_name: string) => {};

  switch (spec.type) {
    case 'delay':
      later(Math.max(0, Number(v) || 0));
      break;
    case 'scroll': {
      const pct = Number(v) || 50;
      const check = () => {
        const el = doc.documentElement;
        const total = Math.max(el.scrollHeight, doc.body ? doc.body.scrollHeight : 0);
        const seen = (win.scrollY || el.scrollTop) + win.innerHeight;
        if (total <= 0 || (seen / total) * 100 >= pct) fire();
      };
      on(win, 'scroll', check, { passive: true });
      const id = win.setTimeout(check, 0); // a page too short to scroll counts as fully seen
      offs.push(() => win.clearTimeout(id));
      break;
    }
    case 'exit':
      // Desktop exit intent: the pointer leaves the viewport through the top edge.
      on(doc, 'mouseout', ((e: MouseEvent) => {
        if (!e.relatedTarget && e.clientY <= 0) fire();
      }) as EventListener);
      break;
    case 'event':
      track = (name) => {
        if (!v || name === v) fire();
      };
      break;
    case 'route': {
      patchHistory(win);
      const prefix = v ? String(v) : '';
      let last = win.location.href;
      const check = () => {
        const href = win.location.href;
        if (href === last) return;
        last = href;
        if (!prefix || win.location.pathname.indexOf(prefix) === 0) fire();
      };
      on(win, ROUTE_EVENT, check);
      on(win, 'popstate', check);
      on(win, 'hashchange', check);
      if (prefix && win.location.pathname.indexOf(prefix) === 0) later(0);
      break;
    }
    case 'manual':
      break;
    default: // 'load'
      if (doc.readyState === 'complete') later(0);
      else on(win, 'load', () => fire());
  }
  return {
    stop: () => offs.splice(0).forEach((f) => f()),
    track: (name) => track(name),
  };
}
