// One configured survey on one page: trigger → ask the server → render → queue answers.
import { fetchSurvey, recordDisplay } from './api';
import { chooseLocale, normalizeLocale } from './i18n';
import type { Queue } from './queue';
import { setupTrigger, parseTrigger, type TriggerHandle } from './triggers';
import type { AnswerValue, InitOptions, Layout, Respondent, SubmitInput } from './types';
import { mountNotice, mountUi, type Ui } from './ui';
import { anonymousId, uuid } from './util';

export type State = 'idle' | 'checking' | 'shown' | 'done';

/** Lets the host page observe the widget: voc:shown, voc:skipped, voc:answered, voc:closed. */
function emit(name: string, survey: string): void {
  try {
    window.dispatchEvent(new CustomEvent('voc:' + name, { detail: { survey } }));
  } catch {
    /* very old browsers */
  }
}

export class Widget {
  state: State = 'idle';
  ui?: Ui;
  readonly api: string;
  readonly layout: Layout;
  readonly respondent: Respondent;
  private trigger: TriggerHandle;
  private key?: string;

  constructor(
    private o: InitOptions,
    private queue: Queue,
    defaultApi: string,
  ) {
    this.api = o.apiUrl || defaultApi;
    this.layout = o.layout === 'inline' || o.layout === 'page' ? o.layout : 'popover';
    const u = o.user || {};
    this.respondent = { externalId: u.id ? String(u.id) : anonymousId(), attributes: u.attributes, token: u.token };
    this.trigger = setupTrigger(parseTrigger(o.trigger), () => this.show());
  }

  private target(): Element | null {
    const t = this.o.target;
    return typeof t === 'string' ? document.querySelector(t) : t || null;
  }

  /** Asks the server whether this respondent should see the survey, and shows it if so. */
  async show(): Promise<void> {
    if (this.state !== 'idle') return;
    this.state = 'checking';
    const o = this.o;
    // A language the page asks for (?lang= on the hosted page, data-voc-locale) also translates the survey's default texts.
    const p = o.preview;
    const survey = p ? { ...p, token: o.survey, shouldDisplay: true } : await fetchSurvey(this.api, o.survey, this.respondent, normalizeLocale(o.locale));
    if (!document.body) await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
    if (this.state !== 'checking') return; // destroyed meanwhile
    this.trigger.stop();
    const locale = chooseLocale(o.locale, survey ? survey.locale : undefined, navigator.language);
    if (!survey || !survey.shouldDisplay) {
      this.state = 'done';
      if (this.layout === 'page') this.ui = mountNotice({ target: this.target(), nonce: o.nonce, locale, already: !!survey });
      emit('skipped', o.survey);
      return;
    }
    this.state = 'shown';
    // The declared hidden fields that init (or the hosted page's link) gave a value.
    const hidden: Record<string, string> = {};
    ((survey.questions && survey.questions.hiddenFields) || []).forEach((f) => {
      const v = o.hidden && o.hidden[f.key];
      if (v != null && v !== '') hidden[f.key] = String(v).slice(0, 500);
    });
    const base = (): SubmitInput => ({
      token: o.survey,
      idempotencyKey: (this.key = this.key || uuid()),
      completed: false,
      respondent: this.respondent,
      locale,
      pageUrl: location.href.split('#')[0],
      channel: o.channel || (this.layout === 'page' ? 'LINK' : 'WIDGET'),
      hiddenFields: Object.keys(hidden).length ? hidden : undefined,
    });
    this.ui = mountUi({
      layout: this.layout,
      target: this.target(),
      nonce: o.nonce,
      locale,
      survey,
      quiet: !!p,
      hidden,
      onScore: (score) => {
        if (!p) this.queue.put(this.api, { ...base(), score });
      },
      onSubmit: (score?: number, comment?: string, answers?: Record<string, AnswerValue>, honeypot?: string) => {
        const input: SubmitInput = { ...base(), completed: true };
        if (honeypot) input.honeypot = honeypot;
        if (score !== undefined) input.score = score;
        if (comment) input.comment = comment;
        if (answers && Object.keys(answers).length) input.answers = answers;
        if (!p) this.queue.put(this.api, input);
        emit('answered', o.survey);
      },
      onClose: () => {
        this.state = 'done';
        emit('closed', o.survey);
      },
    });
    if (!p) recordDisplay(this.api, o.survey, this.respondent);
    emit('shown', o.survey);
  }

  track(name: string): void {
    this.trigger.track(name);
  }

  destroy(): void {
    this.state = 'done';
    this.trigger.stop();
    if (this.ui) this.ui.host.remove();
  }
}
