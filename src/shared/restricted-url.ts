/**
 * Which URLs the extension may not (or cannot) read. Browsers refuse scripting on their own pages,
 * on other extensions, on the add-on stores and inside the PDF viewer; `file:` pages need a user
 * switch. Knowing this up front gives the popup a clear "restricted" state instead of an error.
 */

export type RestrictedKind = 'browser-page' | 'extension-page' | 'web-store' | 'pdf' | 'file-no-access' | 'unsupported-scheme';

/** Schemes of browser-internal pages (Chrome, Edge, Firefox, Opera, Brave, Vivaldi) and other non-pages. */
const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-native:', 'devtools:', 'edge:', 'brave:', 'opera:',
  'vivaldi:', 'about:', 'view-source:', 'resource:', 'jar:', 'moz-icon:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);

/**
 * Hosts (and path prefixes) where browsers block extension scripts: the Chrome Web Store, Edge Add-ons,
 * and Firefox's restricted domains (extensions.webextensions.restrictedDomains).
 */
const STORE_PREFIXES = [
  'chrome.google.com/webstore', 'chromewebstore.google.com/', 'microsoftedge.microsoft.com/addons',
  'addons.mozilla.org/', 'addons.cdn.mozilla.net/', 'discovery.addons.mozilla.org/', 'accounts.firefox.com/',
  'accounts-static.cdn.mozilla.net/', 'api.accounts.firefox.com/', 'oauth.accounts.firefox.com/',
  'profile.accounts.firefox.com/', 'content.cdn.mozilla.net/', 'install.mozilla.org/', 'support.mozilla.org/',
  'sync.services.mozilla.com/',
];

/**
 * Why Lede cannot read `url`, or null when it can try.
 * @param url the tab's URL (an unparsable or empty URL counts as a browser page)
 * @param options.fileAccess whether the user allowed access to file URLs (extension.isAllowedFileSchemeAccess)
 */
export function restrictedKind(url: string | undefined | null, options: { fileAccess?: boolean } = {}): RestrictedKind | null {
  if (!url) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  const scheme = parsed.protocol;
  if (BROWSER_SCHEMES.has(scheme)) return 'browser-page';
  if (EXTENSION_SCHEMES.has(scheme)) return 'extension-page';
  if (scheme === 'file:') {
    if (!options.fileAccess) return 'file-no-access';
  } else if (scheme !== 'http:' && scheme !== 'https:') {
    return 'unsupported-scheme';
  }
  const hostAndPath = (parsed.hostname + parsed.pathname).toLowerCase();
  if (STORE_PREFIXES.some((prefix) => hostAndPath.startsWith(prefix) || hostAndPath + '/' === prefix)) return 'web-store';
  if (isPdfUrl(parsed)) return 'pdf';
  return null;
}

/** A URL the browser shows in its PDF viewer (the URL stays the PDF's own). */
function isPdfUrl(url: URL): boolean {
  return /\.pdf$/i.test(url.pathname);
}

/** Content types of documents the browser renders in a built-in viewer rather than as a page. */
export function isViewerContentType(contentType: string): boolean {
  return contentType === 'application/pdf';
}
