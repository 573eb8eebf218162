import type { Browser } from 'webextension-polyfill';

let installed: Browser | undefined;

/**
 * Makes `ext()` answer with webextension-polyfill's `browser` in this context. The worker and the
 * extension pages install it first thing (src/shared/use-polyfill.ts), so they run on the one
 * promise-based API on both browsers.
 */
export function installExtensionApi(api: Browser): void {
  installed = api;
}

/**
 * The extension API object, read at call time.
 *
 * The content script does not install the polyfill: it costs ~2.8 KB gzip, and the content script
 * must stay under 6 KB in total. Chrome MV3 and Firefox both return promises from every API it uses
 * (runtime.sendMessage), so the bare global serves there; messages are answered with `sendResponse` +
 * `return true`, which works with and without the polyfill (see src/shared/messages.ts). Reading the
 * global lazily (not at import time) lets tests swap in @webext-core/fake-browser.
 */
export function ext(): Browser {
  if (installed) return installed;
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Lede: no extension API');
  return api;
}
