/**
 * View shortcuts: + / − change the text size (not while typing), N plays or pauses read aloud (the
 * key Firefox's Narrate uses; by its physical key too, so it works with a Korean keyboard layout
 * active), Esc leaves the overlay.
 */

export interface KeyboardHandlers {
  onTextSizeDelta(delta: 1 | -1): void;
  /** Overlay mode only: close the overlay. */
  onEscape?(): void;
  /** Read aloud: play / pause (reader and overlay). */
  onReadAloud?(): void;
}

/** True for the read-aloud key: N without modifiers, by character or physical key (ㅜ on a Korean layout). */
export function isReadAloudKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === 'n' || event.key === 'N' || event.code === 'KeyN';
}

/** True when keys typed into `target` belong to a field (input, select, textarea, editable). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const field = element.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]');
  if (!field) return false;
  // Checkboxes and buttons don't take text.
  return !(field instanceof element.ownerDocument.defaultView!.HTMLInputElement && /^(checkbox|radio|button|submit|reset)$/.test(field.type));
}

/** The text-size change a key press asks for, or 0. */
export function textSizeDeltaForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): 1 | -1 | 0 {
  // Ctrl/Cmd with +/- is the browser's own zoom: leave it alone.
  if (event.ctrlKey || event.metaKey || event.altKey) return 0;
  if (event.key === '+' || event.key === '=') return 1;
  if (event.key === '-' || event.key === '_' || event.key === '\u2212') return -1;
  return 0;
}

export function installKeyboard(doc: Document, handlers: KeyboardHandlers): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && handlers.onEscape) {
      event.preventDefault();
      handlers.onEscape();
      return;
    }
    if (isTypingTarget(event.target)) return;
    if (handlers.onReadAloud && isReadAloudKey(event) && !event.repeat) {
      event.preventDefault();
      handlers.onReadAloud();
      return;
    }
    const delta = textSizeDeltaForKey(event);
    if (delta) {
      event.preventDefault();
      handlers.onTextSizeDelta(delta);
    }
  };
  doc.addEventListener('keydown', listener);
  return () => doc.removeEventListener('keydown', listener);
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Overlay mode: Tab and Shift+Tab cycle inside the reading view instead of leaving the frame for
 * the page hidden behind it (which keyboard users could not see).
 */
export function trapFocus(doc: Document): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented) return;
    const focusable = [...doc.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = doc.activeElement;
    if (event.shiftKey && (active === first || active === doc.body || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
  doc.addEventListener('keydown', listener);
  return () => doc.removeEventListener('keydown', listener);
}
