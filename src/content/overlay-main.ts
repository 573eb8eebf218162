/**
 * Entry of dist/<browser>/overlay.js, injected by the worker (scripting.executeScript) into a tab
 * whose page is an article when automatic mode applies. Opens the overlay once; a second injection
 * while it is open does nothing.
 */
import { openOverlay } from './overlay';
import { currentOverlay, setCurrentOverlay } from './overlay-handle';

if (!currentOverlay()) {
  const overlay = openOverlay(() => setCurrentOverlay(undefined));
  setCurrentOverlay(overlay);
}
