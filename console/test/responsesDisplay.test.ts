import { expect, test } from 'vitest';
import {
  answerRows, excerpt, mainQuestion, respondentAttributes, sentimentBand,
} from '../src/components/responses/display';

test('sentiment bands are those of the API filter: the edges are neutral', () => {
  expect([0.9, 0.2001, 0.2, 0, -0.2, -0.2001, -1].map(sentimentBand))
    .toEqual(['POSITIVE', 'POSITIVE', 'NEUTRAL', 'NEUTRAL', 'NEUTRAL', 'NEGATIVE', 'NEGATIVE']);
  expect(sentimentBand(null)).toBeNull();
});

test('an excerpt cuts whole characters and folds whitespace', () => {
  expect(excerpt('配送\n\n太慢了  ', 80)).toBe('配送 太慢了');
  expect(excerpt('😀'.repeat(5), 3)).toBe('😀😀😀…');
  expect(excerpt(null)).toBe('');
  expect(excerpt('<img src=x onerror="window.__xss=1">', 10)).toBe('<img src=x…');
});

test('further answers follow the survey’s questions, with option labels', () => {
  const definition = {
    main: { text: '推荐的可能性有多大？' },
    questions: [
      { id: 'reason', type: 'single_choice', text: '主要原因', options: [{ id: 'price', label: '价格' }, { id: 'speed', label: '速度' }] },
      { id: 'tags', type: 'multiple_choice', text: '标签', options: [{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }] },
      { id: 'unanswered', type: 'text', text: '没回答' },
    ],
  };
  expect(answerRows(definition, { tags: ['b', 'a'], reason: 'speed', gone: 3 }, '、')).toEqual([
    { id: 'reason', question: '主要原因', value: '速度' },
    { id: 'tags', question: '标签', value: '乙、甲' },
    { id: 'gone', question: 'gone', value: '3' },
  ]);
  expect(answerRows(definition, null)).toEqual([]);
  expect(mainQuestion(definition)).toBe('推荐的可能性有多大？');
  expect(mainQuestion('nonsense')).toBeNull();
});

test('attributes are sorted text pairs, values as the host wrote them', () => {
  expect(respondentAttributes({ plan: 'pro', age: 3, vip: true, orders: 12000, member_id: 12000 }, 'zh-CN')
    .map((r) => [r.label, r.value, r.known]))
    .toEqual([['age', '3', false], ['member_id', '12000', false], ['orders', '12,000', false], ['plan', 'pro', false], ['vip', 'true', false]]);
  expect(respondentAttributes(null, 'en')).toEqual([]);
});
