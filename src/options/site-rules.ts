/** The per-site rules list and the "add a rule" form of the options page. */
import { ext } from '../shared/browser-api';
import { removeSiteAccess, requestSiteAccess } from '../shared/permissions';
import { normalizeHost, setSiteMode, type Settings, type SiteMode } from '../shared/settings';
import { clear, h, must } from '../ui/dom';
import { t } from '../ui/i18n';
import { originsCoverSite } from '../ui/match-pattern';

export interface SiteRulesView {
  update(settings: Settings): void;
}

export function setUpSiteRules(doc: Document): SiteRulesView {
  const form = must<HTMLFormElement>(doc, '#add-site');
  const hostInput = must<HTMLInputElement>(doc, '#site-host');
  const modeSelect = must<HTMLSelectElement>(doc, '#site-mode');
  const error = must(doc, '#site-error');
  const list = must(doc, '#site-list');
  const empty = must(doc, '#site-empty');
  // Granted origins, kept current, so a click can tell at once whether it must ask for access.
  let granted: string[] = [];
  const refreshGranted = () => ext().permissions.getAll().then((all) => { granted = all.origins ?? []; }, () => undefined);
  void refreshGranted();
  ext().permissions.onAdded?.addListener(() => void refreshGranted());
  ext().permissions.onRemoved?.addListener(() => void refreshGranted());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normalizeHost(hostInput.value);
    if (!host) {
      error.textContent = t('invalidHost');
      hostInput.setAttribute('aria-invalid', 'true');
      hostInput.focus();
      return;
    }
    hostInput.removeAttribute('aria-invalid');
    error.textContent = '';
    const mode = modeSelect.value === 'never' ? 'never' : 'always';
    // A site outside the news list needs host access for the reader to open there by itself; the
    // request must come first in the submit handler (it is the user's gesture).
    const permission = mode === 'always' && !originsCoverSite(granted, host) ? requestSiteAccess(host) : null;
    void setSiteMode(host, mode);
    hostInput.value = '';
    void permission?.then((ok) => {
      if (!ok) {
        void setSiteMode(host, null);
        error.textContent = t('permissionDenied', host);
      }
    });
  });

  // The list is rebuilt from storage after every change; keep keyboard focus where the user was.
  let focusAfterRender: { removed: string; next: string | null } | null = null;
  const removeRule = (host: string, mode: SiteMode, button: HTMLButtonElement) => {
    const row = button.closest('li');
    const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
    focusAfterRender = { removed: host, next: neighbour?.dataset.host ?? null };
    void setSiteMode(host, null);
    if (mode === 'always') void removeSiteAccess(host);
  };

  return {
    update(settings) {
      const hosts = Object.keys(settings.sites).sort();
      // Rebuilding the list must not drop keyboard focus from a row's button.
      const focusedHost = (doc.activeElement?.closest('#site-list li') as HTMLElement | null)?.dataset.host ?? null;
      clear(list);
      empty.hidden = hosts.length > 0;
      for (const host of hosts) {
        const mode = settings.sites[host];
        const remove = h(doc, 'button', {
          class: 'lede-button',
          text: t('removeSite'),
          attrs: { type: 'button', 'aria-label': t('removeSiteLabel', host), 'data-action': 'remove-site' },
        });
        remove.addEventListener('click', () => removeRule(host, mode, remove));
        list.append(h(doc, 'li', { attrs: { 'data-host': host, 'data-mode': mode } },
          h(doc, 'span', { class: 'lede-site-host', text: host }),
          h(doc, 'span', { class: 'lede-site-mode', text: t(mode === 'always' ? 'siteModeAlways' : 'siteModeNever'), attrs: { 'data-mode': mode } }),
          remove,
        ));
      }
      const rowButton = (host: string | null) =>
        [...list.querySelectorAll<HTMLElement>('li')].find((li) => li.dataset.host === host)?.querySelector('button') ?? null;
      const pending = focusAfterRender;
      if (pending && !(pending.removed in settings.sites)) {
        (rowButton(pending.next) ?? hostInput).focus();
        focusAfterRender = null;
      } else if (focusedHost) {
        rowButton(focusedHost)?.focus();
      }
    },
  };
}
