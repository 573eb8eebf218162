/**
 * The open overlay lives in a global of the extension's isolated world, which the content script,
 * the injected overlay script and the worker's executeScript calls all share.
 */
export interface OverlayHandle {
  /** Closes the overlay and restores the page; false if it was already closed. */
  close(): boolean;
}

type Scope = { __ledeOverlay?: OverlayHandle };

export function currentOverlay(): OverlayHandle | undefined {
  return (globalThis as Scope).__ledeOverlay;
}

export function setCurrentOverlay(handle: OverlayHandle | undefined): void {
  (globalThis as Scope).__ledeOverlay = handle;
}

export function closeOpenOverlay(): boolean {
  return currentOverlay()?.close() ?? false;
}
