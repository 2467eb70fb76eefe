import type { Locale } from './types';

// Defaults match the server's (surveys/definitions.py); the survey definition usually carries its own.
const zh = {
  close: '关闭',
  submit: '提交',
  thanks: '感谢您的反馈！',
  comment: '还有什么想告诉我们的吗？（选填）',
  required: '此题为必填项',
  hint: '用方向键选择分数，按回车键确认',
  saved: '您的回答已保存，网络恢复后会自动提交。',
  already: '您已经参与过这份问卷，感谢您的支持！',
  unavailable: '这份问卷暂时无法填写。',
  nps: '您向朋友或同事推荐我们的可能性有多大？',
  csat: '您对这次体验的满意程度如何？',
  ces: '为了解决您的问题，您需要付出多少努力？',
  form: '请告诉我们您的意见或建议。',
  npsMin: '不可能',
  npsMax: '极有可能',
  csatMin: '非常不满意',
  csatMax: '非常满意',
  cesMin: '非常轻松',
  cesMax: '非常费力',
};

export type Strings = typeof zh;

const en: Strings = {
  close: 'Close',
  submit: 'Submit',
  thanks: 'Thank you for your feedback!',
  comment: 'Anything else you would like to tell us? (optional)',
  required: 'This question is required',
  hint: 'Use the arrow keys to choose a score, Enter to confirm',
  saved: 'Your answer is saved and will be sent when you are back online.',
  already: 'You have already taken this survey. Thank you!',
  unavailable: 'This survey is not available right now.',
  nps: 'How likely are you to recommend us to a friend or colleague?',
  csat: 'How satisfied are you with your experience?',
  ces: 'How much effort did it take to get your issue resolved?',
  form: 'Tell us what you think.',
  npsMin: 'Not likely',
  npsMax: 'Extremely likely',
  csatMin: 'Very dissatisfied',
  csatMax: 'Very satisfied',
  cesMin: 'Very little effort',
  cesMax: 'A lot of effort',
};

/** Maps any language tag to a supported locale, or undefined when it is neither Chinese nor English. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const t = (tag || '').toLowerCase();
  if (t.startsWith('en')) return 'en';
  if (t.startsWith('zh')) return 'zh-CN';
  return undefined;
}

/** Init option, else the survey's locale, else the browser's language, else zh-CN. */
export function chooseLocale(option?: string, surveyLocale?: string, browser?: string): Locale {
  return normalizeLocale(option) || normalizeLocale(surveyLocale) || normalizeLocale(browser) || 'zh-CN';
}

export function strings(locale: Locale): Strings {
  return locale === 'en' ? en : zh;
}
