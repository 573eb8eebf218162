/**
 * Turning a page snapshot into a Document for the extractor. DOMParser documents are inert: scripts
 * never run, nothing loads. No <base> is added: the extension pages' CSP (base-uri 'none') applies to
 * DOMParser documents too and blocks it; the extractor resolves URLs against the URL it is given.
 */

export function parseSnapshotHtml(html: string, parser: DOMParser = new DOMParser()): Document {
  return parser.parseFromString(html, 'text/html');
}

/** Lets the browser paint (the loading state) before a long synchronous parse starts. */
export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    // requestAnimationFrame alone doesn't fire in background tabs; the timeout bounds the wait.
    let done = false;
    const finish = () => { if (!done) { done = true; resolve(); } };
    win.requestAnimationFrame?.(() => win.setTimeout(finish, 0));
    win.setTimeout(finish, 50);
  });
}
