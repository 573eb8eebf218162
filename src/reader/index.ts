/**
 * Full-tab reader (`reader.html?handoff=<token>`, the page handed over by the worker: the popup's
 * read of it, or a snapshot to read; or `?tabId=N`) and the automatic-mode overlay frame (`reader.html?mode=overlay`, the tab it is shown in).
 */
import '../shared/use-polyfill';
import { sanitizeArticleFragment } from '../core/sanitize';
import { ext } from '../shared/browser-api';
import { closeOverlayFromFrame, requestFramingPage, requestHandoff, requestSnapshot, tabIdFromLocation } from '../shared/snapshot';
import { startApp } from '../ui/app';
import { t } from '../ui/i18n';
import { readPage } from '../ui/read';
import { webSpeechEngine } from '../ui/read-aloud/engine';
import { createPlayer } from '../ui/read-aloud/player';

const params = new URLSearchParams(location.search);
const overlay = params.get('mode') === 'overlay';
const handoff = params.get('handoff');
const tabId = tabIdFromLocation(location.search);
// Opened by the popup's "Listen": read aloud once the article shows. Dropped from the address so a
// reload of the tab doesn't start talking again.
const listen = params.get('listen') === '1';
if (listen) {
  params.delete('listen');
  history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
}

startApp(document, {
  mode: overlay ? 'overlay' : 'reader',
  loadSnapshot() {
    if (overlay) return requestFramingPage();
    if (handoff) {
      // The worker keeps a handed-over article only for a while (and not across browser restarts).
      return requestHandoff(handoff).then((result) =>
        result.ok || result.reason !== 'error' ? result : { ...result, message: t('errorHandoffExpired') });
    }
    if (tabId !== null) return requestSnapshot(tabId);
    return Promise.resolve({ ok: false, reason: 'error', message: t('errorNoTab') });
  },
  read: readPage,
  sanitize: (html, doc) => sanitizeArticleFragment(html, doc),
  closeOverlay: overlay ? () => void closeOverlayFromFrame() : undefined,
  autoListen: listen && !overlay,
  readAloud: { createPlayer, speech: webSpeechEngine },
  openSettings() {
    void ext().runtime.openOptionsPage();
  },
});
