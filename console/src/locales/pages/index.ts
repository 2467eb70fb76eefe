// Each page owns a module of messages; they are merged under their own top-level keys.
import * as responses from './responses';
import * as settingsLoop from './settingsLoop';
import * as surveys from './surveys';
import * as topics from './topics';

export const pagesZhCN = { ...topics.zhCN, ...responses.zhCN, ...surveys.zhCN, ...settingsLoop.zhCN };
export const pagesEn = { ...topics.en, ...responses.en, ...surveys.en, ...settingsLoop.en };
