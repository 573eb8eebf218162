/**
 * Read aloud in the reading view (full-tab reader and overlay): the controls (play/pause, stop,
 * speed, and the state for assistive technology), the note that explains a missing voice, the
 * highlight of the sentence being read (data-role="speaking", kept in view), and "read from here"
 * clicks on a sentence or a key fact while read aloud is on.
 */
import type { Article, KeyFact } from '../../core/types';
import { effectiveLang } from '../../core/keyfacts/terms';
import { READ_ALOUD_RATES, type ReadAloudSettings } from '../../shared/read-aloud-settings';
import { h } from '../dom';
import { t, type MessageKey } from '../i18n';
import { icon } from '../icons';
import { createReadAloud, type ReadAloud, type ReadState } from './controller';
import type { SpeechEngine } from './engine';
import { installHint, languageName } from './hints';
import { collectUnits, type SpokenUnit } from './units';
import { chooseVoice, primaryLanguage } from './voices';

export interface PlayerOptions {
  /** The rendered article view (renderArticleView). */
  view: HTMLElement;
  article: Pick<Article, 'textContent' | 'lang'>;
  keyFacts: readonly KeyFact[];
  engine: SpeechEngine | null;
  settings: ReadAloudSettings;
  /** The UI language, for language names in messages. */
  locale: string;
  /** The user changed the speed in the view (the caller stores it). */
  onRate(rate: number): void;
}

export interface Player {
  /** Play/pause, stop, speed and state: for the toolbar. */
  controls: HTMLElement;
  /** Explanations (no voice for the language, speech refused or failed): for the top of the view. */
  note: HTMLElement;
  readonly state: ReadState;
  /** Plays from the start when idle, pauses, resumes. */
  toggle(): void;
  play(): Promise<void>;
  stop(): void;
  /** Settings changed (from storage): speed applies at once, the rest from the next start. */
  update(settings: ReadAloudSettings): void;
  /** Stops reading and lets go of the page (the view is closing or being replaced). */
  dispose(): void;
}

const STATE_KEYS: Record<ReadState, MessageKey> = { idle: 'readAloudStateIdle', playing: 'readAloudStatePlaying', paused: 'readAloudStatePaused' };
/** About 10 s of speech at normal speed: under the cut-off Chrome applies to network voices. */
const NETWORK_VOICE_MAX_CHARS = 160;
/** How long to wait for the browser's voice list (Chrome fills it after the page starts). */
const VOICES_WAIT_MS = 1500;

function waitForVoices(engine: SpeechEngine, win: Window): Promise<void> {
  if (engine.voices().length) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = win.setTimeout(done, VOICES_WAIT_MS);
    const off = engine.onVoicesChanged(() => { if (engine.voices().length) done(); });
    function done(): void { win.clearTimeout(timer); off(); resolve(); }
  });
}

