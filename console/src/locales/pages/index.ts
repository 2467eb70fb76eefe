// Each page owns a module of messages; they are merged under their own top-level keys.
import * as accounts from './accounts';
import * as actions from './actions';
import * as cases from './cases';
import * as distributions from './distributions';
import * as channels from './channels';
import * as responses from './responses';
import * as settingsLoop from './settingsLoop';
import * as settingsPeople from './settingsPeople';
import * as surveys from './surveys';
import * as topics from './topics';

export const pagesZhCN = {
  ...topics.zhCN, ...responses.zhCN, ...surveys.zhCN, ...cases.zhCN, ...actions.zhCN, ...settingsPeople.zhCN,
  ...settingsLoop.zhCN, ...distributions.zhCN, ...channels.zhCN, ...accounts.zhCN,
};
export const pagesEn = {
  ...topics.en, ...responses.en, ...surveys.en, ...cases.en, ...actions.en, ...settingsPeople.en, ...settingsLoop.en,
  ...distributions.en, ...channels.en, ...accounts.en,
};
