/**
 * Which voice reads an article: the one chosen in the settings for the article's language, else a
 * voice on this device for that language. Network voices (Google's, Microsoft's online voices) send
 * the text to their provider, and Lede promises to send nothing anywhere, so they are only used when
 * the user picked one by name.
 */
import type { Voice } from './engine';

/** Primary language subtag, lower case: 'ko-KR' → 'ko', 'en_US' → 'en'. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Voices that speak `lang` (by primary subtag), local ones first, then the system default, then by name. */
export function voicesFor(voices: readonly Voice[], lang: string): Voice[] {
  const primary = primaryLanguage(lang);
  if (!primary) return [];
  return voices
    .filter((voice) => primaryLanguage(voice.lang) === primary)
    .sort((a, b) => Number(b.local) - Number(a.local) || Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
}

export type VoiceChoice =
  | { ok: true; voice: Voice }
  /** 'none': no voice for the language at all; 'online-only': only network voices, none chosen. */
  | { ok: false; reason: 'none' | 'online-only' };

/**
 * The voice for an article in `lang`. `chosenId` is the settings' voice for that language (null =
 * automatic); a chosen voice that is gone falls back to automatic.
 */
export function chooseVoice(voices: readonly Voice[], lang: string, chosenId: string | null | undefined): VoiceChoice {
  const matching = voicesFor(voices, lang);
  if (chosenId) {
    const chosen = matching.find((voice) => voice.id === chosenId);
    if (chosen) return { ok: true, voice: chosen };
  }
  const local = matching.filter((voice) => voice.local);
  if (!local.length) return { ok: false, reason: matching.length ? 'online-only' : 'none' };
  // Prefer the region the language is mostly read in when the system has several (en-US over en-IN).
  const region = primaryLanguage(lang) === 'ko' ? 'ko-kr' : primaryLanguage(lang) === 'en' ? 'en-us' : '';
  const exact = region ? local.find((voice) => voice.lang.toLowerCase().replace('_', '-') === region) : undefined;
  return { ok: true, voice: local.find((voice) => voice.isDefault) ?? exact ?? local[0] };
}
