/**
 * The reading app shared by the popup, the full-tab reader and the automatic-mode overlay:
 * states (body[data-state]), the snapshot → parse → read → render flow, controls and live settings.
 */
import type { PageFingerprint, PageLoad, ReadPage } from '../shared/messages';
import { updateReadAloud } from '../shared/settings';
import { applyAppearance } from './appearance';
import { clear, h } from './dom';
import { localizeTree, t, uiLanguage } from './i18n';
import { installKeyboard, trapFocus } from './keyboard';
import { nextFrame, parseSnapshotHtml } from './parse';
import type { Player, PlayerOptions } from './read-aloud/player';
import type { SpeechEngine } from './read-aloud/engine';
import { renderStatePanel } from './render/state-panel';
import { buildShell, type Shell } from './shell';
import { applyState, isHtml, notAnArticle, stateForException, stateForResult, stateForSnapshotFailure, type StateInfo } from './state';
import { renderArticleView } from './view';
import type { FragmentSanitizer, ReadResultLike, ViewMode } from './view-model';

export interface AppOptions {
  mode: ViewMode;
  /**
   * Gets the page to show (never throws; failures are results): a snapshot to read, or a page another
   * view already read (the popup's, handed over by the worker), shown as it is.
   */
  loadSnapshot(): Promise<PageLoad>;
  /**
   * Popup: an article was read here from a snapshot of the page in state `fingerprint` and is now
   * shown; hand it on so the reader tab and the overlay need not read the page again.
   */
  onArticleRead?(read: ReadPage, fingerprint: PageFingerprint): void;
  /** Runs the core pipeline; `force` = "show anyway" (extract even if detection says no). */
  read(doc: Document, url: string, force: boolean): ReadResultLike;
  sanitize: FragmentSanitizer;
  /** Popup: open the full-tab reader (absent elsewhere); `listen` asks it to start reading aloud. */
  openFullTab?(options?: { listen?: boolean }): Promise<string | null>;
  /** Overlay: close the overlay (Esc, Back to page). */
  closeOverlay?(): void;
  openSettings(): void;
  /** Override of SNAPSHOT_TIMEOUT_MS (tests). */
  snapshotTimeoutMs?: number;
  /** Reader tab opened by the popup's "Listen": start reading aloud once the article shows. */
  autoListen?: boolean;
  /**
   * Read aloud, in the reader and the overlay (src/ui/read-aloud). Passed in rather than imported so
   * the popup, which only offers "Listen" (opening the reader tab), doesn't ship the player.
   */
  readAloud?: ReadAloudSupport;
}

export interface ReadAloudSupport {
  createPlayer(doc: Document, options: PlayerOptions): Player;
  /** The speech engine: the page's speechSynthesis (webSpeechEngine), or a fake in tests. */
  speech(win: Window): SpeechEngine | null;
  /** Stores a speed chosen in the view (default: the settings storage). */
  saveRate?(rate: number): void;
}

/**
 * How long the page may take to hand over its snapshot. Bad pages must end in a clear state within
 * seconds (issue 4 §2); a busy page can be retried.
 */
export const SNAPSHOT_TIMEOUT_MS = 4_000;

type Snapshot = PageLoad | { ok: false; reason: 'timeout'; message: string };

function withTimeout(win: Window, pending: Promise<PageLoad>, ms: number): Promise<Snapshot> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(() => resolve({ ok: false, reason: 'timeout', message: '' }), ms);
    pending.then(
      (value) => { win.clearTimeout(timer); resolve(value); },
      (error: unknown) => { win.clearTimeout(timer); resolve({ ok: false, reason: 'error', message: String(error) }); },
    );
  });
}

/**
 * Performance marks (`lede:snapshot|parsed|read|rendered`) so the bench can tell where the time
 * between the click and the painted article goes (scripts/bench/popup-paint.ts). Cheap, and never fatal.
 */
function mark(win: Window, name: string): void {
  try { win.performance.mark(`lede:${name}`); } catch { /* no User Timing: nothing to record */ }
}

interface Loaded {
  /**
   * The snapshot's HTML: "show anyway" reads a fresh parse of it (the first parse was consumed).
   * null for a page handed over already read (always an article, so never "show anyway").
   */
  html: string | null;
  url: string;
  result: ReadResultLike;
  /** Characters the snapshot cut from an overlong text node (PageSnapshot.cutChars). */
  cutChars?: number;
  /** The page's state when it was serialized (PageSnapshot.fingerprint). */
  fingerprint?: PageFingerprint;
}

/** Where the shown page came from (body[data-read-source], for tests and measurements). */
type ReadSource = 'page' | 'handed-over';

