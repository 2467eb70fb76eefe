import { expect, test } from 'vitest';
import {
  createInput, definitionOf, embedSnippet, errorsByField, fieldErrorKind, fieldKey, formOf, hostedLink, newForm, newQuestion,
  updateInput, withDefaults,
} from '../src/lib/surveyForm';
import { queryFromSurveysState, surveysStateFromQuery } from '../src/lib/surveysQuery';

// As the API's defaultSurveyDefinition answers (surveys/definitions.py).
const NPS_ZH = {
  main: { id: 'score', type: 'nps', text: '您向朋友或同事推荐我们的可能性有多大？', min: 0, max: 10, minLabel: '不可能', maxLabel: '极有可能' },
  followUps: [
    { band: 'detractor', minScore: 0, maxScore: 6, text: '我们哪里做得不好？您最希望我们改进什么？' },
    { band: 'passive', minScore: 7, maxScore: 8, text: '我们怎样做才能让您更满意？' },
    { band: 'promoter', minScore: 9, maxScore: 10, text: '您最喜欢我们哪一点？' },
  ],
  questions: [],
  thankYou: '感谢您的反馈！',
};
const NPS_EN = {
  main: { id: 'score', type: 'nps', text: 'How likely are you to recommend us to a friend or colleague?', min: 0, max: 10,
    minLabel: 'Not likely', maxLabel: 'Extremely likely' },
  followUps: [
    { band: 'detractor', minScore: 0, maxScore: 6, text: 'What went wrong? What should we improve first?' },
    { band: 'passive', minScore: 7, maxScore: 8, text: 'What would make us a 10 for you?' },
    { band: 'promoter', minScore: 9, maxScore: 10, text: 'What do you love most about us?' },
  ],
  questions: [],
  thankYou: 'Thank you for your feedback!',
};
const CSAT_EN = {
  main: { id: 'score', type: 'csat', text: 'How satisfied are you with your experience?', min: 1, max: 5,
    minLabel: 'Very dissatisfied', maxLabel: 'Very satisfied' },
  followUps: [{ band: 'low', minScore: 1, maxScore: 2, text: 'What disappointed you?' }],
  questions: [],
  thankYou: 'Thank you for your feedback!',
};

const SAVED = {
  name: '下单后 NPS',
  kind: 'NPS' as const,
  locale: 'zh-CN',
  questions: {
    ...NPS_ZH,
    questions: [
      { id: 'channel', type: 'single_choice', text: '您从哪里知道我们？', required: true,
        options: [{ id: 'friend', label: '朋友推荐' }, { id: 'ad', label: '广告' }] },
      { id: 'ease', type: 'rating', text: '下单是否方便？', required: false, min: 1, max: 7, minLabel: '很难', maxLabel: '很容易' },
    ],
  },
  allowedOrigins: ['https://shop.example.com', 'https://m.example.com'],
  sampleRate: 0.25,
  recontactDays: 60,
  displayLimit: 2,
  touchpoint: 'support',
};

test('a saved survey becomes a form and back into the same definition and settings', () => {
  const form = formOf(SAVED);
  expect(form.question).toBe(NPS_ZH.main.text);
  expect(form.samplePercent).toBe(25);
  expect(form.allowedOrigins).toBe('https://shop.example.com\nhttps://m.example.com');
  expect(form.questions[1].rest).toEqual({ minLabel: '很难', maxLabel: '很容易' });
  expect(definitionOf(form)).toEqual(SAVED.questions);
  expect(updateInput(form)).toEqual({
    name: '下单后 NPS',
    question: NPS_ZH.main.text,
    questions: { questions: SAVED.questions.questions, followUps: NPS_ZH.followUps, thankYou: '感谢您的反馈！', hiddenFields: [] },
    allowedOrigins: ['https://shop.example.com', 'https://m.example.com'],
    sampleRate: 0.25,
    recontactDays: 60,
    displayLimit: 2,
    touchpoint: 'support',
  });
  // A survey without a touchpoint sends '' (none), which the API stores as null.
  expect(updateInput(formOf({ ...SAVED, touchpoint: null })).touchpoint).toBe('');
});

test('a new survey starts from the default definition and the API’s default settings', () => {
  const form = newForm('NPS', 'zh-CN', NPS_ZH);
  form.name = '  App NPS ';
  const input = createInput(form);
  expect(input).toMatchObject({ name: '  App NPS ', kind: 'NPS', locale: 'zh-CN', sampleRate: 1, recontactDays: 30, displayLimit: 3,
    allowedOrigins: [] });
  expect(input.question).toBe(NPS_ZH.main.text);
  // Empty number fields are left to the API (its default on create, unchanged on update).
  form.displayLimit = '' as unknown as null;
  form.samplePercent = null;
  expect(updateInput(form)).toMatchObject({ displayLimit: null, sampleRate: null });
});

test('questions are written as their type needs; origins are split on lines, spaces and commas', () => {
  const form = newForm('NPS', 'zh-CN', NPS_ZH);
  const choice = newQuestion('multiple_choice', []);
  choice.text = '哪些功能常用？';
  choice.options[0].label = '搜索';
  choice.options[1].label = '收藏';
  const rating = newQuestion('rating', ['q1']);
  const text = { ...newQuestion('text', ['q1', 'q2']), options: [{ id: 'x', label: 'left over' }], rest: { minLabel: 'stale' } };
  form.questions.push(choice, rating, text);
  form.allowedOrigins = ' https://a.example.com,https://b.example.com\n\nhttps://c.example.com ';
  const def = definitionOf(form);
  expect(def.questions).toEqual([
    { id: 'q1', type: 'multiple_choice', text: '哪些功能常用？', required: false, options: [{ id: 'o1', label: '搜索' }, { id: 'o2', label: '收藏' }] },
    { id: 'q2', type: 'rating', text: '', required: false, min: 1, max: 5 },
    { id: 'q3', type: 'text', text: '', required: false },
  ]);
  expect(updateInput(form).allowedOrigins).toEqual(['https://a.example.com', 'https://b.example.com', 'https://c.example.com']);
});

