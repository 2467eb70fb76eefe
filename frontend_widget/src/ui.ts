// Renders a survey into a shadow root and walks the respondent through it:
// score → follow-up comment and further questions → thank you.
import { h } from './dom';
import { strings, type Strings } from './i18n';
import { path } from './logic';
import { applyStyles } from './styles';
import type { AnswerValue, Definition, FollowUp, Layout, Locale, PublicSurvey, Question } from './types';

export interface UiOptions {
  layout: Layout;
  target?: Element | null;
  nonce?: string;
  locale: Locale;
  survey: PublicSurvey;
  /** The respondent chose a score (sent at once as a partial response). */
  onScore(score: number): void;
  /**
   * The respondent finished; score is the one passed to onScore (undefined for forms). honeypot is
   * the hidden field's value: empty for people, filled in by form-filling bots.
   */
  onSubmit(score: number | undefined, comment: string | undefined, answers: Record<string, AnswerValue>, honeypot: string): void;
  onClose(): void;
  /** Never take focus on opening (the console's preview, which must leave it in the builder). */
  quiet?: boolean;
  /** The hidden fields' values, which the logic's conditions may read. */
  hidden?: Record<string, string>;
}

export interface Ui {
  host: HTMLElement;
  root: ShadowRoot;
  close(): void;
}

export interface Scale {
  type: 'nps' | 'csat' | 'ces' | 'text';
  text: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}

/** The main question with per-kind defaults filled in. type "text" means: no score. */
export function mainQuestion(survey: PublicSurvey, t: Strings): Scale {
  const m = (survey.questions && survey.questions.main) || {};
  const kind = (survey.kind || '').toLowerCase();
  const type = (m.type && (m.type.toLowerCase() as Scale['type'])) || (kind === 'nps' || kind === 'csat' || kind === 'ces' ? kind : 'text');
  const d =
    type === 'nps'
      ? [0, 10, t.nps, t.npsMin, t.npsMax]
      : type === 'csat'
        ? [1, 5, t.csat, t.csatMin, t.csatMax]
        : type === 'ces'
          ? [1, 7, t.ces, t.cesMin, t.cesMax]
          : [0, 0, t.form, '', ''];
  return {
    type,
    text: m.text || (d[2] as string),
    min: m.min ?? (d[0] as number),
    max: m.max ?? (d[1] as number),
    minLabel: m.minLabel || (d[3] as string),
    maxLabel: m.maxLabel || (d[4] as string),
  };
}

/** The first follow-up whose band contains the score. */
export function followUpFor(def: Definition, score: number): FollowUp | undefined {
  return (def.followUps || []).filter((f) => f.minScore <= score && score <= f.maxScore)[0];
}

interface Group {
  el: HTMLElement;
  value(): string | undefined;
  focus(): void;
}

/**
 * An ARIA radio group of buttons with a roving tabindex. Arrow keys, Home and End move the
 * selection; a click (or Enter/Space, which click a button) selects and "commits".
 */
function radioGroup(
  labelledBy: string,
  items: { value: string; text: string; label?: string }[],
  cls: string,
  onPick?: (value: string, commit: boolean) => void,
  extra?: Record<string, string>,
): Group {
  let current = -1;
  const buttons = items.map((it, i) =>
    h(
      'button',
      {
        type: 'button',
        role: 'radio',
        'aria-checked': 'false',
        'aria-label': it.label,
        tabindex: i ? '-1' : '0',
        onclick: () => select(i, true),
      },
      it.text,
    ),
  );
  const select = (i: number, commit: boolean) => {
    current = i;
    buttons.forEach((b, j) => {
      b.setAttribute('aria-checked', String(i === j));
      b.tabIndex = i === j ? 0 : -1;
    });
    buttons[i].focus();
    if (onPick) onPick(items[i].value, commit);
  };
  const el = h('div', { role: 'radiogroup', 'aria-labelledby': labelledBy, class: cls, ...extra }, ...buttons);
  el.addEventListener('keydown', (e: KeyboardEvent) => {
    const n = buttons.length;
    const at = Math.max(0, buttons.indexOf(e.target as HTMLButtonElement));
    const k = e.key;
    const to =
      k === 'ArrowRight' || k === 'ArrowDown'
        ? (at + 1) % n
        : k === 'ArrowLeft' || k === 'ArrowUp'
          ? (at - 1 + n) % n
          : k === 'Home'
            ? 0
            : k === 'End'
              ? n - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    select(to, false);
  });
  return {
    el,
    value: () => (current < 0 ? undefined : items[current].value),
    focus: () => buttons[Math.max(0, current)].focus(),
  };
}

function range(min: number, max: number): number[] {
  const out: number[] = [];
  for (let i = min; i <= max && out.length < 101; i++) out.push(i);
  return out;
}

