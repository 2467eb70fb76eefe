// The topics pages' messages under the `topicsPage` key, in zh-CN and en (test/locales.test.ts compares them).
export const zhCN = {
  topicsPage: { title: '主题' },
};
export const en: typeof zhCN = {
  topicsPage: { title: 'Topics' },
};
