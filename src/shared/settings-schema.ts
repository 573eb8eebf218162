/**
 * Settings: the shape, the defaults and the pure parsing of stored values (no extension API here, so
 * the parser is tested directly). Storage access lives in settings.ts.
 *
 * Storage layout (version 2): one storage key per field, so two tabs changing different settings at
 * the same moment never overwrite each other (there is no read-modify-write of a shared object):
 *   'version' → 2, 'theme' → Theme, 'textSize' → integer step, 'autoMode' → boolean,
 *   'site:<host>' → 'always' | 'never' (absent = follow the global switch),
 *   'fontFamily', 'lineHeight', 'contentWidth' → named choices (typography.ts); absent = the default.
 * Read aloud adds 'readAloudRate', 'readAloudKeyFacts' and 'voice:<lang>' (read-aloud-settings.ts).
 * Version 1 (pre-release builds) kept everything in one object under 'settings':
 *   {version?: 1, theme, fontSize: px number, auto: boolean, sites: {host: 'always'|'never'|boolean}}.
 */

import {
  DEFAULT_TYPOGRAPHY, parseContentWidth, parseFontFamily, parseLineHeight,
  type ContentWidth, type FontFamily, type LineHeight,
} from './typography';

export * from './typography';
import { DEFAULT_READ_ALOUD, isReadAloudKey, parseReadAloud, type ReadAloudSettings } from './read-aloud-settings';

export const SETTINGS_VERSION = 2;

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type SiteMode = 'always' | 'never';

export interface Settings {
  version: number;
  theme: Theme;
  /** Text size step: 0 is the default size, each step ≈ ±10 % (see textScale). */
  textSize: number;
  /** Automatic reader mode on every site (where Lede has access). */
  autoMode: boolean;
  /** Per-site rules by normalized host (see normalizeHost). */
  sites: Record<string, SiteMode>;
  fontFamily: FontFamily;
  lineHeight: LineHeight;
  contentWidth: ContentWidth;
  readAloud: ReadAloudSettings;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const TEXT_SIZE_MIN = -2;
export const TEXT_SIZE_MAX = 5;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  theme: 'system',
  textSize: 0,
  autoMode: false,
  sites: Object.freeze({}) as Record<string, SiteMode>,
  ...DEFAULT_TYPOGRAPHY,
  readAloud: DEFAULT_READ_ALOUD,
});

/** Storage keys of the version-2 layout. */
export const KEYS = {
  version: 'version', theme: 'theme', textSize: 'textSize', autoMode: 'autoMode',
  fontFamily: 'fontFamily', lineHeight: 'lineHeight', contentWidth: 'contentWidth',
} as const;
export const SITE_KEY_PREFIX = 'site:';
/** The version-1 single-object key. */
export const LEGACY_KEY = 'settings';

/** Is `key` one of ours (so onChanged listeners can ignore everything else)? */
export function isSettingsKey(key: string): boolean {
  return key in KEYS_BY_NAME || key.startsWith(SITE_KEY_PREFIX) || key === LEGACY_KEY || isReadAloudKey(key);
}
const KEYS_BY_NAME: Record<string, true> = Object.fromEntries(Object.values(KEYS).map((key) => [key, true]));

/** CSS scale factor for a text-size step. */
export function textScale(step: number): number {
  return Math.round(Math.pow(1.1, clampStep(step)) * 1000) / 1000;
}

function clampStep(step: number): number {
  return Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, Math.round(step)));
}

export function parseTheme(value: unknown): Theme | undefined {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value) ? (value as Theme) : undefined;
}

export function parseTextSize(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? clampStep(value) : undefined;
}