function scaleItems(min: number, max: number, minLabel?: string, maxLabel?: string) {
  return range(min, max).map((n) => ({
    value: String(n),
    text: String(n),
    label: n === min && minLabel ? `${n} – ${minLabel}` : n === max && maxLabel ? `${n} – ${maxLabel}` : undefined,
  }));
}

function ends(minLabel?: string, maxLabel?: string): HTMLElement | null {
  return minLabel || maxLabel ? h('div', { class: 'l', 'aria-hidden': 'true' }, h('span', null, minLabel), h('span', null, maxLabel)) : null;
}

const FOCUSABLE = 'button,textarea,input,[tabindex="0"]';

export function mountUi(o: UiOptions): Ui {
  const t = strings(o.locale);
  const def: Definition = o.survey.questions || {};
  const main = mainQuestion(o.survey, t);
  const popover = o.layout === 'popover';
  const doc = document;
  const previous = doc.activeElement as HTMLElement | null;

  const host = h('voc-widget', { lang: o.locale, 'data-voc-layout': o.layout });
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, o.nonce);

  const body = h('div');
  const card = h(
    'div',
    {
      class: 'c ' + (popover ? 'pop' : o.layout === 'inline' ? 'inl' : ''),
      role: popover ? 'dialog' : 'region',
      'aria-modal': popover ? 'true' : null,
      'aria-labelledby': 't',
    },
    popover ? h('button', { type: 'button', class: 'x', 'aria-label': t.close, onclick: () => close() }, '×') : null,
    body,
  );
  const wrap = h('div', { class: 'w' + (o.layout === 'page' ? ' page' : '') }, card);
  root.append(wrap);

  // Popover and page take focus when they open; an inline survey sits in the page flow and only
  // moves focus once the respondent interacts with it.
  let focusOk = o.layout !== 'inline' && !o.quiet;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    host.remove();
    if (popover && previous && previous.isConnected && previous.focus) previous.focus();
    o.onClose();
  };

  if (popover) {
    card.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      } else if (e.key === 'Tab') {
        // Focus trap: wrap around at both ends.
        const list = Array.prototype.filter.call(
          card.querySelectorAll(FOCUSABLE),
          (el: HTMLElement) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
        ) as HTMLElement[];
        if (!list.length) return;
        const first = list[0];
        const last = list[list.length - 1];
        const active = root.activeElement;
        if (e.shiftKey && (active === first || !card.contains(active))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && active === last) {
          e.preventDefault();
          first.focus();
        }
      }
    });
  }

  const show = (...kids: (HTMLElement | null)[]) => body.replaceChildren(...kids.filter((k): k is HTMLElement => !!k));

  const scoreScreen = () => {
    const hint = h('span', { id: 'hint', class: 'v' }, t.hint);
    const items = scaleItems(main.min, main.max, main.minLabel, main.maxLabel);
    const group = radioGroup(
      't',
      items,
      items.length === 11 ? 's s11' : 's',
      (v, commit) => {
        if (!commit) return;
        const score = Number(v);
        focusOk = true;
        o.onScore(score);
        details(score);
      },
      { 'aria-describedby': 'hint' },
    );
    show(h('h2', { id: 't', class: 't' }, main.text), group.el, ends(main.minLabel, main.maxLabel), hint);
    if (focusOk) group.focus();
  };

  const details = (score?: number) => {
    const fu = score === undefined ? undefined : followUpFor(def, score);
    const questions = def.questions || [];
    const commentLabel = score === undefined ? main.text : fu ? fu.text : t.comment;
    const commentRequired = score === undefined && !questions.length;
    const comment = h('textarea', { id: 'c', maxlength: 5000, 'aria-required': commentRequired ? 'true' : null });
    const commentErr = h('div', { class: 'e', role: 'alert' });
    const blocks: HTMLElement[] = [
      h(
        'div',
        { class: 'qb' },
        h('label', { id: 't', for: 'c', class: 'q t' }, commentLabel, commentRequired ? h('span', { class: 'r', 'aria-hidden': 'true' }, ' *') : null),
        comment,
        commentErr,
      ),
    ];
    const getters: { q: Question; get: () => AnswerValue | undefined; err: HTMLElement; ctl: HTMLElement; focus: () => void; el: HTMLElement; on?: boolean }[] = [];

    questions.forEach((q, i) => {
      const id = 'q' + i;
      const label = h('div', { id, class: 'q' }, q.text, q.required ? h('span', { class: 'r', 'aria-hidden': 'true' }, ' *') : null);
      const err = h('div', { class: 'e', role: 'alert' });
      const req = q.required ? 'true' : null;
      let ctl: HTMLElement;
      let get: () => AnswerValue | undefined;
      let focus: () => void;
      if (q.type === 'single_choice' || q.type === 'rating') {
        const items =
          q.type === 'rating'
            ? scaleItems(q.min ?? 1, q.max ?? 5, q.minLabel, q.maxLabel)
            : (q.options || []).map((op) => ({ value: op.id, text: op.label }));
        const g = radioGroup(id, items, q.type === 'rating' ? 's' : 'o', undefined, req ? { 'aria-required': req } : undefined);
        ctl = q.type === 'rating' ? h('div', null, g.el, ends(q.minLabel, q.maxLabel)) : g.el;
        get = () => {
          const v = g.value();
          return v === undefined ? undefined : q.type === 'rating' ? Number(v) : v;
        };
        focus = g.focus;
      } else if (q.type === 'multiple_choice') {
        const boxes = (q.options || []).map((op) => ({ op, box: h('input', { type: 'checkbox', value: op.id }) }));
        ctl = h('div', { role: 'group', 'aria-labelledby': id, class: 'o' }, ...boxes.map((b) => h('label', null, b.box, b.op.label)));
        get = () => {
          const v = boxes.filter((b) => b.box.checked).map((b) => b.op.id);
          return v.length ? v : undefined;
        };
        focus = () => boxes[0] && boxes[0].box.focus();
      } else {
        const ta = h('textarea', { 'aria-labelledby': id, maxlength: 5000, 'aria-required': req });
        ctl = ta;
        get = () => ta.value.trim() || undefined;
        focus = () => ta.focus();
      }
      const el = h('div', { class: 'qb', 'data-q': q.id }, label, ctl, err);
      getters.push({ q, get, err, ctl, focus, el });
      blocks.push(el);
    });
    // The logic: after every change, show the questions on the path of the answers so far.
    const follow = () => {
      const values: Record<string, unknown> = { ...o.hidden, score, comment: comment.value.trim() };
      getters.forEach((g) => (values[g.q.id] = g.get()));
      const shown = path(def, values);
      getters.forEach((g) => (g.el.hidden = !(g.on = shown.indexOf(g.q.id) >= 0)));
    };

    const button = h('button', { type: 'submit', class: 'b' }, t.submit);
    // A honeypot: invisible, out of the tab order and hidden from assistive technology, so only a
    // bot that fills in every field fills it in. The server then stores nothing and still answers OK.
    const trap = h('input', { type: 'text', name: 'homepage', tabindex: '-1', autocomplete: 'off' });
    const form = h('form', { novalidate: true }, ...blocks, h('div', { class: 'v', 'aria-hidden': 'true' }, trap), button);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const answers: Record<string, AnswerValue> = {};
      let firstBad: (() => void) | undefined;
      const text = comment.value.trim();
      commentErr.textContent = '';
      comment.removeAttribute('aria-invalid');
      if (commentRequired && !text) {
        commentErr.textContent = t.required;
        comment.setAttribute('aria-invalid', 'true');
        firstBad = () => comment.focus();
      }
      follow();
      getters.forEach((g) => {
        if (!g.on) return;
        const v = g.get();
        g.err.textContent = '';
        g.ctl.removeAttribute('aria-invalid');
        if (v !== undefined) answers[g.q.id] = v;
        else if (g.q.required) {
          g.err.textContent = t.required;
          g.ctl.setAttribute('aria-invalid', 'true');
          firstBad = firstBad || g.focus;
        }
      });
      if (firstBad) return firstBad();
      button.disabled = true;
      focusOk = true;
      o.onSubmit(score, text || undefined, answers, trap.value);
      thanks();
    });
    ['click', 'keydown', 'input', 'change'].forEach((n) => form.addEventListener(n, follow));
    follow();
    show(form);
    if (focusOk) comment.focus();
  };

  const message = (text: string, note?: string) => {
    const title = h('h2', { id: 't', class: 't', tabindex: '-1' }, text);
    show(title, note ? h('p', { class: 'n' }, note) : null);
    if (focusOk) title.focus();
  };

  const thanks = () => message(def.thankYou || t.thanks, navigator.onLine === false ? t.saved : undefined);

  const parent = (o.layout !== 'popover' && o.target) || doc.body;
  parent.append(host);
  if (main.type === 'text') details();
  else scoreScreen();
  return { host, root, close };
}

/** Page layout only: a full-page notice when the survey cannot be shown. */
export function mountNotice(o: { target?: Element | null; nonce?: string; locale: Locale; already: boolean }): Ui {
  const t = strings(o.locale);
  const host = h('voc-widget', { lang: o.locale, 'data-voc-layout': 'page' });
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, o.nonce);
  root.append(
    h('div', { class: 'w page' }, h('div', { class: 'c', role: 'region', 'aria-labelledby': 't' }, h('h2', { id: 't', class: 't' }, o.already ? t.already : t.unavailable))),
  );
  (o.target || document.body).append(host);
  return { host, root, close: () => host.remove() };
}
