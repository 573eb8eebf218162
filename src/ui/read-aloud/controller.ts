/**
 * Read-aloud playback over a list of text units (title, key facts, body sentences): one utterance per
 * unit, the next one spoken from the previous one's `end` event, the current unit reported from each
 * utterance's `start`. No DOM here; the player (player.ts) maps units to elements.
 *
 * Pause cancels the utterance and remembers the last word boundary; resume speaks the rest of the
 * sentence from there (from its start when the voice sends no boundaries). The engines' own
 * pause()/resume() are not used: Chrome drops a paused utterance after about 15 s on some voices,
 * speech-dispatcher voices on Linux may ignore pause, and a cancelled utterance cannot be left
 * half-alive when the view closes.
 */
import type { SpeechEngine } from './engine';

export type ReadState = 'idle' | 'playing' | 'paused';

export interface ReadAloudOptions {
  engine: SpeechEngine;
  /** The text of each unit, in reading order. */
  units: readonly string[];
  lang: string;
  voiceId: string | null;
  rate: number;
  /**
   * Longest utterance, in characters, or null for whole sentences. Network voices get one: Chrome
   * cuts their utterances off after about 15 s, and a long sentence can take longer than that.
   */
  maxChars?: number | null;
  /** State or current unit changed (index null when idle). */
  onChange(state: ReadState, index: number | null): void;
  /** The engine failed (error code); playback has stopped. */
  onError(code: string): void;
}

/** Errors that mean "someone cancelled this utterance", not a failure worth reporting. */
const CANCELLED = new Set(['interrupted', 'canceled']);
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Where an utterance that starts at `from` should end so it is at most `max` characters: after a
 * clause mark (comma, semicolon, colon, dash, closing quote) or else a space in the second half of
 * the window, so the voice pauses where a reader would; the end of the text when it fits.
 */
export function chunkEnd(text: string, from: number, max: number): number {
  if (text.length - from <= max) return text.length;
  const window = text.slice(from, from + max);
  const half = Math.floor(max / 2);
  let cut = -1;
  for (const match of window.matchAll(/[,;:—–)"”’」』]\s+|\s+[—–-]\s+/g)) if (match.index! >= half) cut = match.index! + match[0].length;
  if (cut < 0) {
    const space = window.lastIndexOf(' ');
    cut = space >= half ? space + 1 : max;
  }
  return from + cut;
}

export interface ReadAloud {
  readonly state: ReadState;
  readonly index: number | null;
  /** Starts (or restarts) reading at unit `from`. */
  play(from?: number): void;
  pause(): void;
  resume(): void;
  /** Play from the start when idle, pause when playing, resume when paused. */
  toggle(): void;
  stop(): void;
  /** New speed; the current sentence restarts at it from its last word (when playing). */
  setRate(rate: number): void;
}

export function createReadAloud(options: ReadAloudOptions): ReadAloud {
  let state: ReadState = 'idle';
  let index: number | null = null;
  let rate = options.rate;
  /** Bumped on every cancel: callbacks of an older utterance are ignored. */
  let generation = 0;
  /** Where the current utterance starts in its unit's text, and the last word boundary heard. */
  let spokenFrom = 0;
  const maxChars = options.maxChars ?? null;
  let resumeAt = 0;

  const report = () => options.onChange(state, index);

  const cancel = () => {
    generation += 1;
    options.engine.cancel();
  };

  /** The first unit at or after `from` with something to say, or null. */
  const nextSpeakable = (from: number): number | null => {
    for (let i = Math.max(0, from); i < options.units.length; i++) if (HAS_WORD.test(options.units[i])) return i;
    return null;
  };

  const finish = () => {
    state = 'idle';
    index = null;
    resumeAt = 0;
    report();
  };

  const speak = (unit: number, offset: number, retry = true) => {
    const mine = ++generation;
    let started = false;
    index = unit;
    spokenFrom = offset;
    resumeAt = offset;
    const text = options.units[unit];
    const end = maxChars ? chunkEnd(text, offset, maxChars) : text.length;
    options.engine.speak({ text: text.slice(offset, end), lang: options.lang, voiceId: options.voiceId, rate }, {
      start() {
        started = true;
        if (mine === generation) report();
      },
      boundary(charIndex) {
        if (mine === generation) resumeAt = spokenFrom + charIndex;
      },
      end() {
        if (mine !== generation) return;
        if (end < text.length && HAS_WORD.test(text.slice(end))) {
          speak(unit, end); // the rest of a long sentence, same highlight
          return;
        }
        const next = nextSpeakable(unit + 1);
        if (next === null) finish();
        else speak(next, 0);
      },
      error(code) {
        if (mine !== generation) return;
        // Some engines let the cancel() that preceded a speak() hit the new utterance too: try once more.
        if (CANCELLED.has(code) && !started && retry) {
          speak(unit, offset, false);
          return;
        }
        generation += 1;
        finish();
        if (!CANCELLED.has(code)) options.onError(code);
      },
    });
  };

  const api: ReadAloud = {
    get state() { return state; },
    get index() { return index; },
    play(from = 0) {
      const first = nextSpeakable(from);
      cancel();
      if (first === null) {
        finish();
        return;
      }
      state = 'playing';
      speak(first, 0);
      // The highlight follows the utterance's start event; the state changes now, with the click.
      report();
    },
    pause() {
      if (state !== 'playing') return;
      cancel();
      state = 'paused';
      report();
    },
    resume() {
      if (state !== 'paused' || index === null) return;
      state = 'playing';
      const text = options.units[index];
      // Resume at the last word heard, unless only a few characters are left to say.
      const offset = resumeAt < text.length && HAS_WORD.test(text.slice(resumeAt)) ? resumeAt : 0;
      speak(index, offset);
      report();
    },
    toggle() {
      if (state === 'idle') api.play(0);
      else if (state === 'playing') api.pause();
      else api.resume();
    },
    stop() {
      if (state === 'idle') return;
      cancel();
      finish();
    },
    setRate(next) {
      rate = next;
      if (state !== 'playing' || index === null) return;
      const unit = index;
      const offset = resumeAt;
      cancel();
      speak(unit, offset < options.units[unit].length ? offset : 0);
    },
  };
  return api;
}