function prefersReducedMotion(win: Window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Scrolls `element` to the middle of the view when it is out of sight (behind the sticky bars counts as out). */
function keepInView(element: HTMLElement, win: Window): void {
  const rect = element.getBoundingClientRect();
  const height = win.innerHeight || 0;
  const toolbar = element.ownerDocument.querySelector('.lede-bar')?.getBoundingClientRect().bottom ?? 0;
  if (height && rect.top >= toolbar && rect.bottom <= height - 24) return;
  element.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' });
}

export function createPlayer(doc: Document, options: PlayerOptions): Player {
  const win = doc.defaultView!;
  const { view, engine } = options;
  let settings = options.settings;
  let reader: ReadAloud | null = null;
  let units: SpokenUnit[] = [];
  let speaking: SpokenUnit | null = null;
  let disposed = false;
  const lang = primaryLanguage(effectiveLang(options.article.lang, options.article.textContent ?? '')) || 'en';

  const label = h(doc, 'span', { class: 'lede-listen-label', text: t('readAloud') });
  const playIcon = h(doc, 'span', { class: 'lede-listen-icon' }, icon(doc, 'play'));
  const play = h(doc, 'button', {
    class: 'lede-button lede-listen-play',
    attrs: { type: 'button', 'data-role': 'read-aloud', title: `${t('readAloud')} (N)`, 'aria-keyshortcuts': 'N' },
  }, playIcon, label);
  const stopButton = h(doc, 'button', {
    class: 'lede-icon-button lede-listen-stop',
    attrs: { type: 'button', 'data-action': 'read-aloud-stop', 'aria-label': t('readAloudStop'), title: t('readAloudStop'), disabled: true },
  }, icon(doc, 'stop'));
  const rate = h(doc, 'select', {
    class: 'lede-select lede-listen-rate',
    attrs: { 'data-action': 'read-aloud-rate', 'aria-label': t('readAloudRate'), title: t('readAloudRate') },
  }, ...READ_ALOUD_RATES.map((value) => h(doc, 'option', {
    text: t('readAloudRateValue', new Intl.NumberFormat(options.locale).format(value)),
    attrs: { value: String(value) },
  })));
  const stateText = h(doc, 'span', {
    class: 'lede-visually-hidden',
    text: t('readAloudStateIdle'),
    attrs: { 'data-role': 'read-aloud-state', 'data-state': 'idle', role: 'status', 'aria-live': 'polite' },
  });
  const controls = h(doc, 'span', { class: 'lede-listen', attrs: { role: 'group', 'aria-label': t('readAloudGroup') } },
    play, stopButton, rate, stateText);
  const note = h(doc, 'p', { class: 'lede-listen-note', attrs: { 'data-role': 'read-aloud-note', role: 'status', 'aria-live': 'polite', hidden: true } });

  const say = (text: string) => {
    note.textContent = text;
    note.hidden = !text;
  };

  const voiceProblem = (reason: 'none' | 'online-only' | 'unsupported'): string => {
    if (reason === 'unsupported') return t('readAloudUnsupported');
    const name = languageName(lang, options.locale);
    const hint = installHint(win.navigator?.userAgent ?? '');
    return `${t(reason === 'none' ? 'readAloudNoVoice' : 'readAloudOnlineOnly', name)} ${hint}`;
  };

  const setSpeaking = (unit: SpokenUnit | null) => {
    if (speaking === unit) return;
    for (const element of speaking?.elements ?? []) element.removeAttribute('data-role');
    speaking = unit;
    for (const element of unit?.elements ?? []) element.setAttribute('data-role', 'speaking');
    if (unit?.elements[0]) keepInView(unit.elements[0], win);
  };

  const showState = (state: ReadState, index: number | null) => {
    stateText.dataset.state = state;
    stateText.textContent = t(STATE_KEYS[state]);
    doc.body.dataset.readAloud = state;
    stopButton.disabled = state === 'idle';
    const key: MessageKey = state === 'playing' ? 'readAloudPause' : state === 'paused' ? 'readAloudResume' : 'readAloud';
    // The label says what a press does (Listen / Pause / Resume); no aria-pressed on top of it.
    label.textContent = t(key);
    play.title = `${t(key)} (N)`;
    playIcon.replaceChildren(icon(doc, state === 'playing' ? 'pause' : 'play'));
    // Between utterances the index stays; idle clears the highlight.
    setSpeaking(state === 'idle' || index === null ? null : units[index] ?? null);
  };

  const onError = (code: string) => {
    say(code === 'not-allowed' ? t('readAloudNotAllowed') : code === 'synthesis-unavailable' ? voiceProblem('unsupported') : t('readAloudFailed', code));
    // Refused without a click (the reader tab opened by the popup's Listen): one key press from here.
    if (code === 'not-allowed') play.focus({ preventScroll: true });
  };

  const start = async (fromUnit = 0): Promise<void> => {
    if (!engine) {
      say(voiceProblem('unsupported'));
      return;
    }
    await waitForVoices(engine, win);
    if (disposed) return;
    const choice = chooseVoice(engine.voices(), lang, settings.voices[lang]);
    if (!choice.ok) {
      say(voiceProblem(choice.reason));
      return;
    }
    say('');
    reader?.stop();
    units = collectUnits({ view, article: options.article, keyFacts: options.keyFacts, includeKeyFacts: settings.keyFacts });
    reader = createReadAloud({
      engine,
      units: units.map((unit) => unit.text),
      lang: choice.voice.lang || lang,
      voiceId: choice.voice.id,
      rate: settings.rate,
      maxChars: choice.voice.local ? null : NETWORK_VOICE_MAX_CHARS,
      onChange: showState,
      onError,
    });
    reader.play(fromUnit);
  };

  const toggle = () => {
    if (!reader || reader.state === 'idle') void start(0);
    else reader.toggle();
  };

  play.addEventListener('click', toggle);
  stopButton.addEventListener('click', () => {
    reader?.stop();
    play.focus();
  });
  rate.addEventListener('change', () => {
    const value = Number(rate.value);
    settings = { ...settings, rate: value };
    reader?.setRate(value);
    options.onRate(value);
  });

  /** While read aloud is on, a click on a sentence (or a key fact, the title) reads from there. */
  const onViewClick = (event: MouseEvent) => {
    if (!reader || reader.state === 'idle' || event.button !== 0) return;
    const target = event.target instanceof win.Element ? event.target : null;
    if (!target || target.closest('a[href], input, select, textarea, [data-action]')) return;
    const selection = win.getSelection?.();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return; // selecting text, not jumping
    let at = -1;
    const fact = target.closest<HTMLElement>('[data-role="key-fact"]');
    const sentence = target.closest<HTMLElement>('[data-role="article"] .lede-sentence[data-sentence-index]');
    // A key fact and its sentence are one unit: reading goes on from that sentence in the body.
    const sentenceIndex = fact?.dataset.sentenceIndex ?? sentence?.dataset.sentenceIndex;
    if (sentenceIndex !== undefined) at = units.findIndex((unit) => unit.kind === 'sentence' && unit.sentenceIndex === Number(sentenceIndex));
    else if (target.closest('.lede-title')) at = units.findIndex((unit) => unit.kind === 'title');
    if (at >= 0) reader.play(at);
  };
  view.addEventListener('click', onViewClick);

  // Say up front when the article's language has no usable voice, once the browser has listed them.
  const checkVoices = () => {
    if (!engine || disposed || reader?.state === 'playing') return;
    const voices = engine.voices();
    if (!voices.length) return;
    const choice = chooseVoice(voices, lang, settings.voices[lang]);
    say(choice.ok ? '' : voiceProblem(choice.reason));
  };
  const stopWatchingVoices = engine?.onVoicesChanged(checkVoices) ?? (() => undefined);
  checkVoices();

  const update = (next: ReadAloudSettings) => {
    const rateChanged = next.rate !== settings.rate;
    settings = next;
    rate.value = String(next.rate);
    if (rateChanged) reader?.setRate(next.rate);
    if (!reader || reader.state === 'idle') checkVoices();
  };
  rate.value = String(settings.rate);
  showState('idle', null);

  // The view is going away with the page (tab closed, overlay removed, navigation): stop speaking.
  const onPageHide = () => reader?.stop();
  win.addEventListener('pagehide', onPageHide);

  return {
    controls,
    note,
    get state() { return reader?.state ?? 'idle'; },
    toggle,
    play: () => start(0),
    stop: () => reader?.stop(),
    update,
    dispose() {
      disposed = true;
      reader?.stop();
      reader = null;
      setSpeaking(null);
      stopWatchingVoices();
      view.removeEventListener('click', onViewClick);
      win.removeEventListener('pagehide', onPageHide);
      delete doc.body.dataset.readAloud;
      controls.remove();
      note.remove();
    },
  };
}
