/**
 * Settings storage: storage.sync, falling back to storage.local when sync is missing or fails
 * (quota, disabled sync, policy). Every field is its own key (see settings-schema.ts), so concurrent
 * writers from several tabs never lose each other's updates, and reads validate field by field.
 */
import type { Storage } from 'webextension-polyfill';
import { ext } from './browser-api';
import {
  KEYS, LEGACY_KEY, SETTINGS_VERSION, SITE_KEY_PREFIX, isSettingsKey, normalizeHost,
  parseAutoMode, parseContentWidth, parseFontFamily, parseLegacy, parseLineHeight, parseSettings, parseSiteMode,
  parseTextSize, parseTheme,
  type Settings, type SiteMode,
} from './settings-schema';

import {
  READ_ALOUD_KEYS, VOICE_KEY_PREFIX, parseRate, parseReadKeyFacts, parseVoiceId, parseVoiceLang,
} from './read-aloud-settings';

export * from './settings-schema';
export * from './read-aloud-settings';

type Area = Storage.StorageArea;

function areas(): { sync: Area | undefined; local: Area } {
  const storage = ext().storage;
  return { sync: storage.sync, local: storage.local };
}

async function getAll(area: Area | undefined): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    const data: unknown = await area.get(null);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Raw stored values of both areas. Local wins: a key is only in local when a sync write failed, and a
 * later successful sync write removes it from local again.
 */
async function readRaw(): Promise<Record<string, unknown>> {
  const { sync, local } = areas();
  const [fromSync, fromLocal] = await Promise.all([getAll(sync), getAll(local)]);
  const merged: Record<string, unknown> = {};
  for (const source of [fromSync, fromLocal]) {
    for (const [key, value] of Object.entries(source)) if (isSettingsKey(key)) merged[key] = value;
  }
  return merged;
}

/** Current settings, validated field by field (never throws; defaults when storage is unreadable). */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await readRaw());
}

/** Writes `items` to sync; on failure (or no sync) to local. On success, clears stale local copies. */
async function write(items: Record<string, unknown>): Promise<void> {
  const { sync, local } = areas();
  if (sync) {
    try {
      await sync.set(items);
      await clearLocalCopies(local, Object.keys(items));
      return;
    } catch {
      // fall through to local
    }
  }
  await local.set(items);
}

/** Removes keys from local that an earlier failed sync write left there (only those present: no needless events). */
async function clearLocalCopies(local: Area, keys: string[]): Promise<void> {
  try {
    const stored: Record<string, unknown> = await local.get(keys);
    const present = keys.filter((key) => stored[key] !== undefined);
    if (present.length > 0) await local.remove(present);
  } catch {
    // a stale local copy only shadows sync until the next write; not worth failing the write for
  }
}

async function removeKeys(keys: string[]): Promise<void> {
  const { sync, local } = areas();
  await Promise.all([sync?.remove(keys).catch(() => undefined), local.remove(keys)]);
}

export type GlobalSettingsPatch = Partial<Pick<Settings, 'theme' | 'textSize' | 'autoMode' | 'fontFamily' | 'lineHeight' | 'contentWidth'>>;

/**
 * Changes global fields. Each field is one key, written as given (no read-modify-write), so two tabs
 * changing different fields at once both win. Invalid values are rejected with an error.
 */
export async function updateSettings(patch: GlobalSettingsPatch): Promise<void> {
  const items: Record<string, unknown> = {};
  if (patch.theme !== undefined) items[KEYS.theme] = required(parseTheme(patch.theme), 'theme');
  if (patch.textSize !== undefined) items[KEYS.textSize] = required(parseTextSize(patch.textSize), 'textSize');
  if (patch.autoMode !== undefined) items[KEYS.autoMode] = required(parseAutoMode(patch.autoMode), 'autoMode');
  if (patch.fontFamily !== undefined) items[KEYS.fontFamily] = required(parseFontFamily(patch.fontFamily), 'fontFamily');
  if (patch.lineHeight !== undefined) items[KEYS.lineHeight] = required(parseLineHeight(patch.lineHeight), 'lineHeight');
  if (patch.contentWidth !== undefined) items[KEYS.contentWidth] = required(parseContentWidth(patch.contentWidth), 'contentWidth');
  if (Object.keys(items).length === 0) return;
  items[KEYS.version] = SETTINGS_VERSION;
  await write(items);
}

