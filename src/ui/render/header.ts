/** The article header: source, title, byline, published/updated times, reading time. Text only. */
import type { Article } from '../../core/types';
import { h, safeHttpUrl, safeLang } from '../dom';
import { displayHost, displayMinutes, formatArticleTime, isMeaningfulUpdate } from '../format';
import { t } from '../i18n';

function timeElement(doc: Document, key: 'published' | 'updated', iso: string | null, locale: string): HTMLElement | null {
  const formatted = formatArticleTime(iso, locale);
  if (!formatted) return null;
  return h(doc, 'time', { class: `lede-${key}`, text: t(key, formatted.text), attrs: { datetime: formatted.dateTime } });
}

function readingTime(doc: Document, minutes: number, locale: string): HTMLElement {
  const whole = displayMinutes(minutes);
  const text = whole === null ? t('readingTimeShort') : t('readingTime', new Intl.NumberFormat(locale).format(whole));
  return h(doc, 'span', { class: 'lede-reading-time', text });
}

const comparable = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/[\s.]+/g, '');
const sameName = (a: string, b: string): boolean => comparable(a) === comparable(b);

/** Renders the header of `article`; dates are formatted for `locale` (the browser's language). */
export function renderHeader(doc: Document, article: Article, locale: string): HTMLElement {
  const pageUrl = safeHttpUrl(article.canonicalUrl, article.url) ?? safeHttpUrl(article.url);
  const sourceName = article.siteName?.trim() || displayHost(article.url);
  const source = h(doc, 'p', { class: 'lede-source' });
  if (sourceName) source.append(h(doc, 'span', { class: 'lede-site', text: sourceName, attrs: { dir: 'auto' } }));
  if (pageUrl) {
    source.append(h(doc, 'a', {
      class: 'lede-original',
      text: t('viewOriginal'),
      attrs: { href: pageUrl, target: '_blank', rel: 'noopener noreferrer' },
    }));
  }

  const meta = h(doc, 'p', { class: 'lede-meta' });
  const parts = [
    timeElement(doc, 'published', article.publishedTime, locale),
    isMeaningfulUpdate(article.publishedTime, article.modifiedTime)
      ? timeElement(doc, 'updated', article.modifiedTime, locale)
      : null,
    readingTime(doc, article.readingMinutes, locale),
  ].filter((part): part is HTMLElement => part !== null);
  parts.forEach((part, i) => {
    if (i > 0) meta.append(h(doc, 'span', { class: 'lede-sep', text: '·', attrs: { 'aria-hidden': 'true' } }));
    meta.append(part);
  });

  const lang = safeLang(article.lang);
  // An outlet credited as its own author ("BBC News" on BBC News) is already the source line.
  const byline = article.byline && !sameName(article.byline, sourceName) ? article.byline : null;
  return h(doc, 'header', { class: 'lede-header' },
    source,
    // A page without a usable title still gets a heading: its site.
    h(doc, 'h1', { class: 'lede-title', text: article.title.trim() || sourceName || article.url, attrs: { lang, dir: 'auto' } }),
    byline ? h(doc, 'p', { class: 'lede-byline', text: byline, attrs: { lang, dir: 'auto' } }) : null,
    meta,
    // Paper has no links: the printed page names its source (styles/print.css shows this line only there).
    pageUrl ? h(doc, 'p', { class: 'lede-print-source', text: t('printSource', pageUrl), attrs: { dir: 'ltr' } }) : null,
  );
}
