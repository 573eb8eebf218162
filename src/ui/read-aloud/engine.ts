/**
 * The speech engine behind read aloud, as a small interface so tests can drive it with a fake.
 *
 * Why the Web Speech API (`speechSynthesis`) and not `chrome.tts`, in both browsers:
 * - Firefox has only `speechSynthesis`; using it in Chrome too keeps one code path to test.
 * - `chrome.tts` needs the "tts" permission; least privilege says not to ask for what the page API
 *   already does.
 * - Background tabs: the browser, not the page, synthesizes speech, and the sentence-by-sentence
 *   chain is driven from each utterance's `end` event, with no timer (timers are what browsers
 *   throttle in hidden tabs), so it does not depend on the reader tab being in front. Not verified
 *   in a real background tab (headless Chromium keeps every tab visible).
 * - Closing: speech started by a page stops when that page goes away, whereas `chrome.tts` keeps
 *   talking after its page closed unless told to stop.
 * The known traps of `speechSynthesis` are handled by the caller: one utterance per sentence (Chrome
 * cuts long utterances after about 15 s; Google's network voices send no word boundaries), and a
 * reference to the current utterance is kept so Chrome cannot garbage-collect it before `end`.
 */

/** A voice the engine offers. */
export interface Voice {
  /** Stable identifier (voiceURI), stored in the settings. */
  id: string;
  name: string;
  /** BCP 47 tag as the engine reports it ('ko-KR', 'en_US' on some systems). */
  lang: string;
  /** Synthesized on this device; false for network voices, which send the text to their provider. */
  local: boolean;
  isDefault: boolean;
}

export interface SpeakRequest {
  text: string;
  lang: string;
  /** Voice id; null lets the engine pick (not used by the player, which always chooses a local voice). */
  voiceId: string | null;
  /** 1 = normal speed. */
  rate: number;
}

/** What happens to one utterance. `charIndex` counts UTF-16 units into the spoken text. */
export interface SpeakCallbacks {
  start(): void;
  boundary(charIndex: number): void;
  end(): void;
  /** Engine error codes (SpeechSynthesisErrorEvent.error): 'interrupted', 'canceled', 'not-allowed'… */
  error(code: string): void;
}

export interface SpeechEngine {
  voices(): Voice[];
  /** Calls `listener` when the voice list changes (Chrome loads voices after the page starts). */
  onVoicesChanged(listener: () => void): () => void;
  /** Speaks one utterance (after any already queued). */
  speak(request: SpeakRequest, callbacks: SpeakCallbacks): void;
  /** Stops speaking and drops the queue. */
  cancel(): void;
}

interface SynthesisWindow {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/**
 * The page's `speechSynthesis` as a SpeechEngine, or null where the page has none. The window's
 * objects are looked up on every call, not captured once, so a test can swap in a fake at any time.
 */
export function webSpeechEngine(win: Window): SpeechEngine | null {
  const page = win as unknown as SynthesisWindow;
  const synth = (): SpeechSynthesis | undefined => page.speechSynthesis;
  if (!synth() || !page.SpeechSynthesisUtterance) return null;
  // Chrome drops the events of an utterance nothing references any more: hold on to the live one.
  let current: SpeechSynthesisUtterance | null = null;

  return {
    voices() {
      const list = synth()?.getVoices() ?? [];
      return list.map((voice) => ({
        id: voice.voiceURI || voice.name,
        name: voice.name,
        lang: voice.lang,
        local: voice.localService,
        isDefault: voice.default,
      }));
    },
    onVoicesChanged(listener) {
      const target = synth();
      if (!target) return () => undefined;
      target.addEventListener('voiceschanged', listener);
      return () => target.removeEventListener('voiceschanged', listener);
    },
    speak(request, callbacks) {
      const engine = synth();
      const Utterance = page.SpeechSynthesisUtterance;
      if (!engine || !Utterance) {
        callbacks.error('synthesis-unavailable');
        return;
      }
      const utterance = new Utterance(request.text);
      utterance.lang = request.lang;
      utterance.rate = request.rate;
      const voice = request.voiceId ? engine.getVoices().find((v) => (v.voiceURI || v.name) === request.voiceId) : undefined;
      if (voice) utterance.voice = voice;
      const done = () => { if (current === utterance) current = null; };
      utterance.addEventListener('start', () => callbacks.start());
      utterance.addEventListener('boundary', (event) => {
        // Sentence boundaries (Firefox sends some) are not resume points.
        if (!event.name || event.name === 'word') callbacks.boundary(event.charIndex);
      });
      utterance.addEventListener('end', () => { done(); callbacks.end(); });
      utterance.addEventListener('error', (event) => { done(); callbacks.error(event.error || 'unknown'); });
      current = utterance;
      engine.speak(utterance);
    },
    cancel() {
      current = null;
      synth()?.cancel();
    },
  };
}