export function startApp(doc: Document, options: AppOptions): void {
  const win = doc.defaultView!;
  const locale = uiLanguage();
  doc.documentElement.lang = locale;
  localizeTree(doc);
  const main = h(doc, 'main', { class: 'lede-main', attrs: { id: 'lede-main', tabindex: '-1' } });
  let settings: Shell | null = null;
  // Read aloud belongs to one rendered article: it stops whenever the view is replaced.
  let player: Player | null = null;
  let autoListen = options.autoListen === true;
  const dropPlayer = () => {
    player?.dispose();
    player = null;
    settings?.setListen(null);
  };

  const show = (info: StateInfo, handlers: Parameters<typeof renderStatePanel>[2] = {}) => {
    dropPlayer();
    clear(main);
    main.append(renderStatePanel(doc, info, handlers));
    applyState(doc, info.state);
  };

  const renderResult = (loaded: Loaded, force: boolean) => {
    let result = loaded.result;
    let info = stateForResult(result, force);
    if (force && result.view !== 'article' && loaded.html !== null) {
      // The body was judged no article, so no key facts were made for it: read again, forced.
      try {
        result = options.read(parseSnapshotHtml(loaded.html), loaded.url, true);
        info = stateForResult(result, true);
      } catch (error) {
        info = stateForException(error);
      }
    }
    if (info.state === 'no-article') {
      show(info, {
        onShowAnyway: () => {
          try {
            renderResult(loaded, true);
          } catch (error) {
            show(stateForException(error), { onRetry: load });
          }
        },
      });
      return;
    }
    if (info.state !== 'ready' || !result.article) {
      show(info, { onRetry: load });
      return;
    }
    const article = result.article;
    const view = renderArticleView(doc, { ...result, article }, {
      locale,
      sanitize: options.sanitize,
      print: options.mode === 'reader' ? () => win.print() : undefined,
    });
    if (loaded.cutChars) {
      // Say that the article shown is not the whole page (see MAX_TEXT_NODE_CHARS).
      const note = h(doc, 'p', { class: 'lede-cut-note', text: t('noteTextCut', loaded.cutChars.toLocaleString(locale)), attrs: { 'data-role': 'cut-note', role: 'note' } });
      (view.querySelector('.lede-header') ?? view.firstChild)?.after(note);
    }
    dropPlayer();
    clear(main);
    main.append(view);
    const readAloud = options.readAloud;
    if (options.mode !== 'popup' && readAloud && settings) {
      player = readAloud.createPlayer(doc, {
        view, article, keyFacts: result.keyFacts, locale,
        engine: readAloud.speech(win),
        settings: settings.settings().readAloud,
        onRate: readAloud.saveRate ?? ((rate) => void updateReadAloud({ rate }).catch(() => undefined)),
      });
      settings.setListen(player.controls);
      (view.querySelector('.lede-header') ?? view.firstChild)?.after(player.note);
      if (autoListen) {
        autoListen = false;
        void player.play();
      }
    }
    if (options.mode !== 'popup') doc.title = `${article.title} · ${t('appName')}`;
    applyState(doc, 'ready');
    mark(win, 'rendered');
    win.scrollTo?.(0, 0);
    if (force) main.focus({ preventScroll: true });
    if (options.onArticleRead && loaded.fingerprint && loaded.html !== null) {
      const { detection, keyFacts, glance } = result;
      options.onArticleRead({ url: loaded.url, result: { detection, article, keyFacts, glance, view: 'article' }, cutChars: loaded.cutChars }, loaded.fingerprint);
    }
  };

  const setReadSource = (source: ReadSource) => { doc.body.dataset.readSource = source; };

  async function load(): Promise<void> {
    show({ state: 'loading' });
    settings?.setPage(null);
    // Once a frame has run since the loading state went up, it is on screen: no need to wait for
    // another before the long synchronous parse (rendering steps run before the next task).
    let framed = false;
    win.requestAnimationFrame?.(() => { framed = true; });
    const snapshot = await withTimeout(win, options.loadSnapshot(), options.snapshotTimeoutMs ?? SNAPSHOT_TIMEOUT_MS);
    if (!snapshot.ok) {
      show(stateForSnapshotFailure(snapshot.reason, null, snapshot.message), { onRetry: load });
      return;
    }
    mark(win, 'snapshot');
    if ('read' in snapshot) {
      // Already read by the popup: nothing to parse or read here; the body is sanitized as it renders.
      const { url, result, cutChars } = snapshot.read;
      settings?.setPage(url);
      setReadSource('handed-over');
      try {
        renderResult({ html: null, url, result, cutChars }, false);
      } catch (error) {
        show(stateForException(error), { onRetry: load });
      }
      return;
    }
    const { url, html, contentType, cutChars, fingerprint } = snapshot.snapshot;
    settings?.setPage(url);
    setReadSource('page');
    if (!framed) await nextFrame(win);
    try {
      const started = win.performance.now();
      const parsed = parseSnapshotHtml(html);
      mark(win, 'parsed');
      // Plain text, JSON, feeds, images: the browser wraps them in HTML, but they are not articles
      // (the detector only sees the wrapper). "Show anyway" still extracts.
      const result = isHtml(contentType) ? options.read(parsed, url, false) : notAnArticle(contentType);
      // Parse + read time, and the pipeline's own split, for tests and measurements.
      mark(win, 'read');
      doc.body.dataset.readMs = String(Math.round(win.performance.now() - started));
      if (result.timings) {
        doc.body.dataset.extractMs = String(Math.round(result.timings.extractMs));
        doc.body.dataset.detectMs = String(Math.round(result.timings.detectMs));
      }
      renderResult({ html, url, result, cutChars, fingerprint }, false);
    } catch (error) {
      show(stateForException(error), { onRetry: load });
    }
  }

  // Closing the overlay stops reading first (the frame's removal would too, a moment later).
  const closeOverlay = options.closeOverlay && (() => {
    player?.stop();
    options.closeOverlay!();
  });
  settings = buildShell(doc, {
    mode: options.mode,
    main,
    openSettings: options.openSettings,
    openFullTab: options.openFullTab,
    closeOverlay,
    onSettings: (next) => player?.update(next.readAloud),
  });
  installKeyboard(doc, {
    onTextSizeDelta: (delta) => settings?.stepTextSize(delta),
    onEscape: closeOverlay,
    onReadAloud: options.mode === 'popup' || !options.readAloud ? undefined : () => player?.toggle(),
  });
  if (options.mode === 'overlay') trapFocus(doc);
  // The shell is up and the loading state shown (the bench compares it with lede:arrived).
  mark(win, 'shell');
  void load();
}

/** Applies the defaults before settings arrive, so the first paint has the right theme. */
export function applyDefaultAppearance(doc: Document): void {
  applyAppearance(doc, { theme: 'system', textSize: 0 });
}
