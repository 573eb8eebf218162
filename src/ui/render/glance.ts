/** "At a glance" chips: who, organizations, where, when, numbers, and a few short quotes. */
import type { Glance } from '../../core/types';
import { withoutInvisibles } from '../../core/text/invisible';
import { h } from '../dom';
import { t, type MessageKey } from '../i18n';

const MAX_CHIPS = 8;
const MAX_QUOTES = 3;

export interface GlanceHandlers {
  /** A chip was activated: show its text in the body. */
  onFind(text: string, chip: HTMLButtonElement): void;
  /** The article text: a name chip's hover / focus text is the first sentence that names it. */
  articleText?: string;
}

const MAX_MENTION = 240;

/** The first sentence of `text` that contains `name` (cut to MAX_MENTION characters), or null. */
export function firstSentenceNaming(articleText: string, name: string): string | null {
  if (!name.trim()) return null;
  // The glance reads names without soft hyphens and zero-width characters ("Vladi\u00admir Putin"):
  // the text is read so too when the name is not in it as written.
  const text = articleText.includes(name) ? articleText : withoutInvisibles(articleText);
  let at = text.indexOf(name);
  // "Seoul" from a dateline "SEOUL, April 19": the same letters in other case (when lengths agree).
  if (at < 0 && text.toLowerCase().length === text.length) at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = at + name.length;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  const sentence = text.slice(start, Math.min(text.length, end + 1)).trim();
  return sentence.length > MAX_MENTION ? `${sentence.slice(0, MAX_MENTION - 1)}…` : sentence;
}

function chipGroup(doc: Document, labelKey: MessageKey, kind: string, items: { text: string; title?: string; mention?: string | null }[], handlers: GlanceHandlers): HTMLElement | null {
  const unique = [...new Map(items.filter((item) => item.text.trim()).map((item) => [item.text.trim(), item])).values()].slice(0, MAX_CHIPS);
  if (!unique.length) return null;
  const list = h(doc, 'ul', { class: 'lede-chips' });
  for (const item of unique) {
    const chip = h(doc, 'button', {
      class: `lede-chip lede-chip-${kind}`,
      text: item.text.trim(),
      attrs: { type: 'button', title: item.title, dir: 'auto' },
    });
    // Hover shows the title; focus announces the same sentence as the chip's description.
    if (item.mention) {
      chip.setAttribute('title', item.mention);
      chip.setAttribute('aria-description', item.mention);
    }
    chip.addEventListener('click', () => handlers.onFind(item.text.trim(), chip));
    list.append(h(doc, 'li', {}, chip));
  }
  return h(doc, 'div', { class: 'lede-glance-row', attrs: { 'data-glance': kind } },
    h(doc, 'dt', { text: t(labelKey) }),
    h(doc, 'dd', {}, list),
  );
}

/** Renders the glance section, or null when there is nothing to show. */
export function renderGlance(doc: Document, glance: Glance | null, lang: string | undefined, handlers: GlanceHandlers): HTMLElement | null {
  if (!glance) return null;
  const named = (text: string) => ({ text, mention: handlers.articleText ? firstSentenceNaming(handlers.articleText, text) : null });
  const rows = [
    chipGroup(doc, 'glanceWho', 'people', glance.people.map(named), handlers),
    chipGroup(doc, 'glanceOrganizations', 'organizations', glance.organizations.map(named), handlers),
    chipGroup(doc, 'glanceWhere', 'places', glance.places.map(named), handlers),
    chipGroup(doc, 'glanceWhen', 'dates', glance.dates.map((d) => ({ text: d.text, title: d.date ?? undefined })), handlers),
    chipGroup(doc, 'glanceNumbers', 'numbers', glance.numbers.map((n) => ({ text: n.text })), handlers),
  ].filter((row): row is HTMLElement => row !== null);

  const quotes = glance.quotes.filter((q) => q.text.trim()).slice(0, MAX_QUOTES);
  let quoteRow: HTMLElement | null = null;
  if (quotes.length) {
    const list = h(doc, 'ul', { class: 'lede-quotes' });
    for (const quote of quotes) {
      const button = h(doc, 'button', { class: 'lede-quote', attrs: { type: 'button', dir: 'auto' } },
        h(doc, 'q', { text: quote.text.trim() }),
        quote.speaker ? h(doc, 'span', { class: 'lede-quote-speaker', text: ` ${t('quoteBy', quote.speaker.trim())}` }) : null,
      );
      button.addEventListener('click', () => handlers.onFind(quote.text.trim(), button));
      list.append(h(doc, 'li', {}, button));
    }
    quoteRow = h(doc, 'div', { class: 'lede-glance-row lede-glance-quotes', attrs: { 'data-glance': 'quotes' } },
      h(doc, 'dt', { text: t('glanceQuotes') }),
      h(doc, 'dd', {}, list),
    );
  }
  if (!rows.length && !quoteRow) return null;

  const headingId = 'lede-glance-heading';
  const section = h(doc, 'section', { class: 'lede-section lede-glance', attrs: { 'aria-labelledby': headingId } },
    h(doc, 'h2', { text: t('glanceHeading'), attrs: { id: headingId } }),
    h(doc, 'dl', {}, ...rows, quoteRow),
  );
  // The chips are the article's words; the row labels are UI text.
  if (lang) for (const list of section.querySelectorAll('ul')) list.setAttribute('lang', lang);
  return section;
}