test('a form survey has no follow-ups by score, whatever the form still holds', () => {
  const form = newForm('FORM', 'en', { main: { id: 'comment', type: 'text', text: 'Tell us what you think.' }, followUps: [], questions: [], thankYou: 'Thanks' });
  form.followUps.push({ band: null, minScore: 0, maxScore: 3, text: 'x' });
  expect(definitionOf(form).followUps).toEqual([]);
});

test('another language swaps the texts still at their defaults and keeps the author’s own', () => {
  const form = newForm('NPS', 'zh-CN', NPS_ZH);
  form.thankYou = '谢谢！我们会认真阅读。';
  const next = withDefaults(form, 'NPS', 'en', NPS_ZH, NPS_EN);
  expect(next.locale).toBe('en');
  expect(next.question).toBe(NPS_EN.main.text);
  expect(next.main.minLabel).toBe('Not likely');
  expect(next.followUps.map((f) => f.text)).toEqual(NPS_EN.followUps.map((f) => f.text));
  expect(next.thankYou).toBe('谢谢！我们会认真阅读。');
});

test('another kind takes its own main question and score bands', () => {
  const form = newForm('NPS', 'en', NPS_EN);
  form.question = 'Would you recommend Acme?';
  form.followUps[0].text = 'Edited';
  const next = withDefaults(form, 'CSAT', 'en', NPS_EN, CSAT_EN);
  expect(next.kind).toBe('CSAT');
  expect(next.question).toBe(CSAT_EN.main.text);
  expect(next.main).toMatchObject({ type: 'csat', min: 1, max: 5 });
  expect(next.followUps).toEqual([{ band: 'low', minScore: 1, maxScore: 2, text: 'What disappointed you?' }]);
});

test('the API’s error paths map to the form’s fields', () => {
  expect(fieldKey('name')).toBe('name');
  expect(fieldKey('question')).toBe('question');
  expect(fieldKey('questions')).toBe('questions');
  expect(fieldKey('questions.thankYou')).toBe('thankYou');
  expect(fieldKey('questions.followUps')).toBe('followUps');
  expect(fieldKey('questions.followUps[1]')).toBe('followUps.1');
  expect(fieldKey('questions.followUps[0].text')).toBe('followUps.0.text');
  expect(fieldKey('questions[2]')).toBe('questions.2');
  expect(fieldKey('questions[2].id')).toBe('questions.2.id');
  expect(fieldKey('questions[0].options')).toBe('questions.0.options');
  expect(fieldKey('questions[0].options[3].label')).toBe('questions.0.options.3.label');
  expect(fieldKey('sampleRate')).toBe('samplePercent');
  expect(fieldKey('allowedOrigins')).toBe('allowedOrigins');
  expect(fieldKey('displayLimit')).toBe('displayLimit');
  expect(fieldKey('id')).toBeNull();
  expect(fieldKey(null)).toBeNull();
});

test('each field’s error gets the message of its kind of field', () => {
  const kinds = ['followUps', 'followUps.2', 'followUps.2.text', 'questions', 'questions.1', 'questions.1.id', 'questions.1.type',
    'questions.1.text', 'questions.1.options', 'questions.1.options.0', 'questions.1.options.0.id', 'questions.1.options.0.label',
    'thankYou', 'samplePercent'].map(fieldErrorKind);
  expect(kinds).toEqual(['followUps', 'followUpBand', 'followUpText', 'questions', 'questionRange', 'questionId', 'questionType',
    'questionText', 'options', 'option', 'optionId', 'optionLabel', 'thankYou', 'samplePercent']);
});

test('validation errors go to their fields; others (a refused transition) stay with the form', () => {
  const { fields, other } = errorsByField([
    { code: 'VALIDATION', field: 'allowedOrigins', message: "'shop.example.com' is not an origin like https://shop.example.com" },
    { code: 'VALIDATION', field: 'questions.followUps[1]', message: 'score bands of follow-ups overlap' },
    { code: 'INVALID_TRANSITION', field: 'id', message: 'a DRAFT survey cannot become PAUSED' },
  ]);
  expect(fields).toEqual({
    allowedOrigins: { key: 'allowedOrigins', message: 'allowedOrigins', apiMessage: "'shop.example.com' is not an origin like https://shop.example.com" },
    'followUps.1': { key: 'followUps.1', message: 'followUpBand', apiMessage: 'score bands of follow-ups overlap' },
  });
  expect(other.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
});

test('the embed snippet is the README’s, and the hosted link the /s/ page', () => {
  expect(embedSnippet('https://voc.example.com', 'TOK-1')).toBe(
    '<script src="https://voc.example.com/widget.js" data-voc-survey="TOK-1" async></script>');
  expect(hostedLink('https://voc.example.com', 'TOK-1')).toBe('https://voc.example.com/s/TOK-1');
});

test('the list’s filters live in the URL under their GraphQL names', () => {
  expect(surveysStateFromQuery({ status: 'PAUSED', includeSystem: 'true' })).toEqual({ status: 'PAUSED', includeSystem: true });
  expect(surveysStateFromQuery({ status: 'nonsense', includeSystem: '1' })).toEqual({ status: null, includeSystem: false });
  expect(queryFromSurveysState({ status: 'ACTIVE', includeSystem: false })).toEqual({ status: 'ACTIVE' });
  expect(queryFromSurveysState({ status: null, includeSystem: true })).toEqual({ includeSystem: 'true' });
});
