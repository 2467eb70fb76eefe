import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLocale } from '../src/i18n';
import { Queue } from '../src/queue';
import type { Definition, InitOptions, Kind, SubmitInput } from '../src/types';
import { Widget } from '../src/widget';
import { flush, memoryStore, mockFetch } from './helpers';

const NPS_DEF: Definition = {
  main: { id: 'score', type: 'nps', text: '您向朋友或同事推荐我们的可能性有多大？', min: 0, max: 10, minLabel: '不可能', maxLabel: '极有可能' },
  followUps: [
    { band: 'detractor', minScore: 0, maxScore: 6, text: '我们哪里做得不好？' },
    { band: 'passive', minScore: 7, maxScore: 8, text: '我们怎样做才能更好？' },
    { band: 'promoter', minScore: 9, maxScore: 10, text: '您最喜欢我们的哪一点？' },
  ],
  thankYou: '感谢您的反馈！',
};

interface Setup {
  kind?: Kind;
  def?: Definition | string;
  locale?: string;
  shouldDisplay?: boolean;
  missing?: boolean;
  opts?: Partial<InitOptions>;
}

let widget: Widget | undefined;

async function setup(s: Setup = {}) {
  const fetchMock = mockFetch(({ query }) => {
    if (query.includes('surveyForRespondent')) {
      return {
        body: {
          data: {
            surveyForRespondent: s.missing
              ? null
              : { token: 'T', kind: s.kind || 'NPS', locale: s.locale || 'zh-CN', questions: s.def ?? NPS_DEF, shouldDisplay: s.shouldDisplay ?? true },
          },
        },
      };
    }
    if (query.includes('recordDisplay')) return { body: { data: { recordDisplay: { ok: true, errors: [] } } } };
    return { body: { data: { submitResponse: { errors: [] } } } };
  });
  const sent: SubmitInput[] = [];
  const queue = new Queue(async (_u, i) => (sent.push(i), { ok: true }), memoryStore());
  const put = vi.spyOn(queue, 'put');
  widget = new Widget({ survey: 'T', trigger: 'manual', ...s.opts }, queue, 'https://voc.example.com/graphql');
  await widget.show();
  await flush();
  const host = document.querySelector('voc-widget') as HTMLElement | null;
  const root = host ? host.shadowRoot! : null;
  const ops = () => fetchMock.calls.map((c) => c.body.query.match(/\{(\w+)/)![1]);
  return { fetchMock, host, root, put, sent, ops, widget };
}

const radios = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLButtonElement>('[role=radio]'));
const text = (el: Element | null | undefined) => (el ? el.textContent : null);

beforeEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});
afterEach(() => {
  widget?.destroy();
  vi.unstubAllGlobals();
});

describe('eligibility', () => {
  it('asks the server and renders nothing when shouldDisplay is false', async () => {
    const { host, ops } = await setup({ shouldDisplay: false });
    expect(ops()).toEqual(['surveyForRespondent']);
    expect(host).toBeNull();
  });

  it('renders nothing when the survey is not active (null)', async () => {
    const { host, ops } = await setup({ missing: true });
    expect(ops()).toEqual(['surveyForRespondent']);
    expect(host).toBeNull();
  });

  it('renders and records a display when shouldDisplay is true', async () => {
    const { host, ops, fetchMock } = await setup();
    expect(host).not.toBeNull();
    expect(ops()).toEqual(['surveyForRespondent', 'recordDisplay']);
    const respondent = fetchMock.calls[0].body.variables.r;
    expect(respondent.externalId).toMatch(/^anon:[0-9a-f-]{36}$/);
    expect(fetchMock.calls[1].body.variables.r.externalId).toBe(respondent.externalId);
  });

  it('keeps the anonymous id across page views', async () => {
    const a = (await setup()).fetchMock.calls[0].body.variables.r.externalId;
    widget!.destroy();
    const b = (await setup()).fetchMock.calls[0].body.variables.r.externalId;
    expect(a).toBe(b);
  });

  it('sends a known user as externalId with attributes and identity token', async () => {
    const { fetchMock } = await setup({ opts: { user: { id: 'u-42', attributes: { plan: 'pro', region: '华东' }, token: 'jwt' } } });
    expect(fetchMock.calls[0].body.variables).toEqual({ t: 'T', r: { externalId: 'u-42', attributes: { plan: 'pro', region: '华东' }, token: 'jwt' } });
  });

  it('asks only once per page even when triggered repeatedly', async () => {
    const { ops } = await setup({ shouldDisplay: false });
    await widget!.show();
    expect(ops()).toEqual(['surveyForRespondent']);
  });

  it('a preview shows the definition it is given and fetches, records and sends nothing', async () => {
    const def: Definition = { ...NPS_DEF, main: { ...NPS_DEF.main, text: '预览：您会推荐吗？' } };
    const { root, ops, put } = await setup({ opts: { preview: { kind: 'NPS', locale: 'zh-CN', questions: def } } });
    expect(text(root!.getElementById('t'))).toBe('预览：您会推荐吗？');
    expect(root!.activeElement).toBeNull(); // the builder keeps the focus while its author types
    radios(root!)[3].click();
    expect(text(root!.querySelector('label.q'))).toBe('我们哪里做得不好？');
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(text(root!.getElementById('t'))).toBe('感谢您的反馈！');
    expect(ops()).toEqual([]);
    expect(put).not.toHaveBeenCalled();
  });

  it('page layout shows a notice instead of nothing', async () => {
    const { root } = await setup({ shouldDisplay: false, opts: { layout: 'page' } });
    expect(text(root!.querySelector('h2'))).toContain('已经参与');
  });
});

