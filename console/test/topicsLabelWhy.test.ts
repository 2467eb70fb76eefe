import { mount } from '@vue/test-utils';
import { afterEach, expect, test } from 'vitest';
import { i18n, setLocale } from '../src/i18n';
import LabelWhy, { type LabelTerm } from '../src/components/topics/LabelWhy.vue';

afterEach(() => setLocale('zh-CN'));

const TERMS: LabelTerm[] = [
  { term: '配送慢', coverage: 0.4167, lift: 6.25, inLabel: true },
  { term: '包装', coverage: 0.2, lift: 3.04, inLabel: true },
  { term: '<img src=x onerror="window.pwned=1">快递员', coverage: 0.05, lift: 12, inLabel: false },
];

function why(props: { label: string; generatedLabel: string; terms: LabelTerm[] }) {
  return mount(LabelWhy, { global: { plugins: [i18n] }, props });
}

/** Each row as shown: the term, whether it is marked as in the label, coverage and lift. */
function rows(wrapper: ReturnType<typeof why>) {
  return wrapper.findAll('[data-test="label-term"]').map((tr) => [
    tr.get('[data-test="label-term-text"]').text(), tr.find('[data-test="in-label"]').exists(),
    tr.get('[data-test="label-term-coverage"]').text(), tr.get('[data-test="label-term-lift"]').text(),
  ]);
}

test('closed until asked; then each term as text, the label’s own marked, with its coverage and lift', async () => {
  const wrapper = why({ label: '配送慢 · 包装', generatedLabel: '配送慢 · 包装', terms: TERMS });
  const details = wrapper.get<HTMLDetailsElement>('details[data-test="label-why"]');
  expect(details.element.open).toBe(false); // shown on demand
  expect(wrapper.get('summary').text()).toBe('为什么叫这个名字？');
  await wrapper.get('summary').trigger('click');
  expect(details.element.open).toBe(true);
  expect(rows(wrapper)).toEqual([
    ['配送慢', true, '41.7%', '是其他主题的 6.3 倍'],
    ['包装', true, '20.0%', '是其他主题的 3.0 倍'],
    ['<img src=x onerror="window.pwned=1">快递员', false, '5.0%', '是其他主题的 12.0 倍'],
  ]);
  expect(wrapper.find('img').exists()).toBe(false);
  expect(wrapper.findAll('[data-test="in-label"]').map((tag) => tag.text())).toEqual(['用于名称', '用于名称']);
  expect(wrapper.text()).toContain('标着「用于名称」的短语组成了名称');
  expect(wrapper.find('[data-test="label-why-renamed"]').exists()).toBe(false); // not renamed
  expect(wrapper.find('[data-test="label-why-none"]').exists()).toBe(false);
  expect(wrapper.get('caption').text()).toBe('「配送慢 · 包装」的命名依据');
});

test('a renamed topic says what the generated label was, the one the terms explain', () => {
  const wrapper = why({ label: '<b>物流体验</b>', generatedLabel: '配送慢 · 包装', terms: TERMS });
  expect(wrapper.get('[data-test="label-why-renamed"]').text())
    .toBe('这个主题已被重命名为「<b>物流体验</b>」。系统生成的名称是「配送慢 · 包装」，下面解释的是生成的名称。');
  expect(wrapper.find('b').exists()).toBe(false);
});

test('a topic fitted before phrase labels gets a note instead of an empty table', () => {
  const wrapper = why({ label: '苹果 · 不错', generatedLabel: '苹果 · 不错', terms: [] });
  expect(wrapper.find('[data-test="label-terms"]').exists()).toBe(false);
  expect(wrapper.get('[data-test="label-why-none"]').text()).toContain('按短语命名之前');
});

test('without a generated label the caption names the label', () => {
  const wrapper = why({ label: '配送', generatedLabel: '', terms: TERMS });
  expect(wrapper.get('caption').text()).toBe('「配送」的命名依据');
  expect(wrapper.find('[data-test="label-why-renamed"]').exists()).toBe(false);
});

test('a phrase no likelier here than elsewhere is not said to come up more', () => {
  const even: LabelTerm[] = [{ term: '还行', coverage: 0.1, lift: 1, inLabel: false }, { term: '一般', coverage: 0.05, lift: 0.8, inLabel: false }];
  expect(rows(why({ label: '配送', generatedLabel: '配送', terms: even })).map((row) => row[3]))
    .toEqual(['是其他主题的 1.0 倍', '是其他主题的 0.8 倍']);
  setLocale('en');
  expect(rows(why({ label: '配送', generatedLabel: '配送', terms: even })).map((row) => row[3]))
    .toEqual(['1.0× as often', '0.8× as often']);
});

test('in English', () => {
  setLocale('en');
  const wrapper = why({ label: 'Delivery', generatedLabel: '配送慢 · 包装', terms: TERMS });
  expect(wrapper.get('summary').text()).toBe('Why this name?');
  expect(wrapper.get('[data-test="label-why-renamed"]').text()).toBe(
    'This topic was renamed “Delivery”. The generated name was “配送慢 · 包装”: the phrases below explain that one.');
  expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Phrase', 'Comments containing it', 'Compared with other topics']);
  expect(rows(wrapper)[0]).toEqual(['配送慢', true, '41.7%', '6.3× as often']);
  expect(wrapper.get('caption').text()).toBe('Why the topic is named “配送慢 · 包装”');
  expect(wrapper.get('[data-test="in-label"]').text()).toBe('In the name');
});
