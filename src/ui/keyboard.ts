/** View shortcuts: + / − change the text size (not while typing), Esc leaves the overlay. */

export interface KeyboardHandlers {
  onTextSizeDelta(delta: 1 | -1): void;
  /** Overlay mode only: close the overlay. */
  onEscape?(): void;
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
    const delta = textSizeDeltaForKey(event);
    if (delta) {
      event.preventDefault();
      handlers.onTextSizeDelta(delta);
    }
  };
  doc.addEventListener('keydown', listener);
  return () => doc.removeEventListener('keydown', listener);
}