describe('rendering', () => {
  it('renders NPS as an 11-option radio group with end labels inside a shadow root', async () => {
    const { host, root } = await setup();
    expect(host!.shadowRoot).toBe(root);
    expect(document.body.textContent).not.toContain('推荐');
    const group = root!.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-labelledby')).toBe('t');
    expect(text(root!.getElementById('t'))).toBe(NPS_DEF.main!.text);
    const r = radios(root!);
    expect(r.map((b) => b.textContent)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(r.every((b) => b.getAttribute('aria-checked') === 'false')).toBe(true);
    expect(r[0].getAttribute('aria-label')).toBe('0 – 不可能');
    expect(r[10].getAttribute('aria-label')).toBe('10 – 极有可能');
    expect(root!.textContent).toContain('不可能');
    expect(root!.textContent).toContain('极有可能');
    expect(root!.querySelector('[role=dialog]')!.getAttribute('aria-modal')).toBe('true');
  });

  it('uses a roving tabindex and arrow keys', async () => {
    const { root } = await setup();
    const r = radios(root!);
    expect(r.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
    r[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(r[1].getAttribute('aria-checked')).toBe('true');
    expect(r[1].tabIndex).toBe(0);
    expect(r[0].tabIndex).toBe(-1);
    r[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(r[10].getAttribute('aria-checked')).toBe('true');
    r[10].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(r[0].getAttribute('aria-checked')).toBe('true'); // wraps
  });

  it('renders CSAT 1–5 and CES 1–7 with default labels', async () => {
    let { root } = await setup({ kind: 'CSAT', def: {} });
    expect(radios(root!).map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(root!.textContent).toContain('非常满意');
    widget!.destroy();
    document.body.replaceChildren();
    ({ root } = await setup({ kind: 'CES', def: {} }));
    expect(radios(root!).map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(root!.textContent).toContain('非常费力');
  });

  it('accepts the definition as a JSON string too', async () => {
    const { root } = await setup({ def: JSON.stringify(NPS_DEF) });
    expect(text(root!.getElementById('t'))).toBe(NPS_DEF.main!.text);
  });

  it('sends the score at once as a partial, then shows the band follow-up and completes with the same key', async () => {
    const { root, put } = await setup();
    radios(root!)[3].click();
    expect(put).toHaveBeenCalledTimes(1);
    const partial = put.mock.calls[0][1];
    expect(partial).toMatchObject({ token: 'T', score: 3, completed: false, channel: 'WIDGET', locale: 'zh-CN' });
    expect(partial.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(text(root!.querySelector('label[for=c]'))).toBe('我们哪里做得不好？');
    const ta = root!.querySelector('textarea')!;
    ta.value = '  客服回复太慢  ';
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put).toHaveBeenCalledTimes(2);
    const done = put.mock.calls[1][1];
    expect(done).toMatchObject({ score: 3, comment: '客服回复太慢', completed: true, idempotencyKey: partial.idempotencyKey });
    expect(text(root!.querySelector('h2'))).toBe('感谢您的反馈！');
  });

  it('picks the follow-up by band', async () => {
    const { root } = await setup();
    radios(root!)[9].click();
    expect(text(root!.querySelector('label[for=c]'))).toBe('您最喜欢我们的哪一点？');
  });

  it('renders single choice, multiple choice, text and rating questions and collects answers', async () => {
    const def: Definition = {
      ...NPS_DEF,
      questions: [
        { id: 'q1', type: 'single_choice', text: '您的主要用途？', options: [{ id: 'a', label: '工作' }, { id: 'b', label: '学习' }] },
        { id: 'q2', type: 'multiple_choice', text: '您用过哪些功能？', options: [{ id: 'x', label: '搜索' }, { id: 'y', label: '导出' }, { id: 'z', label: '分享' }] },
        { id: 'q3', type: 'text', text: '还有什么建议？' },
        { id: 'q4', type: 'rating', text: '界面打几分？', min: 1, max: 5 },
      ],
    };
    const { root, put } = await setup({ def });
    radios(root!)[10].click();
    const groups = root!.querySelectorAll('[role=radiogroup]');
    expect(groups).toHaveLength(2);
    expect(text(root!.getElementById(groups[0].getAttribute('aria-labelledby')!))).toBe('您的主要用途？');
    (groups[0].querySelectorAll('[role=radio]')[1] as HTMLElement).click();
    const boxes = root!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect(boxes).toHaveLength(3);
    boxes[0].checked = true;
    boxes[2].checked = true;
    root!.querySelectorAll('textarea')[1].value = '希望支持深色模式';
    (groups[1].querySelectorAll('[role=radio]')[3] as HTMLElement).click();
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put.mock.calls[1][1]).toMatchObject({
      score: 10,
      completed: true,
      answers: { q1: 'b', q2: ['x', 'z'], q3: '希望支持深色模式', q4: 4 },
    });
    expect(put.mock.calls[1][1].comment).toBeUndefined();
  });

  it('blocks submission until required questions are answered', async () => {
    const def: Definition = { ...NPS_DEF, questions: [{ id: 'must', type: 'single_choice', text: '必答', required: true, options: [{ id: 'a', label: 'A' }] }] };
    const { root, put } = await setup({ def });
    radios(root!)[5].click();
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put).toHaveBeenCalledTimes(1);
    expect(root!.textContent).toContain('此题为必填项');
    expect(root!.querySelectorAll('[role=radiogroup]')[0].getAttribute('aria-invalid')).toBe('true');
    (root!.querySelectorAll('[role=radiogroup] [role=radio]')[0] as HTMLElement).click();
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put).toHaveBeenCalledTimes(2);
    expect(put.mock.calls[1][1].answers).toEqual({ must: 'a' });
  });

  it('follows the logic: shows the questions on the path of the answers so far and sends only theirs', async () => {
    const def: Definition = {
      ...NPS_DEF,
      hiddenFields: [{ key: 'orderId' }],
      questions: [
        { id: 'wrong', type: 'text', text: '哪里不好？', required: true, logic: [{ if: { questionId: 'score', op: 'LT', value: 7 }, then: 'SHOW' }] },
        { id: 'area', type: 'single_choice', text: '哪方面？', options: [{ id: 'price', label: '价格' }, { id: 'speed', label: '速度' }], logic: [{ if: { questionId: 'score', op: 'GT', value: 8 }, then: 'END' }] },
        { id: 'call', type: 'text', text: '何时回电？', logic: [{ if: { questionId: 'area', op: 'EQUALS', value: 'price' }, then: 'SHOW' }] },
        { id: 'order', type: 'text', text: '订单？', logic: [{ if: { questionId: 'orderId', op: 'ANSWERED' }, then: 'SHOW' }] },
      ],
    };
    const shown = (root: ShadowRoot) => Array.from(root.querySelectorAll<HTMLElement>('[data-q]')).filter((b) => !b.hidden).map((b) => b.dataset.q);
    const promoter = await setup({ def, opts: { hidden: { orderId: 'A-1', other: 'x' } } });
    radios(promoter.root!)[10].click();
    expect(shown(promoter.root!)).toEqual([]);
    promoter.root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(promoter.put.mock.calls[1][1]).toMatchObject({ score: 10, completed: true, hiddenFields: { orderId: 'A-1' } });
    expect(promoter.put.mock.calls[1][1].answers).toBeUndefined();
    widget!.destroy();
    document.body.replaceChildren();

    const { root, put } = await setup({ def });
    radios(root!)[3].click();
    expect(shown(root!)).toEqual(['wrong', 'area']);
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put).toHaveBeenCalledTimes(1); // what went wrong is required on this path
    root!.querySelectorAll('textarea')[1].value = '太慢';
    (root!.querySelectorAll('[data-q=area] [role=radio]')[0] as HTMLElement).click();
    expect(shown(root!)).toEqual(['wrong', 'area', 'call']);
    (root!.querySelectorAll('[data-q=area] [role=radio]')[1] as HTMLElement).click();
    expect(shown(root!)).toEqual(['wrong', 'area']);
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put.mock.calls[1][1].answers).toEqual({ wrong: '太慢', area: 'speed' });
    expect(put.mock.calls[1][1].hiddenFields).toBeUndefined();
  });

  it('FORM surveys send no score', async () => {
    const { root, put } = await setup({ kind: 'FORM', def: { main: { type: 'text', text: '请描述您遇到的问题' } } });
    expect(radios(root!)).toHaveLength(0);
    expect(text(root!.querySelector('label[for=c]'))).toContain('请描述您遇到的问题');
    root!.querySelector('textarea')!.value = '无法登录';
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put).toHaveBeenCalledTimes(1);
    const input = put.mock.calls[0][1];
    expect(input).toMatchObject({ comment: '无法登录', completed: true });
    expect('score' in input).toBe(false);
  });

  it('uses the survey thank-you text and the LINK channel on the hosted page', async () => {
    const { root, put } = await setup({ def: { ...NPS_DEF, thankYou: '谢谢，我们会认真改进！' }, opts: { layout: 'page' } });
    expect(root!.querySelector('[role=dialog]')).toBeNull();
    expect(root!.querySelector('.x')).toBeNull(); // no close button on a full page
    radios(root!)[7].click();
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(put.mock.calls[0][1].channel).toBe('LINK');
    expect(text(root!.querySelector('h2'))).toBe('谢谢，我们会认真改进！');
  });

  it('renders inline inside the given element', async () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const { host } = await setup({ opts: { layout: 'inline', target: slot } });
    expect(host!.parentElement).toBe(slot);
    expect(host!.shadowRoot!.querySelector('[role=region]')).not.toBeNull();
  });

  it('dismiss: the close button removes the widget and sends no response', async () => {
    const { root, host, put, ops } = await setup();
    (root!.querySelector('.x') as HTMLButtonElement).click();
    expect(host!.isConnected).toBe(false);
    expect(put).not.toHaveBeenCalled();
    expect(ops()).toEqual(['surveyForRespondent', 'recordDisplay']);
  });

  it('Escape closes the popover and focus returns to the previously focused element', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { root, host } = await setup();
    expect(root!.activeElement).toBe(radios(root!)[0]);
    root!.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host!.isConnected).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('traps Tab inside the popover', async () => {
    const { root } = await setup();
    const dialog = root!.querySelector('[role=dialog]')!;
    const close = root!.querySelector<HTMLButtonElement>('.x')!;
    const first = radios(root!)[0];
    first.focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(root!.activeElement).toBe(close); // last focusable → wraps to the close button (first in order)
    // The close button is first in DOM order; Shift+Tab from it goes to the last one.
    close.focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(root!.activeElement).toBe(first);
  });
});

