/**
 * A fake Web Speech API (`speechSynthesis` + `SpeechSynthesisUtterance`) that tests drive by hand:
 * each spoken utterance waits until the test calls `finish()` (or `boundary()`, `fail()`), so the
 * reading position moves exactly when the test says so.
 *
 * The same function runs in jsdom (unit tests call it with the window) and in Chromium (the
 * end-to-end test injects its source as an init script), so it is self-contained: no imports, no
 * closures over module state, plain ES2020. Control: `window.__ledeSpeech`.
 */
export interface FakeVoiceSpec { name: string; lang: string; localService?: boolean; default?: boolean; voiceURI?: string }

export interface FakeSpeechControl {
  /** Every utterance passed to speak(), in order: its text, lang, voice name and rate. */
  log: { text: string; lang: string; voice: string | null; rate: number }[];
  /** Text of the utterance being spoken, or null. */
  current(): string | null;
  /** Number of cancel() calls. */
  cancels(): number;
  /** The current utterance reaches a word at `charIndex`. */
  boundary(charIndex: number): void;
  /** The current utterance ends; the next queued one starts. */
  finish(): void;
  /** The current utterance fails with `code` ('synthesis-failed', 'not-allowed'…). */
  fail(code: string): void;
  /** Replaces the voices and fires voiceschanged. */
  setVoices(voices: FakeVoiceSpec[]): void;
  /** Called on every cancel() (a test can report it out of a frame that is about to go away). */
  onCancel: (() => void) | null;
}

export const DEFAULT_FAKE_VOICES: FakeVoiceSpec[] = [
  { name: 'Fake English', lang: 'en-US', localService: true, default: true },
  { name: 'Fake English (UK)', lang: 'en-GB', localService: true },
  { name: 'Fake Korean', lang: 'ko-KR', localService: true },
  { name: 'Google 한국의', lang: 'ko-KR', localService: false },
];

export function installFakeSpeech(win: any, voiceSpecs?: FakeVoiceSpec[]): FakeSpeechControl {
  const specs = voiceSpecs ?? [
    { name: 'Fake English', lang: 'en-US', localService: true, default: true },
    { name: 'Fake English (UK)', lang: 'en-GB', localService: true },
    { name: 'Fake Korean', lang: 'ko-KR', localService: true },
    { name: 'Google 한국의', lang: 'ko-KR', localService: false },
  ];
  const makeVoices = (list: FakeVoiceSpec[]) => list.map((v) => ({
    name: v.name, lang: v.lang, localService: v.localService !== false, default: Boolean(v.default), voiceURI: v.voiceURI ?? v.name,
  }));
  let voices = makeVoices(specs);

  function fire(target: any, type: string, extra: Record<string, unknown>): void {
    const event: any = new win.Event(type);
    for (const key of Object.keys(extra)) Object.defineProperty(event, key, { value: extra[key] });
    target.dispatchEvent(event);
    const handler = target['on' + type];
    if (typeof handler === 'function') handler.call(target, event);
  }

  function FakeUtterance(this: any, text?: string) {
    const target: any = new win.EventTarget();
    target.text = text ?? '';
    target.lang = '';
    target.voice = null;
    target.rate = 1;
    target.pitch = 1;
    target.volume = 1;
    target.onstart = null; target.onend = null; target.onerror = null; target.onboundary = null;
    target.onpause = null; target.onresume = null; target.onmark = null;
    return target;
  }

  const synth: any = new win.EventTarget();
  const queue: any[] = [];
  let speaking: any = null;
  let paused = false;
  let cancelCount = 0;
  const log: FakeSpeechControl['log'] = [];
  synth.onvoiceschanged = null;

  // Like real engines, events arrive asynchronously, after speak() has returned.
  const later = (fn: () => void) => win.setTimeout(fn, 0);

  function startNext(): void {
    if (speaking || !queue.length) return;
    speaking = queue.shift();
    const utterance = speaking;
    later(() => { if (speaking === utterance) fire(utterance, 'start', { utterance, charIndex: 0, elapsedTime: 0 }); });
  }

  synth.speak = (utterance: any) => {
    log.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.name : null, rate: utterance.rate });
    queue.push(utterance);
    startNext();
  };
  synth.cancel = () => {
    cancelCount += 1;
    if (typeof control.onCancel === 'function') control.onCancel();
    const dropped = speaking ? [speaking, ...queue] : [...queue];
    speaking = null;
    queue.length = 0;
    paused = false;
    dropped.forEach((utterance, i) => later(() => fire(utterance, 'error', { utterance, error: i === 0 ? 'interrupted' : 'canceled', charIndex: 0, elapsedTime: 0 })));
  };
  synth.pause = () => { paused = true; };
  synth.resume = () => { paused = false; };
  synth.getVoices = () => voices.slice();
  Object.defineProperty(synth, 'speaking', { get: () => Boolean(speaking) });
  Object.defineProperty(synth, 'pending', { get: () => queue.length > 0 });
  Object.defineProperty(synth, 'paused', { get: () => paused });

  Object.defineProperty(win, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(win, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });

  const control: FakeSpeechControl = {
    log,
    current: () => (speaking ? speaking.text : null),
    cancels: () => cancelCount,
    boundary(charIndex) {
      if (speaking) fire(speaking, 'boundary', { utterance: speaking, charIndex, name: 'word', elapsedTime: 0 });
    },
    finish() {
      const utterance = speaking;
      if (!utterance) return;
      speaking = null;
      fire(utterance, 'end', { utterance, charIndex: utterance.text.length, elapsedTime: 0 });
      startNext();
    },
    fail(code) {
      const utterance = speaking;
      if (!utterance) return;
      speaking = null;
      fire(utterance, 'error', { utterance, error: code, charIndex: 0, elapsedTime: 0 });
      startNext();
    },
    setVoices(list) {
      voices = makeVoices(list);
      fire(synth, 'voiceschanged', {});
    },
    onCancel: null,
  };
  win.__ledeSpeech = control;
  return control;
}
