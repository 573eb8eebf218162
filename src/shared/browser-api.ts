import type { Browser } from 'webextension-polyfill';

/**
 * The extension API object, read at call time.
 *
 * Why not webextension-polyfill here: it costs ~2.8 KB gzip, and the content script must stay under
 * 6 KB in total. Chrome MV3 and Firefox both return promises from every API we use (storage, tabs,
 * scripting, action, permissions, runtime.sendMessage); the one thing the polyfill adds that we need
 * — answering a message from a listener — is done with `sendResponse` + `return true`, which both
 * browsers support (see src/shared/messages.ts). Reading the global lazily (not at import time) lets
 * tests swap in @webext-core/fake-browser.
 */
export function ext(): Browser {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Lede: no extension API in this context');
  return api;
}
