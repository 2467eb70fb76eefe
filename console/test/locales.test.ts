import { expect, test } from 'vitest';
import en from '../src/locales/en';
import zh from '../src/locales/zh-CN';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

function placeholders(value: unknown, prefix = ''): Record<string, string[]> {
  if (typeof value === 'string') return { [prefix]: [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort() };
  return Object.assign({}, ...Object.entries(value as object).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)));
}

test('both languages have the same messages with the same placeholders', () => {
  expect(keys(en)).toEqual(keys(zh));
  expect(placeholders(en)).toEqual(placeholders(zh));
});

test('the English messages hold no Chinese and the Chinese ones are Chinese', () => {
  const english = JSON.stringify(en);
  expect(english).not.toMatch(/[\u4e00-\u9fff]/);
  expect(zh.overview.title).toBe('概览');
});

test('zh-CN calls topics 主题 everywhere, and each settings entry in the navigation names its page as the page does', () => {
  expect(JSON.stringify(zh)).not.toContain('话题');
  for (const messages of [zh, en]) {
    const nav = messages.settingsShell.nav;
    expect([nav.teams, nav.sla, nav.automation, nav.webhooks, nav.vocabulary, nav.channels]).toEqual([
      messages.settingsLoop.teams.title, messages.settingsLoop.sla.title, messages.settingsLoop.automation.title,
      messages.settingsLoop.webhooks.title, messages.settingsLoop.vocabulary.title, messages.settingsChannels.title]);
  }
});
