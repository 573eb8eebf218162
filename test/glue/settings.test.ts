import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS, migrateSettings, onSettingsChanged, parseSettings, readSettings, resetSettings, setSiteMode,
  textScale, updateReadAloud, updateSettings,
} from '../../src/shared/settings';

/** Read-aloud defaults: stores from before read aloud existed read these. */
const READ_ALOUD = { rate: 1, keyFacts: true, voices: {} };

(globalThis as { browser?: unknown }).browser = fakeBrowser;

/** The typography defaults (src/shared/typography.ts), which every read fills in. */
const TYPO = { fontFamily: 'sans', lineHeight: 'normal', contentWidth: 'medium' } as const;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reading settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ version: 2, theme: 'system', textSize: 0, autoMode: false, sites: {}, ...TYPO, readAloud: READ_ALOUD });
  });

  it('falls back field by field on corrupt values and keeps the valid ones', async () => {
    await fakeBrowser.storage.sync.set({
      theme: 'neon', textSize: 3, autoMode: 'yes', 'site:yna.co.kr': 'always', 'site:bad host!': 'never',
      'site:example.com': 'sometimes', unrelated: 1,
    });
    expect(await readSettings()).toEqual({ version: 2, theme: 'system', textSize: 3, autoMode: false, sites: { 'yna.co.kr': 'always' }, ...TYPO, readAloud: READ_ALOUD });
  });

  it('clamps and rounds the text size, rejects non-numbers', () => {
    expect(parseSettings({ textSize: 99 }).textSize).toBe(5);
    expect(parseSettings({ textSize: -9 }).textSize).toBe(-2);
    expect(parseSettings({ textSize: 1.4 }).textSize).toBe(1);
    expect(parseSettings({ textSize: Number.NaN }).textSize).toBe(0);
    expect(parseSettings({ textSize: '2' }).textSize).toBe(0);
    expect(textScale(0)).toBe(1);
    expect(textScale(2)).toBeCloseTo(1.21, 2);
  });

  it('reads a partial store: only the stored field changes', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'sepia' });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', sites: {} });
  });

  it('understands the version-1 single object, and version-2 keys win over it', () => {
    const settings = parseSettings({
      settings: { version: 1, theme: 'dark', fontSize: 22, auto: true, sites: { 'www.KBS.co.kr': true, 'mbc.co.kr': false, x: 'maybe' } },
      theme: 'light',
    });
    expect(settings).toEqual({ version: 2, theme: 'light', textSize: 2, autoMode: true, sites: { 'kbs.co.kr': 'always', 'mbc.co.kr': 'never' }, ...TYPO, readAloud: READ_ALOUD });
  });

  it('survives a legacy value that is not an object at all', () => {
    expect(parseSettings({ settings: 'garbage' })).toEqual({ ...DEFAULT_SETTINGS, sites: {} });
    expect(parseSettings({ settings: [1, 2] })).toEqual({ ...DEFAULT_SETTINGS, sites: {} });
  });
});

describe('migration', () => {
  it('moves the version-1 object into per-field keys and removes it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', fontSize: 16, auto: true, sites: { 'yna.co.kr': 'never' } }, textSize: 4 });
    await migrateSettings();
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored).toEqual({ version: 2, theme: 'dark', textSize: 4, autoMode: true, 'site:yna.co.kr': 'never' });
    expect(await readSettings()).toEqual({ version: 2, theme: 'dark', textSize: 4, autoMode: true, sites: { 'yna.co.kr': 'never' }, ...TYPO, readAloud: READ_ALOUD });
    await migrateSettings(); // idempotent
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(stored);
  });
});

describe('writing settings', () => {
  it('writes each field to its own key in sync storage', async () => {
    await updateSettings({ theme: 'dark', autoMode: true });
    await setSiteMode('https://www.koreaherald.com/article/123', 'always');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ version: 2, theme: 'dark', autoMode: true, 'site:koreaherald.com': 'always' });
  });

  it('rejects invalid values instead of storing them', async () => {
    await expect(updateSettings({ theme: 'neon' as never })).rejects.toThrow(/theme/);
    await expect(setSiteMode('not a host', 'always')).rejects.toThrow(/host/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('removes a site rule with null', async () => {
    await setSiteMode('kbs.co.kr', 'never');
    await setSiteMode('kbs.co.kr', null);
    expect((await readSettings()).sites).toEqual({});
  });

  it('does not lose either of two updates made at the same moment from two tabs', async () => {
    await Promise.all([
      setSiteMode('news.kbs.co.kr', 'always'),
      setSiteMode('imnews.imbc.com', 'never'),
      updateSettings({ autoMode: true }),
      updateSettings({ theme: 'sepia' }),
      updateSettings({ textSize: 2 }),
      updateSettings({ fontFamily: 'serif' }),
      updateSettings({ lineHeight: 'relaxed', contentWidth: 'wide' }),
    ]);
    expect(await readSettings()).toEqual({
      version: 2, theme: 'sepia', textSize: 2, autoMode: true, sites: { 'news.kbs.co.kr': 'always', 'imnews.imbc.com': 'never' },
      fontFamily: 'serif', lineHeight: 'relaxed', contentWidth: 'wide',
      readAloud: READ_ALOUD,
    });
  });

  it('falls back to local storage when sync fails, and reads it back', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await updateSettings({ theme: 'dark' });
    await setSiteMode('yna.co.kr', 'always');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ version: 2, theme: 'dark', 'site:yna.co.kr': 'always' });
    expect(await readSettings()).toMatchObject({ theme: 'dark', sites: { 'yna.co.kr': 'always' } });
  });

  it('a later successful sync write replaces the local fallback copy', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    await updateSettings({ theme: 'light' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await readSettings()).theme).toBe('light');
  });

  it('works when storage.sync is missing or unreadable', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync disabled'));
    await fakeBrowser.storage.local.set({ autoMode: true });
    expect((await readSettings()).autoMode).toBe(true);
  });

  it('reset removes every settings key and nothing else', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'dark', 'site:a.com': 'always', other: 1 });
    await resetSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ other: 1 });
  });
});

