/**
 * The reading controls: text size, theme, open in a tab, settings, back to page (overlay); and the
 * site bar: "always use the reader on this site" and the global automatic-mode switch.
 * Controls only report intents; app.ts writes settings, and `update` reflects whatever storage says.
 */
import { TEXT_SIZE_MAX, TEXT_SIZE_MIN, THEMES, siteModeFor, textScale, type Settings, type Theme } from '../shared/settings-schema';
import { h } from './dom';
import { t, type MessageKey } from './i18n';
import { icon } from './icons';
import { renderTypographyPanel, type TypographyPatch } from './typography-controls';
import type { ViewMode } from './view-model';

export interface ToolbarHandlers {
  onTextSize(step: number): void;
  onTheme(theme: Theme): void;
  /** Font, line spacing, content width (the "Aa" panel). */
  onTypography?(patch: TypographyPatch): void;
  onOpenSettings(): void;
  /** Popup only. */
  onOpenFullTab?(): void;
  /** Overlay only. */
  onBack?(): void;
  /** Popup only: "Listen" opens the reader tab, which reads aloud (a popup closes when it loses focus). */
  onListen?(): void;
}

export interface Toolbar {
  element: HTMLElement;
  update(settings: Settings): void;
  /** Puts the read-aloud controls of the current article in the bar (null removes them). */
  setListen(controls: HTMLElement | null): void;
}

const THEME_KEYS: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia' };

export function renderToolbar(doc: Document, mode: ViewMode, handlers: ToolbarHandlers): Toolbar {
  let step = 0;
  const smaller = h(doc, 'button', { class: 'lede-icon-button lede-text-smaller', text: 'A−', attrs: { type: 'button', 'aria-label': t('textSmaller'), title: `${t('textSmaller')} (−)`, 'data-action': 'text-smaller' } });
  const larger = h(doc, 'button', { class: 'lede-icon-button lede-text-larger', text: 'A+', attrs: { type: 'button', 'aria-label': t('textLarger'), title: `${t('textLarger')} (+)`, 'data-action': 'text-larger' } });
  const value = h(doc, 'span', { class: 'lede-text-size-value', attrs: { 'aria-live': 'polite' } });
  smaller.addEventListener('click', () => handlers.onTextSize(step - 1));
  larger.addEventListener('click', () => handlers.onTextSize(step + 1));

  const themeId = `lede-theme-${mode}`;
  const theme = h(doc, 'select', { class: 'lede-select', attrs: { id: themeId, 'data-action': 'theme' } },
    ...THEMES.map((name) => h(doc, 'option', { text: t(THEME_KEYS[name]), attrs: { value: name } })),
  );
  theme.addEventListener('change', () => handlers.onTheme(theme.value as Theme));

  // The popup has a fixed width, so its panel has no width choice.
  const typography = handlers.onTypography
    ? renderTypographyPanel(doc, `lede-${mode}`, (patch) => handlers.onTypography?.(patch), mode !== 'popup')
    : null;

  const back = handlers.onBack
    ? h(doc, 'button', { class: 'lede-button lede-primary lede-back', attrs: { type: 'button', 'data-action': 'back' } }, icon(doc, 'back'), ` ${t('backToPage')}`)
    : null;
  back?.addEventListener('click', () => handlers.onBack?.());

  const fullTab = handlers.onOpenFullTab
    ? h(doc, 'button', { class: 'lede-icon-button', attrs: { type: 'button', 'aria-label': t('openFullTab'), title: t('openFullTab'), 'data-action': 'open-tab' } }, icon(doc, 'external'))
    : null;
  fullTab?.addEventListener('click', () => handlers.onOpenFullTab?.());

  const listenSlot = h(doc, 'span', { class: 'lede-listen-slot' });
  if (handlers.onListen) {
    const listen = h(doc, 'button', { class: 'lede-icon-button lede-listen-tab', attrs: { type: 'button', 'aria-label': t('listenInTab'), title: t('listenInTab'), 'data-action': 'listen' } }, icon(doc, 'listen'));
    listen.addEventListener('click', () => handlers.onListen?.());
    listenSlot.append(listen);
  }

  const settings = h(doc, 'button', { class: 'lede-icon-button', attrs: { type: 'button', 'aria-label': t('settingsLink'), title: t('settingsLink'), 'data-action': 'settings' } }, icon(doc, 'settings'));
  settings.addEventListener('click', () => handlers.onOpenSettings());

  const element = h(doc, 'div', { class: 'lede-bar', attrs: { role: 'group', 'aria-label': t('controlsLabel') } },
    back,
    h(doc, 'span', { class: 'lede-brand', text: t('appName') }),
    h(doc, 'span', { class: 'lede-bar-spacer' }),
    listenSlot,
    h(doc, 'span', { class: 'lede-text-size', attrs: { role: 'group', 'aria-label': t('textSizeLabel') } }, smaller, value, larger),
    typography?.button,
    h(doc, 'label', { class: 'lede-visually-hidden', text: t('themeLabel'), attrs: { for: themeId } }),
    theme,
    fullTab,
    settings,
    typography?.panel,
  );

  return {
    element,
    update(current: Settings) {
      step = current.textSize;
      smaller.disabled = step <= TEXT_SIZE_MIN;
      larger.disabled = step >= TEXT_SIZE_MAX;
      value.textContent = t('textSizeValue', Math.round(textScale(step) * 100));
      theme.value = current.theme;
      typography?.update(current);
    },
    setListen(controls) {
      if (handlers.onListen) return; // the popup keeps its own "Listen" button
      listenSlot.replaceChildren(...(controls ? [controls] : []));
    },
  };
}

