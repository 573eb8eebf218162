/**
 * Read-aloud settings (part of Settings, see settings-schema.ts): speed, whether the key facts are
 * read before the body, and a voice per article language. Stored like every other field, one key
 * each, in the version-2 layout:
 *   'readAloudRate' → number (0.75–2), 'readAloudKeyFacts' → boolean,
 *   'voice:<lang>' → voice id (absent = automatic: a voice on this device).
 * They are new keys, so stores written before read aloud existed keep everything and read the
 * defaults here: no migration step is needed, and none of the older keys change.
 */

export interface ReadAloudSettings {
  /** Speech rate, 1 = normal. */
  rate: number;
  /** Read the key facts after the title, before the body. */
  keyFacts: boolean;
  /** Chosen voice id per primary language ('en', 'ko'); absent = automatic. */
  voices: Record<string, string>;
}

export const READ_ALOUD_RATES: readonly number[] = [0.75, 1, 1.25, 1.5, 1.75, 2];
export const RATE_MIN = 0.75;
export const RATE_MAX = 2;

export const DEFAULT_READ_ALOUD: Readonly<ReadAloudSettings> = Object.freeze({
  rate: 1,
  keyFacts: true,
  voices: Object.freeze({}) as Record<string, string>,
});

export const READ_ALOUD_KEYS = { rate: 'readAloudRate', keyFacts: 'readAloudKeyFacts' } as const;
export const VOICE_KEY_PREFIX = 'voice:';

export function isReadAloudKey(key: string): boolean {
  return key === READ_ALOUD_KEYS.rate || key === READ_ALOUD_KEYS.keyFacts || key.startsWith(VOICE_KEY_PREFIX);
}

/** A finite number, clamped to 0.75–2 and rounded to 0.05. */
export function parseRate(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.round(Math.min(RATE_MAX, Math.max(RATE_MIN, value)) * 20) / 20;
}

export function parseReadKeyFacts(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A language key: a primary subtag such as 'en' or 'ko'. */
export function parseVoiceLang(value: string): string | undefined {
  const lang = value.toLowerCase();
  return /^[a-z]{2,3}$/.test(lang) ? lang : undefined;
}

/** A voice id (voiceURI): a non-empty string of sensible length. */
export function parseVoiceId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 300 ? value : undefined;
}

/** Reads the read-aloud fields from raw storage, field by field (invalid ones fall back to defaults). */
export function parseReadAloud(stored: Record<string, unknown>): ReadAloudSettings {
  const voices: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(VOICE_KEY_PREFIX)) continue;
    const lang = parseVoiceLang(key.slice(VOICE_KEY_PREFIX.length));
    const id = parseVoiceId(value);
    if (lang && id) voices[lang] = id;
  }
  return {
    rate: parseRate(stored[READ_ALOUD_KEYS.rate]) ?? DEFAULT_READ_ALOUD.rate,
    keyFacts: parseReadKeyFacts(stored[READ_ALOUD_KEYS.keyFacts]) ?? DEFAULT_READ_ALOUD.keyFacts,
    voices,
  };
}
