// Entry point of widget.js: the global VocWidget API and auto-init from the script tag.
//   <script src="https://voc.example.com/widget.js" data-voc-survey="TOKEN" async></script>
import { submit } from './api';
import { Queue } from './queue';
import type { InitOptions, Layout } from './types';
import { store } from './util';
import { Widget } from './widget';

interface Api {
  version: string;
  init(o: InitOptions): Api;
  show(): void;
  track(name: string): void;
  destroy(): void;
  /** Retries unsent answers now. */
  flush(): Promise<void>;
}

type Global = Window & { VocWidget?: Api | { q?: [string, unknown][] } };

(function () {
  const win = window as Global;
  const pre = win.VocWidget as { q?: [keyof Api, unknown][]; version?: string } | undefined;
  const script = document.currentScript as HTMLScriptElement | null;
  if (pre && pre.version) {
    // Loaded twice: keep the first copy (one queue per page) and hand it this tag's settings.
    if (script && script.dataset.vocSurvey) (pre as Api).init(fromScript(script));
    return;
  }
  let origin = location.origin;
  try {
    if (script && script.src) origin = new URL(script.src, location.href).origin;
  } catch {
    /* keep the page origin */
  }
  const queue = new Queue(submit, store);
  let current: Widget | null = null;

  const api: Api = {
    version: '0.1.0',
    init(o) {
      if (current) current.destroy();
      current = o && o.survey ? new Widget(o, queue, origin + '/graphql') : null;
      return api;
    },
    show() {
      if (current) current.show();
    },
    track(name) {
      if (current) current.track(name);
    },
    destroy() {
      if (current) current.destroy();
      current = null;
    },
    flush: () => queue.wake(),
  };
  win.VocWidget = api;

  if (script && script.dataset.vocPreview !== undefined) {
    // Preview page (/survey-preview, framed by the console's survey builder): the parent page, of the
    // same origin only, posts the definition being edited; nothing is fetched, recorded or sent.
    win.addEventListener('message', (e) => {
      const p = e.data && e.data.vocPreview;
      if (p && e.origin === location.origin && e.source === win.parent) {
        api.init({ ...fromScript(script), survey: 'preview', trigger: 'load', preview: p, hidden: p.hidden });
      }
    });
    return;
  }
  // Answers left over from earlier pages, and whenever connectivity comes back.
  win.addEventListener('online', () => queue.wake());
  queue.wake();

  if (script && script.dataset.vocSurvey) api.init(fromScript(script));
  // Calls made before the script loaded: window.VocWidget = {q: [["init", {...}], ["track", "x"]]}.
  if (pre && pre.q) pre.q.forEach(([m, arg]) => typeof api[m] === 'function' && (api[m] as (a: unknown) => void)(arg));
})();

function fromScript(script: HTMLScriptElement): InitOptions {
  const d = script.dataset;
  const layout = (d.vocLayout || 'popover') as Layout;
  const q = new URLSearchParams(location.search);
  // The hosted page (/s/{token}?uid=…&lang=…) may pass identity and language in its own URL.
  const uid = d.vocUserId || (layout === 'page' ? q.get('uid') : null);
  // ... and the survey's hidden fields (?orderId=…): the widget keeps only the keys the survey declares.
  const hidden: Record<string, string> = {};
  if (layout === 'page') q.forEach((v, k) => (hidden[k] = v));
  return {
    survey: d.vocSurvey!,
    apiUrl: d.vocApi,
    locale: d.vocLocale || (layout === 'page' ? q.get('lang') || undefined : undefined),
    trigger: d.vocTrigger,
    layout,
    target: d.vocTarget || (layout === 'inline' ? script.parentElement : null),
    // data-voc-user-token: the identity JWT the server signed for this page (a mail's personal link).
    user: uid ? { id: uid, token: d.vocUserToken || undefined } : undefined,
    nonce: d.vocNonce || script.nonce || undefined,
    channel: d.vocChannel,
    hidden,
  };
}
