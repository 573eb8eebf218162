/**
 * Options page: theme, text size, font, line spacing, width (with a live preview), read aloud (speed, key facts, voices), automatic mode (and access to every site for it), per-site rules.
 * Everything is read back from storage (storage.onChanged), so other tabs' changes show up live.
 */
import '../shared/use-polyfill';
import { ext } from '../shared/browser-api';
import { ALL_SITES_ORIGINS, hasAllSitesAccess, requestAllSitesAccess } from '../shared/permissions';
import {
  TEXT_SIZE_MAX, TEXT_SIZE_MIN, onSettingsChanged, readSettings, textScale, updateSettings,
  type Settings, type Theme,
} from '../shared/settings';
import { applyAppearance } from '../ui/appearance';
import { must } from '../ui/dom';
import { localizeTree, t, uiLanguage } from '../ui/i18n';
import { renderTypographyFields } from '../ui/typography-controls';
import { webSpeechEngine } from '../ui/read-aloud/engine';
import { setUpReadAloud } from './read-aloud';
import { setUpSiteRules } from './site-rules';

const doc = document;
doc.documentElement.lang = uiLanguage();
localizeTree(doc);
doc.title = t('optionsTitle');

const theme = must<HTMLSelectElement>(doc, '#theme');
const smaller = must<HTMLButtonElement>(doc, '[data-action="text-smaller"]');
const larger = must<HTMLButtonElement>(doc, '[data-action="text-larger"]');
const sizeValue = must(doc, '#text-size-value');
const autoMode = must<HTMLInputElement>(doc, '#auto-mode');
const allSites = must<HTMLInputElement>(doc, '#all-sites');
const autoStatus = must(doc, '#auto-status');
const siteRules = setUpSiteRules(doc);
const readAloud = setUpReadAloud(doc, webSpeechEngine(window), uiLanguage());
let current: Settings | null = null;
// Font, line spacing, width: shown at once in the preview, then written (storage.onChanged confirms).
const typography = renderTypographyFields(doc, 'options', (patch) => {
  if (current) show({ ...current, ...patch });
  void updateSettings(patch);
});
must(doc, '#typography-fields').append(...typography.elements);

function show(settings: Settings): void {
  current = settings;
  applyAppearance(doc, settings);
  theme.value = settings.theme;
  smaller.disabled = settings.textSize <= TEXT_SIZE_MIN;
  larger.disabled = settings.textSize >= TEXT_SIZE_MAX;
  sizeValue.textContent = t('textSizeValue', Math.round(textScale(settings.textSize) * 100));
  autoMode.checked = settings.autoMode;
  typography.update(settings);
  siteRules.update(settings);
  readAloud.update(settings);
}

function refreshAllSites(): void {
  void hasAllSitesAccess().then((granted) => { allSites.checked = granted; });
}

theme.addEventListener('change', () => void updateSettings({ theme: theme.value as Theme }));
const stepTextSize = (delta: number) => {
  if (!current) return;
  const next = Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, current.textSize + delta));
  show({ ...current, textSize: next });
  void updateSettings({ textSize: next });
};
smaller.addEventListener('click', () => stepTextSize(-1));
larger.addEventListener('click', () => stepTextSize(1));
autoMode.addEventListener('change', () => void updateSettings({ autoMode: autoMode.checked }));

allSites.addEventListener('change', () => {
  autoStatus.textContent = '';
  if (!allSites.checked) {
    void ext().permissions.remove({ origins: [...ALL_SITES_ORIGINS] }).catch(() => false).then(refreshAllSites);
    return;
  }
  // First thing in the click: browsers grant optional permissions only from a user gesture.
  void requestAllSitesAccess().then((granted) => {
    allSites.checked = granted;
    if (granted) void updateSettings({ autoMode: true });
    else autoStatus.textContent = t('permissionDeniedAll');
  });
});

ext().permissions.onAdded?.addListener(refreshAllSites);
ext().permissions.onRemoved?.addListener(refreshAllSites);
void readSettings().then(show);
onSettingsChanged(show);
refreshAllSites();
