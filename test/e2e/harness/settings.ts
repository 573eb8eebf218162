/**
 * Lede's settings as the worker stores them (src/shared/settings-schema.ts, version 2: one storage
 * key per field in storage.sync, 'site:<host>' → 'always' | 'never'). Tests write them through the
 * worker, as another device or the options page would, and read them back the same way.
 */
import type { Lede } from './launch';

export interface StoredSettings {
  theme?: 'system' | 'light' | 'dark' | 'sepia';
  textSize?: number;
  autoMode?: boolean;
  fontFamily?: 'serif' | 'sans' | 'system';
  lineHeight?: 'compact' | 'normal' | 'relaxed';
  contentWidth?: 'narrow' | 'medium' | 'wide';
  /** host → rule; null removes the rule. */
  sites?: Record<string, 'always' | 'never' | null>;
}

export async function setSettings(lede: Lede, settings: StoredSettings): Promise<void> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  if (settings.theme !== undefined) set.theme = settings.theme;
  if (settings.textSize !== undefined) set.textSize = settings.textSize;
  if (settings.autoMode !== undefined) set.autoMode = settings.autoMode;
  for (const key of ['fontFamily', 'lineHeight', 'contentWidth'] as const) if (settings[key] !== undefined) set[key] = settings[key];
  for (const [host, mode] of Object.entries(settings.sites ?? {})) {
    if (mode === null) remove.push(`site:${host}`);
    else set[`site:${host}`] = mode;
  }
  await lede.worker.evaluate(async ({ set, remove }) => {
    const chrome = (globalThis as any).chrome;
    if (Object.keys(set).length) await chrome.storage.sync.set(set);
    if (remove.length) await chrome.storage.sync.remove(remove);
    // A value in local shadows sync (a failed sync write leaves one there): clear ours.
    await chrome.storage.local.remove([...Object.keys(set), ...remove]);
  }, { set, remove });
}

/** Every stored value of both areas (local shadows sync), raw. */
export async function storedSettings(lede: Lede): Promise<Record<string, unknown>> {
  return lede.worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [sync, local] = await Promise.all([chrome.storage.sync.get(null), chrome.storage.local.get(null)]);
    return { ...sync, ...local };
  });
}