export interface SiteBarHandlers {
  /** From the click: request permissions synchronously here if needed. */
  onSiteAlways(checked: boolean, input: HTMLInputElement): void;
  onAutoMode(checked: boolean, input: HTMLInputElement): void;
  /** Overlay only: "never open by itself on this site" (then the overlay closes). */
  onSiteNever?(): void;
}

export interface SiteBar {
  element: HTMLElement;
  /** The page's host (null hides the site switch: no page, or a page Lede can't read). */
  setHost(host: string | null): void;
  update(settings: Settings): void;
  /** A short message under the switches ('' clears it). */
  say(text: string): void;
}

function toggle(doc: Document, label: HTMLElement, action: string): { wrapper: HTMLLabelElement; input: HTMLInputElement } {
  const input = h(doc, 'input', { attrs: { type: 'checkbox', role: 'switch', 'data-action': action } });
  const wrapper = h(doc, 'label', { class: 'lede-toggle' }, input, label);
  return { wrapper, input };
}

export function renderSiteBar(doc: Document, handlers: SiteBarHandlers): SiteBar {
  let host: string | null = null;
  let settings: Settings | null = null;
  const siteLabel = h(doc, 'span', { class: 'lede-site-label' });
  const site = toggle(doc, siteLabel, 'site-always');
  const auto = toggle(doc, h(doc, 'span', { text: t('autoModeLabel') }), 'auto-mode');
  const note = h(doc, 'p', { class: 'lede-site-note', attrs: { role: 'status', 'aria-live': 'polite' } });
  site.input.addEventListener('change', () => handlers.onSiteAlways(site.input.checked, site.input));
  auto.input.addEventListener('change', () => handlers.onAutoMode(auto.input.checked, auto.input));
  const never = handlers.onSiteNever
    ? h(doc, 'button', { class: 'lede-link-button', attrs: { type: 'button', 'data-action': 'site-never' } })
    : null;
  never?.addEventListener('click', () => handlers.onSiteNever?.());

  const element = h(doc, 'div', { class: 'lede-site-bar' },
    h(doc, 'div', { class: 'lede-site-switches' }, site.wrapper, auto.wrapper, never),
    note,
  );

  const render = () => {
    site.wrapper.hidden = !host;
    if (host) siteLabel.textContent = t('siteAlways', host);
    if (never) {
      never.hidden = !host;
      if (host) never.textContent = t('siteNever', host);
    }
    if (!settings) return;
    const mode = host ? siteModeFor(settings, host) : null;
    site.input.checked = mode === 'always';
    auto.input.checked = settings.autoMode;
    site.wrapper.title = mode === 'never' && host ? t('siteNeverNote', host) : '';
  };

  return {
    element,
    setHost(value) { host = value; render(); },
    update(value) { settings = value; render(); },
    say(text) { note.textContent = text; },
  };
}
