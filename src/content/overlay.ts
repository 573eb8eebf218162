/**
 * The automatic-mode overlay: reader.html?mode=overlay in an iframe, inside a CLOSED shadow root on
 * one host element (`<lede-overlay data-lede-overlay>`) appended to <html>. The reading view is an
 * extension page, so the page's CSS and scripts cannot reach into it.
 *
 * Closing restores the page exactly: the host is the only node we add, the scroll lock is an adopted
 * style sheet (no attribute of the page is touched), and the scroll position and focused element are
 * put back.
 */
import { ext } from '../shared/browser-api';

import type { OverlayHandle } from './overlay-handle';

const IMPORTANT = 'important';

function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  // CSSOM writes (not a style attribute string) are allowed under the page's own CSP.
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, IMPORTANT);
}

/** Locks page scrolling without touching the page's attributes; returns the undo. */
function lockScroll(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html,body{overflow:hidden!important;overscroll-behavior:none!important}');
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  } catch {
    // Older engines: fall back to inline styles, and put the exact old attribute back afterwards.
    const root = doc.documentElement;
    const previous = root.getAttribute('style');
    root.style.setProperty('overflow', 'hidden', IMPORTANT);
    return () => {
      if (previous === null) root.removeAttribute('style');
      else root.setAttribute('style', previous);
    };
  }
}

/** Opens the overlay; `onClose` runs once when it closes (Esc in the page, or close()). */
export function openOverlay(onClose: () => void): OverlayHandle {
  const doc = document;
  const view = window;
  const scrollX = view.scrollX;
  const scrollY = view.scrollY;
  const previousFocus = doc.activeElement;

  const host = doc.createElement('lede-overlay');
  host.setAttribute('data-lede-overlay', '');
  setStyles(host, {
    all: 'initial', display: 'block', position: 'fixed', inset: '0', width: '100vw', height: '100vh',
    'z-index': '2147483647', margin: '0', padding: '0', border: '0', background: 'Canvas',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = ext().runtime.getURL('reader.html?mode=overlay');
  frame.title = 'Lede';
  setStyles(frame, { display: 'block', width: '100%', height: '100%', border: '0', margin: '0', background: 'Canvas' });
  shadow.append(frame);

  const unlock = lockScroll(doc);
  doc.documentElement.append(host);
  frame.focus();
  frame.addEventListener('load', () => frame.focus(), { once: true });

  let open = true;
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopImmediatePropagation();
    event.preventDefault();
    close();
  };
  view.addEventListener('keydown', onKey, true);

  function close(): boolean {
    if (!open) return false;
    open = false;
    view.removeEventListener('keydown', onKey, true);
    host.remove();
    unlock();
    view.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
    if (previousFocus instanceof HTMLElement && previousFocus !== doc.body && previousFocus.isConnected) {
      previousFocus.focus({ preventScroll: true });
    }
    onClose();
    return true;
  }
  return { close };
}
