// The surveys pages' messages under the `surveysPage` key, in zh-CN and en (test/locales.test.ts compares them).
export const zhCN = {
  surveysPage: { title: '问卷' },
};
export const en: typeof zhCN = {
  surveysPage: { title: 'Surveys' },
};