describe('text, never HTML', () => {
  it('shows markup in survey data as literal text and creates no elements from it', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const def: Definition = {
      main: { type: 'nps', text: evil, minLabel: evil },
      followUps: [{ minScore: 0, maxScore: 10, text: '<b>粗体</b>' }],
      questions: [{ id: 'q', type: 'single_choice', text: evil, options: [{ id: 'a', label: '<script>alert(2)</script>' }] }],
      thankYou: '<svg onload=alert(3)>',
    };
    const { root } = await setup({ def });
    expect(text(root!.getElementById('t'))).toBe(evil);
    expect(root!.querySelector('img')).toBeNull();
    radios(root!)[1].click();
    expect(text(root!.querySelector('label[for=c]'))).toBe('<b>粗体</b>');
    expect(root!.querySelector('b, script, img')).toBeNull();
    expect(root!.textContent).toContain('<script>alert(2)</script>');
    root!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(text(root!.querySelector('h2'))).toBe('<svg onload=alert(3)>');
    expect(root!.querySelector('svg')).toBeNull();
  });
});

describe('locale', () => {
  it('chooses init option, then survey locale, then the browser, then zh-CN', () => {
    expect(chooseLocale('en', 'zh-CN', 'zh-CN')).toBe('en');
    expect(chooseLocale(undefined, 'en-US', 'zh-CN')).toBe('en');
    expect(chooseLocale(undefined, '', 'en-GB')).toBe('en');
    expect(chooseLocale(undefined, undefined, 'zh-TW')).toBe('zh-CN');
    expect(chooseLocale(undefined, undefined, 'fr-FR')).toBe('zh-CN');
    expect(chooseLocale('fr', 'de', undefined)).toBe('zh-CN');
  });

  it('renders English UI strings and defaults for an English survey', async () => {
    const { root, put } = await setup({ locale: 'en', def: {} });
    expect(text(root!.getElementById('t'))).toBe('How likely are you to recommend us to a friend or colleague?');
    expect(root!.textContent).toContain('Not likely');
    expect(root!.textContent).toContain('Extremely likely');
    expect(root!.querySelector('.x')!.getAttribute('aria-label')).toBe('Close');
    radios(root!)[6].click();
    expect(put.mock.calls[0][1].locale).toBe('en');
    expect(root!.querySelector('button[type=submit]')!.textContent).toBe('Submit');
  });

  it('the init option wins over the survey locale', async () => {
    const { root } = await setup({ locale: 'zh-CN', def: {}, opts: { locale: 'en' } });
    expect(root!.textContent).toContain('Not likely');
  });
});
