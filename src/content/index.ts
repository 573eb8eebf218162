/**
 * Lede's content script, injected into every news page: cheap detection and a report to the worker,
 * again after in-page navigation. That is all. The page is never parsed here (extension pages do it),
 * the serializer and the automatic-mode overlay are injected by the worker only when needed
 * (scripting.executeScript: src/shared/serialize-page.ts, src/content/overlay-main.ts), so what runs
 * on every page load stays tiny: dist/chrome/content.js must stay ≤ 6 KB gzip. It uses the bare
 * extension API through ext() rather than webextension-polyfill (see src/shared/browser-api.ts).
 */
import { detectArticle } from '../core/detect';
import type { Detection } from '../core/types';
import { notifyWorker } from '../shared/messages';
import { closeOpenOverlay } from './overlay-handle';

/** How often (at most) DOM mutations trigger a look at the URL, and how long to wait for a new view to render. */
const URL_CHECK_MS = 500;
const SETTLE_MS = 700;
/** Re-detections per page lifetime: an app that rewrites its URL forever must not cost forever. */
const MAX_DETECTIONS = 100;

const scope = globalThis as { __ledeContent?: true };
let lastUrl = '';
let detections = 0;

function detect(): void {
  if (detections++ >= MAX_DETECTIONS) return;
  const url = location.href;
  lastUrl = url;
  let detection: Detection;
  try {
    detection = detectArticle(document, url);
  } catch {
    detection = { isArticle: false, kind: 'none', confidence: 0, reasons: ['error'] };
  }
  // A harmless marker on <html> (read by the end-to-end tests): 'yes' when this page is an article.
  // setAttribute, not dataset: an XML document's root element has no dataset.
  document.documentElement?.setAttribute('data-lede-article', detection.isArticle ? 'yes' : 'no');
  // The worker records it, updates the toolbar button and opens the overlay in automatic mode.
  notifyWorker('pageDetected', { url, detection }).catch(() => undefined);
}

function onUrlMaybeChanged(): void {
  if (location.href === lastUrl) return;
  lastUrl = location.href;
  closeOpenOverlay(); // the overlay showed the previous view's article
  setTimeout(detect, SETTLE_MS);
}

function watchNavigation(): void {
  // history.pushState wrappers are invisible from the isolated world: watch events and, throttled, the URL.
  addEventListener('popstate', onUrlMaybeChanged);
  addEventListener('hashchange', onUrlMaybeChanged);
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      onUrlMaybeChanged();
    }, URL_CHECK_MS);
  }).observe(document, { childList: true, subtree: true });
}

// Injected twice (manifest + the toggle command's executeScript)? The isolated world is shared: run once.
if (!scope.__ledeContent) {
  scope.__ledeContent = true;
  detect();
  watchNavigation();
}
