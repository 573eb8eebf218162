/** The lead image with its caption, then the sanitized article body (the only HTML ever inserted). */
import type { Article } from '../../core/types';
import { h, safeHttpUrl, safeLang } from '../dom';
import { t } from '../i18n';
import type { FragmentSanitizer } from '../view-model';

/** Same picture, ignoring query strings (sites resize through them). */
function samePicture(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.host === y.host && x.pathname === y.pathname;
  } catch {
    return a === b;
  }
}

/** The lead figure, unless the body already shows that picture (Readability often keeps it). */
export function renderLeadImage(doc: Document, article: Article, body: ParentNode): HTMLElement | null {
  const lead = article.leadImage;
  const src = safeHttpUrl(lead?.src, article.url);
  if (!lead || !src) return null;
  for (const image of body.querySelectorAll('img')) {
    const other = image.getAttribute('src');
    if (other && samePicture(new URL(other, article.url).href, src)) return null;
  }
  const caption = lead.caption?.trim();
  return h(doc, 'figure', { class: 'lede-lead-image' },
    h(doc, 'img', { attrs: { src, alt: caption ?? '', referrerpolicy: 'no-referrer', decoding: 'async' } }),
    caption ? h(doc, 'figcaption', { text: caption, attrs: { lang: safeLang(article.lang), dir: 'auto' } }) : null,
  );
}

/**
 * The article root (data-role="article"). Links open in a new tab so the view itself never
 * navigates away; images don't send a referrer.
 */
export function renderBody(doc: Document, article: Article, sanitize: FragmentSanitizer): HTMLElement {
  const fragment = sanitize(article.contentHtml, doc);
  for (const link of fragment.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const image of fragment.querySelectorAll('img')) {
    image.setAttribute('referrerpolicy', 'no-referrer');
    image.setAttribute('decoding', 'async');
  }
  const body = h(doc, 'div', {
    class: 'lede-body',
    attrs: { 'data-role': 'article', lang: safeLang(article.lang), dir: 'auto', 'aria-label': t('articleHeading') },
  });
  body.append(fragment);
  return body;
}