describe('typography settings', () => {
  it('reads each choice, and falls back to the default for a missing or unknown one, keeping the others', async () => {
    expect(parseSettings({ fontFamily: 'serif', lineHeight: 'compact', contentWidth: 'narrow' }))
      .toMatchObject({ fontFamily: 'serif', lineHeight: 'compact', contentWidth: 'narrow' });
    expect(parseSettings({ fontFamily: 'comic', lineHeight: 2, contentWidth: null, theme: 'dark', textSize: 3 }))
      .toMatchObject({ ...TYPO, theme: 'dark', textSize: 3 });
    // Settings stored before typography existed load unchanged, with the typography defaults.
    await fakeBrowser.storage.sync.set({ version: 2, theme: 'sepia', textSize: -1, autoMode: true, 'site:kbs.co.kr': 'never' });
    expect(await readSettings()).toEqual({ version: 2, theme: 'sepia', textSize: -1, autoMode: true, sites: { 'kbs.co.kr': 'never' }, ...TYPO, readAloud: READ_ALOUD });
  });

  it('writes each choice to its own key, rejects invalid ones, and a typography change is a settings change', async () => {
    const seen: string[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings.fontFamily));
    await updateSettings({ fontFamily: 'system', lineHeight: 'relaxed', contentWidth: 'narrow' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ version: 2, fontFamily: 'system', lineHeight: 'relaxed', contentWidth: 'narrow' });
    await vi.waitFor(() => expect(seen).toEqual(['system']));
    stop();
    await expect(updateSettings({ fontFamily: 'comic' as never })).rejects.toThrow(/fontFamily/);
    await expect(updateSettings({ contentWidth: 'huge' as never })).rejects.toThrow(/contentWidth/);
  });
});

describe('read-aloud settings', () => {
  it('reads speed, key facts and voices per language, each falling back on its own', () => {
    expect(parseSettings({ readAloudRate: 1.5, readAloudKeyFacts: false, 'voice:ko': 'Yuna', 'voice:EN': 'Samantha' }).readAloud)
      .toEqual({ rate: 1.5, keyFacts: false, voices: { ko: 'Yuna', en: 'Samantha' } });
    expect(parseSettings({ readAloudRate: 9, readAloudKeyFacts: 'no', 'voice:ko': '', 'voice:korean!': 'x', theme: 'dark' }))
      .toMatchObject({ theme: 'dark', readAloud: { rate: 2, keyFacts: true, voices: {} } });
    expect(parseSettings({ readAloudRate: 0.1 }).readAloud.rate).toBe(0.75);
    expect(parseSettings({ readAloudRate: 1.33 }).readAloud.rate).toBe(1.35);
    expect(parseSettings({ readAloudRate: '1.5' }).readAloud.rate).toBe(1);
  });

  it('writes one key per field, next to the others, and a voice goes back to automatic with null', async () => {
    await updateSettings({ theme: 'dark' });
    await updateReadAloud({ rate: 1.25, keyFacts: false, voice: { lang: 'ko', id: 'Fake Korean' } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      version: 2, theme: 'dark', readAloudRate: 1.25, readAloudKeyFacts: false, 'voice:ko': 'Fake Korean',
    });
    await updateReadAloud({ voice: { lang: 'ko', id: null } });
    expect((await readSettings()).readAloud).toEqual({ rate: 1.25, keyFacts: false, voices: {} });
    await expect(updateReadAloud({ rate: Number.NaN })).rejects.toThrow(/rate/);
    await expect(updateReadAloud({ voice: { lang: 'korean', id: 'x' } })).rejects.toThrow(/voice/);
  });

  it('migration keeps them, and reset removes them', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' }, readAloudRate: 1.5, 'voice:en': 'Alex' });
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ version: 2, theme: 'dark', readAloudRate: 1.5, 'voice:en': 'Alex' });
    expect((await readSettings()).readAloud).toEqual({ rate: 1.5, keyFacts: true, voices: { en: 'Alex' } });
    await resetSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('onSettingsChanged', () => {
  it('calls back with fresh settings on a settings change, not on unrelated keys', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings.theme));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await updateSettings({ theme: 'dark' });
    await vi.waitFor(() => expect(seen).toEqual(['dark']));
    stop();
    await updateSettings({ theme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['dark']);
  });
});
