/** Key facts at the top of the view: each one a button that jumps to its sentence in the body. */
import type { KeyFact } from '../../core/types';
import { h } from '../dom';
import { t } from '../i18n';

export interface KeyFactsHandlers {
  onActivate(fact: KeyFact, button: HTMLButtonElement): void;
  onCopy(button: HTMLButtonElement, status: HTMLElement): void;
}

/** Renders the key-facts section (data-role="key-facts" list, data-role="key-fact" buttons). */
export function renderKeyFacts(doc: Document, facts: KeyFact[], lang: string | undefined, handlers: KeyFactsHandlers): HTMLElement {
  const headingId = 'lede-key-facts-heading';
  const copyButton = h(doc, 'button', { class: 'lede-button lede-copy', text: t('copyKeyFacts'), attrs: { type: 'button', 'data-action': 'copy' } });
  const status = h(doc, 'span', { class: 'lede-copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  copyButton.addEventListener('click', () => handlers.onCopy(copyButton, status));
  copyButton.disabled = facts.length === 0;

  const list = h(doc, 'ol', { class: 'lede-key-facts', attrs: { 'data-role': 'key-facts', lang } });
  for (const fact of facts) {
    const button = h(doc, 'button', {
      class: 'lede-key-fact',
      text: fact.text,
      attrs: { type: 'button', 'data-role': 'key-fact', 'data-sentence-index': fact.sentenceIndex, dir: 'auto' },
    });
    // <button> fires click on Enter and Space, so keyboard users get the same jump.
    button.addEventListener('click', () => handlers.onActivate(fact, button));
    list.append(h(doc, 'li', {}, button));
  }

  return h(doc, 'section', { class: 'lede-section lede-key-facts-section', attrs: { 'aria-labelledby': headingId } },
    h(doc, 'div', { class: 'lede-section-head' },
      h(doc, 'h2', { text: t('keyFactsHeading'), attrs: { id: headingId } }),
      h(doc, 'span', { class: 'lede-section-tools' }, status, copyButton),
    ),
    facts.length ? list : h(doc, 'p', { class: 'lede-muted', text: t('keyFactsEmpty') }),
  );
}

/** Plain text for the clipboard: title, the facts as a list, and the source address. */
export function keyFactsAsText(title: string, facts: KeyFact[], url: string | null): string {
  const lines = [title.trim(), '', ...facts.map((fact) => `• ${fact.text.trim()}`)];
  if (url) lines.push('', url);
  return lines.join('\n');
}
