// The builder's logic editor: rules and hidden fields from a definition and back, what a rule may read
// and skip to, the logic's typed API errors at their fields, and the editor itself in the builder.
import { mount } from '@vue/test-utils';
import { afterEach, expect, test } from 'vitest';
import { reactive } from 'vue';
import SurveyBuilder from '../src/components/surveys/SurveyBuilder.vue';
import { i18n, setLocale } from '../src/i18n';
import { definitionOf, errorsByField, formOf, updateInput, type FieldError, type SurveyForm } from '../src/lib/surveyForm';
import { choicesFor, OPS_BY_TYPE, sourcesFor, targetsFor } from '../src/lib/surveyLogic';

afterEach(() => {
  setLocale('zh-CN');
  document.body.replaceChildren();
});

const MAIN = { id: 'score', type: 'nps', text: '您向朋友或同事推荐我们的可能性有多大？', min: 0, max: 10, minLabel: '不可能', maxLabel: '极有可能' };
const DEFINITION = {
  main: MAIN,
  followUps: [],
  questions: [
    { id: 'wrong', type: 'text', text: '哪里让您失望了？', required: true, logic: [{ if: { questionId: 'score', op: 'LT', value: 7 }, then: 'SHOW' }] },
    { id: 'area', type: 'multiple_choice', text: '哪方面？', required: false, options: [{ id: 'price', label: '价格' }, { id: 'speed', label: '速度' }],
      logic: [{ if: { questionId: 'score', op: 'ONE_OF', value: [9, 10] }, then: 'END' },
        { if: { questionId: 'orderId', op: 'NOT_ANSWERED' }, then: 'SKIP_TO', target: 'last' }] },
    { id: 'call', type: 'text', text: '何时回电？', required: false, logic: [{ if: { questionId: 'area', op: 'EQUALS', value: 'price' }, then: 'SHOW' }] },
    { id: 'last', type: 'text', text: '还有吗？', required: false },
  ],
  thankYou: '感谢您的反馈！',
  hiddenFields: [{ key: 'orderId', label: '订单号' }],
};
const SURVEY = { name: '逻辑', kind: 'NPS' as const, locale: 'zh-CN', questions: DEFINITION, allowedOrigins: [], sampleRate: 1, recontactDays: 30, displayLimit: 3 };

test('rules and hidden fields come from a definition and go back unchanged', () => {
  const form = formOf(SURVEY);
  expect(form.questions[1].logic[0]).toEqual({ then: 'END', target: '', questionId: 'score', op: 'ONE_OF', value: '', values: ['9', '10'] });
  expect(form.questions[1].rest).toEqual({});
  expect(definitionOf(form)).toEqual(DEFINITION);
  expect(updateInput(form).questions).toMatchObject({ hiddenFields: [{ key: 'orderId', label: '订单号' }] });
  form.hiddenFields.splice(0, 1);
  expect(updateInput(form).questions).toMatchObject({ hiddenFields: [] }); // removing the last one removes it
});

test('a rule reads the score, the comment, hidden fields and earlier questions, and skips only forward', () => {
  const form = formOf(SURVEY);
  const sources = sourcesFor(form.questions, 2, form.hiddenFields, [0, 10]);
  expect(sources.map((s) => s.id)).toEqual(['score', 'comment', 'orderId', 'wrong', 'area']);
  expect(targetsFor(form.questions, 1).map((q) => q.id)).toEqual(['call', 'last']);
  expect(OPS_BY_TYPE.text).toEqual(['ANSWERED', 'NOT_ANSWERED']);
  expect(choicesFor(sources[4])).toEqual([{ value: 'price', label: '价格' }, { value: 'speed', label: '速度' }]);
  expect(choicesFor(sources[0])?.map((c) => c.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  expect(choicesFor(sources[2])).toBeNull(); // a hidden field's text is typed in
});

test('the logic’s typed errors land at their rule’s field with their own message', () => {
  const { fields, other } = errorsByField([
    { code: 'LOGIC_ORDER', field: 'questions[1].logic[1].target', message: 'a skip goes only forward' },
    { code: 'LOGIC_REFERENCE', field: 'questions[2].logic[0].if.questionId', message: 'unknown' },
    { code: 'VALIDATION', field: 'questions[0].logic[0].then', message: 'then must be ...' },
    { code: 'VALIDATION', field: 'hiddenFields[0].key', message: 'bad key' },
  ]);
  expect(other).toEqual([]);
  expect(Object.fromEntries(Object.values(fields).map((f) => [f.key, f.message]))).toEqual({
    'questions.1.logic.1.target': 'logicOrder',
    'questions.2.logic.0.if.questionId': 'logicReference',
    'questions.0.logic.0.then': 'logicRule',
    'hiddenFields.0.key': 'hiddenField',
  });
});

function builder(form: SurveyForm, errors: Record<string, FieldError> = {}) {
  return mount(SurveyBuilder, { props: { form, errors, readonly: false, isNew: false }, global: { plugins: [i18n] }, attachTo: document.body });
}

test('the editor adds a rule whose choices follow what it reads, and the definition follows the editor', async () => {
  const form = reactive(formOf(SURVEY)) as SurveyForm;
  const page = builder(form);
  const last = page.findAll('[data-test=logic]')[3];
  expect(last.text()).toContain('没有规则：总是显示此题。');
  await last.find('[data-test=logic-add]').trigger('click');
  const source = last.find<HTMLSelectElement>('[data-test=logic-source]');
  expect(source.findAll('option').map((o) => o.text())).toEqual(
    ['评分', '评论', '隐藏字段：订单号', '问题 1：哪里让您失望了？', '问题 2：哪方面？', '问题 3：何时回电？']);
  await source.setValue('area');
  expect(last.find('[data-test=logic-op]').findAll('option').map((o) => o.text())).toEqual(['等于', '是其中之一', '已回答', '未回答']);
  await last.find('[data-test=logic-op]').setValue('ONE_OF');
  const boxes = last.findAll<HTMLInputElement>('.logic__values input[type=checkbox]');
  await boxes[1].setValue(true);
  await last.find('[data-test=logic-then]').setValue('END');
  expect(definitionOf(form).questions[3].logic).toEqual([{ if: { questionId: 'area', op: 'ONE_OF', value: ['speed'] }, then: 'END' }]);
  // A skip offers only later questions.
  const second = page.findAll('[data-test=logic]')[1];
  expect(second.find('[data-test=logic-target]').findAll('option').map((o) => o.text())).toEqual(['选择问题', '问题 3：何时回电？', '问题 4：还有吗？']);
  await second.findAll('[data-test=logic-remove]')[0].trigger('click');
  expect(definitionOf(form).questions[1].logic).toEqual([{ if: { questionId: 'orderId', op: 'NOT_ANSWERED' }, then: 'SKIP_TO', target: 'last' }]);
});

test('an API error shows at its rule, in English too', async () => {
  setLocale('en');
  const form = reactive(formOf(SURVEY)) as SurveyForm;
  const { fields } = errorsByField([{ code: 'LOGIC_ORDER', field: 'questions[1].logic[1].target', message: 'x' }]);
  const page = builder(form, fields);
  const rule = page.findAll('[data-test=logic]')[1].findAll('[data-test=logic-rule]')[1];
  expect(rule.find('[data-test=field-error]').text()).toBe('A condition reads only earlier questions, and a skip goes only to a later question.');
  expect(rule.find('[data-test=logic-target]').attributes('aria-invalid')).toBe('true');
  expect(page.find('#hidden-h').text()).toBe('Hidden fields');
});
