/**
 * Lede's service worker (Chrome) / background script (Firefox). Every listener is registered
 * synchronously at the top level so a restarted worker receives the event that woke it; nothing
 * that matters lives only in globals (tab state, the popup's reads and handoffs are in storage.session, settings in
 * storage.sync/local).
 */
import '../shared/use-polyfill';
import { ext } from '../shared/browser-api';
import { replyingListener } from '../shared/messages';
import { isSettingsKey, migrateSettings } from '../shared/settings';
import { reapplySettings } from './auto-mode';
import { toggleSiteAuto, TOGGLE_SITE_AUTO } from './commands';
import { injectIntoOpenTabs, newsSiteMatches, syncGrantedContentScripts } from './dynamic-scripts';
import { forgetRead } from './kept-reads';
import { routeMessage } from './router';
import { clearTabDetection, moveTabDetection, onTabLoading } from './tab-state';

const api = ext();

api.runtime.onMessage.addListener(replyingListener(routeMessage) as Parameters<typeof api.runtime.onMessage.addListener>[0]);

api.tabs.onRemoved.addListener((tabId) => {
  void clearTabDetection(tabId, false).catch(() => undefined);
});

// A prerendered page swapped in under a new tab id: its state moves with it.
api.tabs.onReplaced.addListener((addedTabId, removedTabId) => {
  void moveTabDetection(removedTabId, addedTabId).catch(() => undefined);
});

api.tabs.onUpdated.addListener((tabId, changeInfo) => {
  // Any load or change of address (a reload, an in-page route) makes the popup's read of the tab stale.
  if (changeInfo.status === 'loading' || changeInfo.url !== undefined) void forgetRead(tabId);
  if (changeInfo.status === 'loading') void onTabLoading(tabId, changeInfo.url).catch(() => undefined);
});

api.commands.onCommand.addListener((command, tab) => {
  if (command === TOGGLE_SITE_AUTO) void toggleSiteAuto(tab).catch(() => undefined);
});

// Settings changed (options page, popup, another device, the command): re-decide automatic mode in open tabs.
api.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'sync' && areaName !== 'local') return;
  if (Object.keys(changes).some(isSettingsKey)) void reapplySettings().catch(() => undefined);
});

function setUp(): void {
  void migrateSettings().catch(() => undefined);
  void syncGrantedContentScripts().catch(() => undefined);
}

api.runtime.onInstalled.addListener(() => {
  setUp();
  // Chrome does not run content scripts in tabs that were open before the install: do it now, so their
  // toolbar button is right without a reload (the script guards against running twice).
  void injectIntoOpenTabs(newsSiteMatches()).catch(() => undefined);
});
api.runtime.onStartup.addListener(setUp);
api.permissions.onAdded.addListener((added) => {
  void syncGrantedContentScripts()
    .then(() => injectIntoOpenTabs(added.origins ?? []))
    .catch(() => undefined);
});
api.permissions.onRemoved.addListener(() => void syncGrantedContentScripts().catch(() => undefined));
