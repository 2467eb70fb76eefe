// zh-CN by default; the user's choice is kept in this browser. ?lang=en|zh-CN on any URL switches too.
import { createI18n } from 'vue-i18n';
import en from './locales/en';
import zhCN from './locales/zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'voc.lang';

export function supported(value: unknown): Locale | null {
  if (typeof value !== 'string') return null;
  const tag = value.toLowerCase();
  return tag.startsWith('zh') ? 'zh-CN' : tag.startsWith('en') ? 'en' : null;
}

function initialLocale(): Locale {
  const asked = supported(new URLSearchParams(window.location.search).get('lang'));
  if (asked) {
    localStorage.setItem(STORAGE_KEY, asked);
    return asked;
  }
  return supported(localStorage.getItem(STORAGE_KEY)) ?? 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

document.documentElement.lang = i18n.global.locale.value;
