// The responses pages' messages under the `responsesPage` key, in zh-CN and en (test/locales.test.ts compares them).
export const zhCN = {
  responsesPage: { title: '反馈' },
};
export const en: typeof zhCN = {
  responsesPage: { title: 'Responses' },
};
