/**
 * All UI text comes from _locales/<lang>/messages.json through the browser's i18n API, so the UI
 * follows the browser's language. `chrome.i18n` is synchronous and exists in both Chrome and
 * Firefox (Firefox also exposes the `chrome` namespace), so no polyfill is needed here.
 */

/** Every key of the English catalogue; a typo in a key is a type error. */
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

type GetMessage = (key: string, substitutions?: string[]) => string;

interface I18nApi {
  getMessage: GetMessage;
  getUILanguage?: () => string;
}

let override: GetMessage | null = null;

/** Replaces the message source (tests, or a page rendered outside the extension). */
export function setMessageSource(getMessage: GetMessage | null): void {
  override = getMessage;
}

function browserI18n(): I18nApi | undefined {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.chrome?.i18n ?? g.browser?.i18n;
}

/** The localized message for `key`; `$1`… are replaced by `substitutions`. Falls back to the key. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const getMessage = override ?? browserI18n()?.getMessage.bind(browserI18n());
  const message = getMessage?.(key, subs.length ? subs : undefined);
  return message || key;
}

/** The browser UI language (e.g. 'ko', 'en-US'), used for dates and number formats. */
export function uiLanguage(): string {
  try {
    const lang = browserI18n()?.getUILanguage?.();
    if (lang) return lang;
  } catch {
    // Not in an extension page: use the document's navigator.
  }
  return globalThis.navigator?.language ?? 'en';
}

/**
 * Fills static markup: `data-i18n="<key>"` sets textContent; `data-i18n-attr="aria-label:<key> title:<key>"`
 * sets attributes. Text only, never HTML.
 */
export function localizeTree(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (element.dataset.i18nAttr ?? '').split(/\s+/).filter(Boolean)) {
      const [attribute, key] = pair.split(':');
      if (attribute && key) element.setAttribute(attribute, t(key as MessageKey));
    }
  }
}
