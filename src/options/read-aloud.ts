/**
 * The options page's read-aloud card: speed, "read the key facts first", and a voice per article
 * language (English, Korean), listed from the browser's voices: local ones by name, network ones
 * marked as sending the text away. Without a local voice for a language, says what to install.
 */
import { READ_ALOUD_RATES, updateReadAloud, type Settings } from '../shared/settings';
import { h, must } from '../ui/dom';
import { t } from '../ui/i18n';
import type { SpeechEngine } from '../ui/read-aloud/engine';
import { installHint, languageName } from '../ui/read-aloud/hints';
import { voicesFor } from '../ui/read-aloud/voices';

/** The article languages Lede reads (and so offers a voice choice for). */
const LANGUAGES = ['en', 'ko'] as const;

export interface ReadAloudCard {
  update(settings: Settings): void;
}

export function setUpReadAloud(doc: Document, engine: SpeechEngine | null, locale: string): ReadAloudCard {
  const rate = must<HTMLSelectElement>(doc, '#read-aloud-rate');
  const keyFacts = must<HTMLInputElement>(doc, '#read-aloud-key-facts');
  const voicesBox = must(doc, '[data-role="voices"]');
  let current: Settings | null = null;

  rate.replaceChildren(...READ_ALOUD_RATES.map((value) => h(doc, 'option', {
    text: t('readAloudRateValue', new Intl.NumberFormat(locale).format(value)),
    attrs: { value: String(value) },
  })));
  rate.addEventListener('change', () => void updateReadAloud({ rate: Number(rate.value) }));
  keyFacts.addEventListener('change', () => void updateReadAloud({ keyFacts: keyFacts.checked }));

  const rows = LANGUAGES.map((lang) => {
    const id = `voice-${lang}`;
    const select = h(doc, 'select', { class: 'lede-select', attrs: { id, 'data-voice-lang': lang, 'aria-describedby': `${id}-note` } });
    const note = h(doc, 'p', { class: 'lede-muted lede-hint', attrs: { id: `${id}-note` } });
    select.addEventListener('change', () => void updateReadAloud({ voice: { lang, id: select.value || null } }));
    voicesBox.append(
      h(doc, 'div', { class: 'lede-field' },
        h(doc, 'label', { text: t('voiceLabel', languageName(lang, locale)), attrs: { for: id } }),
        select),
      note,
    );
    return { lang, select, note };
  });

  const renderVoices = () => {
    const all = engine?.voices() ?? [];
    for (const { lang, select, note } of rows) {
      const voices = voicesFor(all, lang);
      const chosen = current?.readAloud.voices[lang] ?? '';
      select.replaceChildren(
        h(doc, 'option', { text: t('voiceAutomatic'), attrs: { value: '' } }),
        ...voices.map((voice) => h(doc, 'option', {
          text: voice.local ? `${voice.name} (${voice.lang})` : t('voiceOnline', `${voice.name} (${voice.lang})`),
          attrs: { value: voice.id },
        })),
      );
      // A chosen voice that this browser doesn't have (settings sync from another device) stays chosen.
      if (chosen && !voices.some((voice) => voice.id === chosen)) select.append(h(doc, 'option', { text: chosen, attrs: { value: chosen } }));
      select.value = chosen;
      const hasLocal = voices.some((voice) => voice.local);
      note.textContent = hasLocal ? '' : `${engine ? t('voiceNoneHere') : t('readAloudUnsupported')} ${engine ? installHint(doc.defaultView?.navigator.userAgent ?? '') : ''}`.trim();
      note.hidden = hasLocal;
    }
  };
  engine?.onVoicesChanged(renderVoices);
  renderVoices();

  return {
    update(settings) {
      current = settings;
      rate.value = String(settings.readAloud.rate);
      keyFacts.checked = settings.readAloud.keyFacts;
      renderVoices();
    },
  };
}
