/**
 * The page around the view: toolbar on top, the view (main), the site bar at the bottom; settings
 * read from storage, applied live on every change (storage.onChanged), and written on user intent.
 * The article view is never re-rendered for a settings change, so nothing on screen is lost.
 */
import { ext } from '../shared/browser-api';
import { requestSiteAccess } from '../shared/permissions';
import {
  DEFAULT_SETTINGS, TEXT_SIZE_MAX, TEXT_SIZE_MIN, onSettingsChanged, readSettings, setSiteMode, updateSettings,
  type Settings,
} from '../shared/settings';
import { applyAppearance } from './appearance';
import { displayHost } from './format';
import { renderSiteBar, renderToolbar } from './controls';
import { t } from './i18n';
import type { ViewMode } from './view-model';

export interface ShellOptions {
  mode: ViewMode;
  main: HTMLElement;
  openSettings(): void;
  openFullTab?(options?: { listen?: boolean }): Promise<string | null>;
  closeOverlay?(): void;
  /** Every settings change (read aloud follows speed and voice changes). */
  onSettings?(settings: Settings): void;
}

export interface Shell {
  /** Shows the read-aloud controls of the current article in the toolbar (null removes them). */
  setListen(controls: HTMLElement | null): void;
  /** The settings as last read or changed. */
  settings(): Settings;
  /** The page's address, once known (enables "always use the reader on this site"). */
  setPage(url: string | null): void;
  stepTextSize(delta: 1 | -1): void;
}

const clampStep = (step: number) => Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, step));

export function buildShell(doc: Document, options: ShellOptions): Shell {
  let current: Settings = { ...DEFAULT_SETTINGS, sites: {} };
  let host: string | null = null;
  let hostAccess = false;

  const apply = (next: Settings) => {
    current = next;
    applyAppearance(doc, next);
    toolbar.update(next);
    siteBar.update(next);
    options.onSettings?.(next);
  };

  const setTextSize = (step: number) => {
    const next = clampStep(step);
    if (next === current.textSize) return;
    apply({ ...current, textSize: next }); // at once; storage.onChanged confirms
    void updateSettings({ textSize: next });
  };

  const toolbar = renderToolbar(doc, options.mode, {
    onTextSize: setTextSize,
    onTheme: (theme) => {
      apply({ ...current, theme });
      void updateSettings({ theme });
    },
    onTypography: (patch) => {
      apply({ ...current, ...patch });
      void updateSettings(patch);
    },
    onOpenSettings: options.openSettings,
    onOpenFullTab: options.openFullTab && (async () => {
      const problem = await options.openFullTab!();
      if (problem) siteBar.say(problem);
    }),
    onBack: options.closeOverlay,
    onListen: options.mode === 'popup' && options.openFullTab ? (async () => {
      const problem = await options.openFullTab!({ listen: true });
      if (problem) siteBar.say(problem);
    }) : undefined,
  });

  const siteBar = renderSiteBar(doc, {
    onSiteAlways(checked, input) {
      if (!host) return;
      const site = host;
      siteBar.say('');
      if (!checked) {
        void setSiteMode(site, null);
        return;
      }
      // The permission request must be the first thing in the click (no await before it).
      const permission = hostAccess ? null : requestSiteAccess(site);
      void setSiteMode(site, 'always');
      void permission?.then((granted) => {
        if (granted) {
          hostAccess = true;
          return;
        }
        input.checked = false;
        void setSiteMode(site, null);
        siteBar.say(t('permissionDenied', site));
      });
    },
    onAutoMode(checked) {
      apply({ ...current, autoMode: checked });
      void updateSettings({ autoMode: checked });
    },
    onSiteNever: options.closeOverlay && (() => {
      if (!host) return;
      void setSiteMode(host, 'never').finally(() => options.closeOverlay?.());
    }),
  });

  const root = doc.getElementById('app') ?? doc.body;
  root.append(toolbar.element, options.main, siteBar.element);
  doc.body.classList.add(`lede-mode-${options.mode}`);

  apply(current);
  void readSettings().then(apply);
  onSettingsChanged(apply);
  if (options.mode === 'overlay') {
    // Keyboard users start on "Back to page"; the content script focuses the frame once it loads,
    // and focus() inside a frame that isn't focused yet may not stick, so try again then.
    const back = toolbar.element.querySelector<HTMLElement>('[data-action="back"]');
    const focusBack = () => { if (!doc.activeElement || doc.activeElement === doc.body) back?.focus(); };
    focusBack();
    doc.defaultView?.addEventListener('focus', focusBack, { once: true });
  }

  return {
    setListen: (controls) => toolbar.setListen(controls),
    settings: () => current,
    setPage(url) {
      const value = url && /^https?:/.test(url) ? displayHost(url) || null : null;
      host = value;
      hostAccess = false;
      siteBar.setHost(value);
      if (!url || !value) return;
      // The page's exact origin: news sites are granted as e.g. https://www.chosun.com/*.
      void Promise.resolve()
        .then(() => ext().permissions.contains({ origins: [`${new URL(url).origin}/*`] }))
        .then((granted) => { if (host === value) hostAccess = granted; }, () => undefined);
    },
    stepTextSize(delta) {
      setTextSize(current.textSize + delta);
    },
  };
}