export function parseAutoMode(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function parseSiteMode(value: unknown): SiteMode | undefined {
  if (value === 'always' || value === 'never') return value;
  // Version 1 also stored booleans: true = always, false = never.
  if (value === true) return 'always';
  if (value === false) return 'never';
  return undefined;
}

/**
 * Lower-cased host name without a leading "www.", from a host or a URL; null when it is not a
 * plausible host. Per-site rules are keyed by this.
 */
export function normalizeHost(hostOrUrl: string): string | null {
  let host = hostOrUrl.trim().toLowerCase();
  if (host.includes('/') || host.includes(':')) {
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (host.length === 0 || host.length > 253) return null;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) return null;
  return host;
}

/** Version 1 font size in px → version 2 step (18 px was the default, 2 px a step). */
function legacyFontSizeToStep(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return clampStep((value - 18) / 2);
}

/** Reads the version-1 object (or any older partial object) into version-2 fields; invalid fields are dropped. */
export function parseLegacy(value: unknown): Partial<Omit<Settings, 'readAloud'>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const old = value as Record<string, unknown>;
  const result: Partial<Omit<Settings, 'readAloud'>> = {};
  const theme = parseTheme(old.theme);
  if (theme) result.theme = theme;
  const textSize = parseTextSize(old.textSize) ?? legacyFontSizeToStep(old.fontSize);
  if (textSize !== undefined) result.textSize = textSize;
  const autoMode = parseAutoMode(old.autoMode) ?? parseAutoMode(old.auto);
  if (autoMode !== undefined) result.autoMode = autoMode;
  const sites: Record<string, SiteMode> = {};
  const oldSites = old.sites;
  if (typeof oldSites === 'object' && oldSites !== null && !Array.isArray(oldSites)) {
    for (const [rawHost, rawMode] of Object.entries(oldSites as Record<string, unknown>)) {
      const host = normalizeHost(rawHost);
      const mode = parseSiteMode(rawMode);
      if (host && mode) sites[host] = mode;
    }
  }
  result.sites = sites;
  return result;
}

/**
 * Builds Settings from the raw contents of storage, field by field: a corrupt or missing field falls
 * back to its default and every valid field is kept. Version-2 keys win over the version-1 object.
 */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const legacy = parseLegacy(stored[LEGACY_KEY]);
  const sites: Record<string, SiteMode> = { ...legacy.sites };
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(SITE_KEY_PREFIX)) continue;
    const host = normalizeHost(key.slice(SITE_KEY_PREFIX.length));
    const mode = parseSiteMode(value);
    if (host && mode) sites[host] = mode;
  }
  return {
    version: SETTINGS_VERSION,
    theme: parseTheme(stored[KEYS.theme]) ?? legacy.theme ?? DEFAULT_SETTINGS.theme,
    textSize: parseTextSize(stored[KEYS.textSize]) ?? legacy.textSize ?? DEFAULT_SETTINGS.textSize,
    autoMode: parseAutoMode(stored[KEYS.autoMode]) ?? legacy.autoMode ?? DEFAULT_SETTINGS.autoMode,
    sites,
    fontFamily: parseFontFamily(stored[KEYS.fontFamily]) ?? DEFAULT_SETTINGS.fontFamily,
    lineHeight: parseLineHeight(stored[KEYS.lineHeight]) ?? DEFAULT_SETTINGS.lineHeight,
    contentWidth: parseContentWidth(stored[KEYS.contentWidth]) ?? DEFAULT_SETTINGS.contentWidth,
    readAloud: parseReadAloud(stored),
  };
}

/**
 * The rule that applies to `host`: its own, else the nearest parent domain's
 * (a rule for example.com covers news.example.com).
 */
export function siteModeFor(settings: Pick<Settings, 'sites'>, hostOrUrl: string): SiteMode | null {
  let host = normalizeHost(hostOrUrl);
  while (host) {
    const mode = settings.sites[host];
    if (mode) return mode;
    const dot = host.indexOf('.');
    if (dot < 0 || host.indexOf('.', dot + 1) < 0) break; // stop before a bare TLD-like suffix
    host = host.slice(dot + 1);
  }
  return null;
}

/** Automatic mode decision for a page on `hostOrUrl`: 'never' wins, then 'always', then the global switch. */
export function shouldAutoOpen(settings: Pick<Settings, 'sites' | 'autoMode'>, hostOrUrl: string): boolean {
  const mode = siteModeFor(settings, hostOrUrl);
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return settings.autoMode;
}