function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`Lede: invalid value for ${field}`);
  return value;
}

export interface ReadAloudPatch {
  rate?: number;
  keyFacts?: boolean;
  /** The voice for one language; id null = back to automatic. */
  voice?: { lang: string; id: string | null };
}

/** Changes read-aloud fields, one key each like updateSettings. Invalid values are rejected with an error. */
export async function updateReadAloud(patch: ReadAloudPatch): Promise<void> {
  const items: Record<string, unknown> = {};
  if (patch.rate !== undefined) items[READ_ALOUD_KEYS.rate] = required(parseRate(patch.rate), 'rate');
  if (patch.keyFacts !== undefined) items[READ_ALOUD_KEYS.keyFacts] = required(parseReadKeyFacts(patch.keyFacts), 'keyFacts');
  if (patch.voice) {
    const key = VOICE_KEY_PREFIX + required(parseVoiceLang(patch.voice.lang), 'voice language');
    if (patch.voice.id === null) await removeKeys([key]);
    else items[key] = required(parseVoiceId(patch.voice.id), 'voice');
  }
  if (Object.keys(items).length === 0) return;
  items[KEYS.version] = SETTINGS_VERSION;
  await write(items);
}

/** Sets (or with null, removes) the rule for one site. Other sites' rules are separate keys and untouched. */
export async function setSiteMode(hostOrUrl: string, mode: SiteMode | null): Promise<void> {
  const host = normalizeHost(hostOrUrl);
  if (!host) throw new Error('Lede: invalid host');
  const key = SITE_KEY_PREFIX + host;
  if (mode === null) {
    await removeKeys([key]);
    return;
  }
  await write({ [key]: required(parseSiteMode(mode), 'site mode'), [KEYS.version]: SETTINGS_VERSION });
}

/** Restores every default (removes all our keys). */
export async function resetSettings(): Promise<void> {
  const raw = await readRaw();
  await removeKeys(Object.keys(raw));
}

/**
 * Moves a version-1 object into version-2 keys (only fields not already set as v2 keys), then drops
 * it. Safe to run repeatedly; the worker runs it on install/update/startup. Reads work before it runs.
 */
export async function migrateSettings(): Promise<void> {
  const raw = await readRaw();
  if (!(LEGACY_KEY in raw)) {
    if (raw[KEYS.version] === undefined && Object.keys(raw).length > 0) await write({ [KEYS.version]: SETTINGS_VERSION });
    return;
  }
  const legacy = parseLegacy(raw[LEGACY_KEY]);
  const items: Record<string, unknown> = { [KEYS.version]: SETTINGS_VERSION };
  if (legacy.theme !== undefined && parseTheme(raw[KEYS.theme]) === undefined) items[KEYS.theme] = legacy.theme;
  if (legacy.textSize !== undefined && parseTextSize(raw[KEYS.textSize]) === undefined) items[KEYS.textSize] = legacy.textSize;
  if (legacy.autoMode !== undefined && parseAutoMode(raw[KEYS.autoMode]) === undefined) items[KEYS.autoMode] = legacy.autoMode;
  for (const [host, mode] of Object.entries(legacy.sites ?? {})) {
    if (parseSiteMode(raw[SITE_KEY_PREFIX + host]) === undefined) items[SITE_KEY_PREFIX + host] = mode;
  }
  await write(items);
  await removeKeys([LEGACY_KEY]);
}

/**
 * Calls `listener` with fresh settings whenever a settings key changes in sync or local storage
 * (from any tab or the worker). Returns an unsubscribe function.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const storage = ext().storage;
  const handler = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!Object.keys(changes).some(isSettingsKey)) return;
    void readSettings().then(listener);
  };
  storage.onChanged.addListener(handler);
  return () => storage.onChanged.removeListener(handler);
}

