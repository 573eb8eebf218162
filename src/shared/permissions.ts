/**
 * Optional host permissions. Lede has host access only to the news sites at install; "automatic
 * mode on every site" and sites the user adds need optional permissions, which browsers grant only
 * from a user gesture: call the request* functions FIRST THING in a click handler, before any
 * `await` (an await in front loses the gesture and the browser refuses).
 * Once granted, the worker registers the content script there (src/background/dynamic-scripts.ts).
 */
import { ext } from './browser-api';
import { normalizeHost } from './settings-schema';

/** Every http(s) site (matches optional_host_permissions in manifest.json). */
export const ALL_SITES_ORIGINS: readonly string[] = ['https://*/*', 'http://*/*'];

/** Match patterns covering `host` and its subdomains, or [] for an invalid host. */
export function originsForHost(hostOrUrl: string): string[] {
  const host = normalizeHost(hostOrUrl);
  if (!host) return [];
  const pattern = /^[\d.]+$|^\[/.test(host) ? host : `*.${host}`;
  return [`https://${pattern}/*`, `http://${pattern}/*`];
}

/** Asks for access to one site. Must be called synchronously from a click. Resolves false if refused. */
export function requestSiteAccess(hostOrUrl: string): Promise<boolean> {
  const origins = originsForHost(hostOrUrl);
  if (origins.length === 0) return Promise.resolve(false);
  return ext().permissions.request({ origins }).catch(() => false);
}

/** Asks for access to every site (automatic mode everywhere). Must be called synchronously from a click. */
export function requestAllSitesAccess(): Promise<boolean> {
  return ext().permissions.request({ origins: [...ALL_SITES_ORIGINS] }).catch(() => false);
}

export async function hasSiteAccess(hostOrUrl: string): Promise<boolean> {
  const host = normalizeHost(hostOrUrl);
  if (!host) return false;
  // The plain host patterns are contained in both the news-site grants and the *.host grant.
  return ext().permissions.contains({ origins: [`https://${host}/*`] }).catch(() => false);
}

export async function hasAllSitesAccess(): Promise<boolean> {
  return ext().permissions.contains({ origins: [...ALL_SITES_ORIGINS] }).catch(() => false);
}

/** Gives back access to one site (e.g. when its rule is removed). News sites stay (they are required). */
export async function removeSiteAccess(hostOrUrl: string): Promise<boolean> {
  const origins = originsForHost(hostOrUrl);
  if (origins.length === 0) return false;
  return ext().permissions.remove({ origins }).catch(() => false);
}
